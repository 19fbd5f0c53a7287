/**
 * The journey canvas: a controlled React Flow whose nodes are derived from the
 * document. Selection and in-flight drag positions go to view state; a drop
 * becomes one `moveTouchpoints` command (one undo step, however far it went).
 */
import {
  Background, BackgroundVariant, ControlButton, Controls, ReactFlow, useStore, type Connection, type EdgeChange, type NodeChange, type Viewport, type OnMove, type OnNodeDrag, type ReactFlowInstance,
} from '@xyflow/react';
import { Maximize } from 'lucide-react';
import { useCallback, useDeferredValue, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { createId } from '../../shared/domain/ids.ts';
import { COMMAND_KEYS } from '../../shared/keymap.ts';
import { formatShortcut } from '../actions/shortcuts.ts';
import { BOARD, cellAt, type BoardLayout } from '../../shared/domain/layout.ts';
import type { Position } from '../../shared/domain/model.ts';
import { selectJourney, useAppStore, useAppStoreApi } from '../state/store.ts';
import { buildFlowModel, FlowCache, type JourneyFlowNode } from './flowModel.ts';
import { attachSystem, SYSTEM_DRAG_TYPE } from '../actions/systems.ts';
import { NODE_TYPES } from './nodeTypes.ts';
import { OverviewMap } from './OverviewMap.tsx';
import { viewKey, type Lens } from '../state/viewSlice.ts';
import { PaneContext } from './paneContext.ts';
import { useCurvePersonaId } from './useCurvePersona.ts';
import { DetailProvider, detailAt, useGridShown } from './levelOfDetail.ts';
import { splitOffBlocks } from './blocks.ts';
import { BlocksLayer } from './BlocksLayer.tsx';
import { rememberedWindows, useViewWindow } from './viewWindow.ts';
import { useRevealAndFit } from './useRevealAndFit.ts';

const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
/** Past this many nodes, React Flow mounts only what is in view (its DOM cost grows with every node). */
const VISIBLE_ONLY_ABOVE = 400;
const PRO_OPTIONS = { hideAttribution: true };
/** The overview map redraws its paths on every change, drag frames included; past this size that costs more than it shows. */
const MINIMAP_UP_TO = 1200;
const FIT_TITLE = `Zoom to fit (${formatShortcut(COMMAND_KEYS.zoomToFit.keys[0]!)})`;
const EMPTY_BOARD_VIEWPORT = { x: BOARD.gutterWidth + 32, y: 24, zoom: 0.9 };

interface Props {
  onInit(instance: ReactFlowInstance<JourneyFlowNode>): void;
  /** A fixed lens for this pane (side-by-side mode); otherwise the store's lens. */
  lens?: Lens;
  /** Told about every pan or zoom; `byUser` is false for programmatic moves (so synced panes do not echo). */
  onViewportMove?(viewport: Viewport, byUser: boolean): void;
  label?: string;
}

export function JourneyCanvas({ onInit, lens: fixedLens, onViewportMove, label = 'Journey canvas' }: Props) {
  const pane = fixedLens ?? 'main';
  const store = useAppStoreApi();
  const journey = useAppStore(selectJourney);
  const selection = useAppStore((s) => s.selection);
  const drag = useAppStore((s) => s.dragPositions);
  const curvePersonaId = useCurvePersonaId();
  const systems = useAppStore((s) => s.project.systems);
  const storeLens = useAppStore((s) => s.lens);
  const lens = fixedLens ?? storeLens;
  // The model is rebuilt when the document, selection or persona changes — never per drag frame.
  // Unchanged nodes keep their object identity, so React Flow re-renders only what changed.
  const [cache] = useState(() => new FlowCache());
  const model = useMemo(
    () => buildFlowModel(journey, selection, { curvePersonaId, systems, lens, cache }),
    [journey, selection, curvePersonaId, systems, lens, cache],
  );
  const big = model.nodes.length > VISIBLE_ONLY_ABOVE;
  // A big board hands React Flow only the nodes near the view (see viewWindow.ts). It keeps every line,
  // which React Flow skips when it lacks an end only while it draws just what is visible: the two go together.
  const area = useViewWindow(big);
  const [inWindow] = useState(() => rememberedWindows<JourneyFlowNode>());
  const shownNodes = useMemo(() => (area ? inWindow(model.nodes, model.edges, area) : model.nodes), [model, area, inWindow]);
  // Zoomed far out, a big board's cards, chips and systems are blocks drawn outside React Flow (see blocks.ts).
  // Handing the blocks over is a render of its own, after the frame that crosses the zoom (which
  // already draws React Flow's nodes as blocks): the two together made a frame of the zoom twice as long.
  const blocksZoom = useDeferredValue(useStore((s) => detailAt(s.transform[2]) === 'blocks'));
  const editingId = useAppStore((s) => s.editingId);
  const split = useMemo(() => (big && blocksZoom ? splitOffBlocks(shownNodes, editingId) : null), [big, blocksZoom, shownNodes, editingId]);
  const flowNodes = split ? split.flow : shownNodes;
  // During a drag only the dragged nodes get new objects.
  const nodes = useMemo(() => withDragPositions(flowNodes, drag), [flowNodes, drag]);
  const showMap = model.nodes.length <= MINIMAP_UP_TO;
  const mapNodes = useMemo(
    () => (!showMap ? [] : flowNodes === model.nodes ? nodes : withDragPositions(model.nodes, drag)),
    [showMap, flowNodes, model.nodes, nodes, drag],
  );
  const paneRef = useRef<HTMLDivElement>(null);
  // While the view pans or zooms, the board is one composited layer that only moves: without a GPU,
  // repainting every card and dashed line each frame halves the frame rate. At rest it is repainted
  // sharp (a permanent layer would blur zoomed text and make dragging cards repaint the whole layer).
  // Only for pans: a zoom changes the scale, and a layer kept at its first scale would have to paint
  // ever more of the board as the view zooms out.
  // Any move, zooms included, also draws dashed lines solid until the view rests (see app.css).
  const startMoving = useCallback((event: MouseEvent | TouchEvent | null) => {
    paneRef.current?.classList.add('is-viewing-move');
    if (!(event instanceof WheelEvent)) paneRef.current?.classList.add('is-moving');
  }, []);
  // Where this pane's view is, for when the pane is shown again (side by side entered or left).
  const viewEpoch = useAppStore((s) => s.viewEpoch);
  const key = viewKey(pane, journey.id, viewEpoch);
  const [remembered] = useState(() => store.getState().views[key]);
  const stopMoving = useCallback((_event: unknown, viewport: Viewport) => {
    paneRef.current?.classList.remove('is-moving', 'is-viewing-move');
    store.getState().rememberView(key, viewport);
  }, [store, key]);
  // Fitting and revealing read the whole board: React Flow may hold only the nodes near the view.
  const boardRef = useRef(model.nodes);
  useLayoutEffect(() => { boardRef.current = model.nodes; }, [model.nodes]);
  const board = useCallback(() => boardRef.current, []);
  // A pane shown for the first time opens as a document does: fitted, or at its start when fitting would
  // be unreadable. An empty board (no stages) has nothing to fit: it starts with its top-left corner in view.
  useRevealAndFit(paneRef, board, remembered === undefined && journey.stages.length > 0);
  // Made once: the controls are memoised, and new children on every render (each undo) would redraw them.
  const controls = useMemo(() => (
    <Controls showInteractive={false} showFitView={false} aria-label="Zoom controls">
      {/* React Flow's own fit button would fit only the nodes it holds, not the whole board. */}
      <ControlButton onClick={() => store.getState().requestFit()} aria-label="Zoom to fit" title={FIT_TITLE}>
        <Maximize aria-hidden="true" />
      </ControlButton>
    </Controls>
  ), [store]);

  const stageIds = useMemo(() => new Set(journey.stages.map((st) => st.id)), [journey.stages]);
  const applySelection = useCallback((changes: (NodeChange<JourneyFlowNode> | EdgeChange)[]) => {
    const s = store.getState();
    const next = new Set(s.selection);
    let changed = false;
    for (const change of changes) {
      if (change.type !== 'select') continue;
      changed = true;
      if (change.selected) next.add(change.id);
      else next.delete(change.id);
    }
    if (changed) s.setSelection([...next]);
  }, [store]);

  const onNodesChange = useCallback((changes: NodeChange<JourneyFlowNode>[]) => {
    applySelection(changes);
    let positions: Map<string, Position> | null = null;
    for (const change of changes) {
      if (change.type === 'position' && change.dragging && change.position) {
        positions ??= new Map(store.getState().dragPositions ?? []);
        // Stages move sideways only: their column spans the whole board.
        positions.set(change.id, stageIds.has(change.id) ? { x: change.position.x, y: 0 } : change.position);
      }
    }
    if (positions) store.getState().setDragPositions(positions);
  }, [applySelection, store, stageIds]);

  // React Flow copies every handler it is given into its store, and each copy is a store update that
  // runs every node's and line's selectors: handlers must stay the same across an undo. So the drop
  // reads the board's layout (which an undo changes) from a ref, not from its closure.
  const layoutRef = useRef(model.layout);
  useLayoutEffect(() => { layoutRef.current = model.layout; }, [model.layout]);
  const drop = useCallback((nodes: JourneyFlowNode[]) => {
    const layout = layoutRef.current;
    const s = store.getState();
    const current = selectJourney(s);
    const stage = nodes.find((n) => n.type === 'stage');
    if (stage) {
      s.setDragPositions(null);
      const toIndex = stageDropIndex(layout, current.stages.map((st) => st.id), stage.id, stage.position.x);
      s.dispatch({ name: 'moveStage', payload: { journeyId: s.journeyId, stageId: stage.id, toIndex } });
      return;
    }
    const placements = nodes.filter((n) => n.type === 'touchpoint').flatMap((n) => {
      const cell = cellAt(layout, current, n.position);
      return cell ? [{ id: n.id, stageId: cell.stageId, laneId: cell.laneId, position: cell.relative }] : [];
    });
    if (placements.length) s.dispatch({ name: 'moveTouchpoints', payload: { journeyId: s.journeyId, placements } });
    s.setDragPositions(null);
  }, [store]);
  const onNodeDragStop: OnNodeDrag<JourneyFlowNode> = useCallback((_event, _node, dropped) => drop(dropped), [drop]);

  const onMove = useMemo<OnMove | undefined>(
    () => (onViewportMove ? (event, viewport) => onViewportMove(viewport, event !== null) : undefined),
    [onViewportMove],
  );

  const onNodeDoubleClick = useCallback((_event: React.MouseEvent, node: JourneyFlowNode) => {
    if (node.type === 'stage' || node.type === 'touchpoint') store.getState().setEditing(node.id);
  }, [store]);

  // A system dragged from the catalog and dropped on a card attaches it (a data link).
  const onDragOver = useCallback((event: React.DragEvent) => {
    if (!event.dataTransfer.types.includes(SYSTEM_DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'link';
  }, []);
  const onDrop = useCallback((event: React.DragEvent) => {
    const systemId = event.dataTransfer.getData(SYSTEM_DRAG_TYPE);
    if (!systemId) return;
    event.preventDefault();
    const card = document.elementFromPoint(event.clientX, event.clientY)?.closest<HTMLElement>('.react-flow__node-touchpoint');
    const touchpointId = card?.dataset.id;
    if (!touchpointId) {
      store.getState().notify('info', 'Drop the system onto a touchpoint card to attach it.');
      return;
    }
    attachSystem(store, touchpointId, systemId);
  }, [store]);

  const onConnect = useCallback((connection: Connection) => {
    const s = store.getState();
    const connectionId = createId('connection');
    s.dispatch({ name: 'addConnection', payload: { journeyId: s.journeyId, connectionId, from: connection.source, to: connection.target } }, [connectionId]);
  }, [store]);

  return (
    <PaneContext.Provider value={pane}>
      <DetailProvider>
        <ReactFlow<JourneyFlowNode>
          onPointerDownCapture={() => store.getState().setActivePane(pane)}
          nodes={nodes}
          edges={model.edges}
          nodeTypes={NODE_TYPES}
          onNodesChange={onNodesChange}
          onEdgesChange={applySelection}
          onNodeDragStop={onNodeDragStop}
          onNodeDoubleClick={onNodeDoubleClick}
          onConnect={onConnect}
          onPaneClick={() => store.getState().setSelection([])}
          onInit={onInit}
          deleteKeyCode={null}
          disableKeyboardA11y
          multiSelectionKeyCode={MULTI_SELECT_KEYS}
          zoomOnDoubleClick={false}
          minZoom={0.1}
          onlyRenderVisibleElements={big}
          maxZoom={2}
          defaultViewport={remembered ?? EMPTY_BOARD_VIEWPORT}
          proOptions={PRO_OPTIONS}
          ref={paneRef}
          aria-label={label}
          onMove={onMove}
          onMoveStart={startMoving}
          onMoveEnd={stopMoving}
          className={`lens-${lens}${drag ? ' is-dragging' : ''}`}
          onDragOver={onDragOver}
          onDrop={onDrop}
        >
          <DotGrid />
          {split && <BlocksLayer blocks={split.blocks} flow={nodes} edges={model.edges} onDrop={drop} />}
          {showMap && <OverviewMap nodes={mapNodes} />}
          {controls}
        </ReactFlow>
      </DetailProvider>
    </PaneContext.Provider>
  );
}

function withDragPositions(nodes: JourneyFlowNode[], drag: ReadonlyMap<string, Position> | null): JourneyFlowNode[] {
  return drag ? nodes.map((n) => { const p = drag.get(n.id); return p ? { ...n, position: p } : n; }) : nodes;
}

/** The canvas's dot grid, left out when zoomed far out (see `useGridShown`). */
function DotGrid() {
  return useGridShown() ? <Background variant={BackgroundVariant.Dots} gap={24} size={1} color="#cbd5e1" /> : null;
}

/** Where a dragged stage lands: after every other column whose centre lies left of its centre. */
export function stageDropIndex(layout: BoardLayout, order: string[], stageId: string, x: number): number {
  const centre = x + (layout.stages.get(stageId)?.width ?? 0) / 2;
  return order.filter((id) => {
    const rect = id === stageId ? undefined : layout.stages.get(id);
    return rect !== undefined && rect.x + rect.width / 2 < centre;
  }).length;
}

