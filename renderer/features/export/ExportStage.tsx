/**
 * The export view: the journey drawn once more at 1:1 in a second,
 * non-interactive React Flow, pinned to the page's top-left corner above
 * everything else, so the DevTools protocol (or html-to-image) can capture it
 * as one picture. It has its own store, so the main canvas's selection,
 * editing and drag state never leak into the image.
 */
import { getNodesBounds, ReactFlow, ReactFlowProvider, useNodesInitialized, useReactFlow, type Edge, type Rect } from '@xyflow/react';
import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { Project } from '../../../shared/domain/model.ts';
import { planExportSize, type CaptureClip } from '../../../shared/export/png/capture.ts';
import { buildFlowModel, type JourneyFlowNode } from '../../canvas/flowModel.ts';
import { PictureScaleContext } from '../../canvas/levelOfDetail.ts';
import { NODE_TYPES } from '../../canvas/nodeTypes.ts';
import { createAppStore, StoreContext } from '../../state/store.ts';
import type { Lens } from '../../state/viewSlice.ts';
import { waitForPaint } from './paint.ts';

export interface StageOptions {
  journeyId: string;
  lens: Lens;
  curvePersonaId: string | null;
  /** Draw the project and journey name above the board. */
  title: boolean;
  /** White behind the board; otherwise transparent. */
  whiteBackground: boolean;
  /** The scale asked for (1, 2, 3); a board too big for it is drawn smaller, and far smaller as on a zoomed-out canvas. */
  scale: number;
}

interface Props {
  project: Project;
  options: StageOptions;
  /** Called once the board is drawn, fonts are loaded and two frames have passed. */
  onReady(element: HTMLElement, clip: CaptureClip): void;
}

/** Space around the board, in CSS pixels. */
export const STAGE_MARGIN = 32;
export const STAGE_TITLE_HEIGHT = 56;
const EMPTY_BOARD: Rect = { x: 0, y: 0, width: 320, height: 160 };
const PRO_OPTIONS = { hideAttribution: true };

/** Size of the export view for a board: the image size at scale 1. */
export function stageSize(bounds: Rect, title: boolean): { width: number; height: number } {
  return {
    width: Math.ceil(bounds.width + 2 * STAGE_MARGIN),
    height: Math.ceil(bounds.height + 2 * STAGE_MARGIN + (title ? STAGE_TITLE_HEIGHT : 0)),
  };
}

export function ExportStage({ project, options, onReady }: Props) {
  const { journeyId, lens, curvePersonaId, title, whiteBackground, scale } = options;
  const journey = project.journeys.find((j) => j.id === journeyId) ?? project.journeys[0]!;
  const store = useMemo(() => {
    const s = createAppStore(project);
    s.setState({ journeyId: journey.id, lens, curvePersonaId });
    return s;
  }, [project, journey.id, lens, curvePersonaId]);
  const model = useMemo(
    () => buildFlowModel(journey, [], { curvePersonaId, systems: project.systems, lens }),
    [journey, curvePersonaId, project.systems, lens],
  );
  const bounds = model.nodes.length > 0 ? getNodesBounds(model.nodes) : EMPTY_BOARD;
  const size = stageSize(bounds, title);
  const boardHeight = size.height - (title ? STAGE_TITLE_HEIGHT : 0);
  const viewport = useMemo(() => ({ x: STAGE_MARGIN - bounds.x, y: STAGE_MARGIN - bounds.y, zoom: 1 }), [bounds.x, bounds.y]);
  const background = whiteBackground ? '#ffffff' : 'transparent';
  const container: CSSProperties = {
    position: 'fixed', left: 0, top: 0, zIndex: 2147483000, pointerEvents: 'none',
    width: size.width, height: size.height, background, overflow: 'hidden', contain: 'strict',
  };
  const flowStyle = { width: size.width, height: boardHeight, '--xy-background-color': background } as CSSProperties;
  const ref = useRef<HTMLDivElement>(null);
  const [firstBatch] = useState(() => model.nodes.slice(0, MOUNT_BATCH));
  const [complete, setComplete] = useState(model.nodes.length <= MOUNT_BATCH);

  return (
    <div ref={ref} className="export-stage" data-testid="export-stage" aria-hidden="true" style={container}>
      {title && (
        <div className="export-stage-title" style={{ height: STAGE_TITLE_HEIGHT, boxSizing: 'border-box', padding: `16px ${STAGE_MARGIN}px 0`, fontFamily: 'Inter, system-ui, sans-serif', color: '#0f172a', whiteSpace: 'nowrap' }}>
          <span style={{ fontSize: 20, fontWeight: 600 }}>{project.name || 'Untitled project'}</span>
          {journey.name && journey.name !== project.name && <span style={{ fontSize: 16, fontWeight: 400, color: '#475569', marginLeft: 12 }}>{journey.name}</span>}
        </div>
      )}
      <PictureScaleContext.Provider value={planExportSize(size.width, size.height, scale).scale}>
      <StoreContext.Provider value={store}>
        <ReactFlowProvider>
          <ReactFlow<JourneyFlowNode>
            id="touchline-export"
            defaultNodes={firstBatch}
            defaultEdges={NO_EDGES}
            nodeTypes={NODE_TYPES}
            defaultViewport={viewport}
            minZoom={0.1}
            maxZoom={2}
            nodesDraggable={false}
            nodesConnectable={false}
            nodesFocusable={false}
            edgesFocusable={false}
            elementsSelectable={false}
            panOnDrag={false}
            panOnScroll={false}
            zoomOnScroll={false}
            zoomOnPinch={false}
            zoomOnDoubleClick={false}
            preventScrolling={false}
            disableKeyboardA11y
            deleteKeyCode={null}
            proOptions={PRO_OPTIONS}
            className={`lens-${lens} export-flow`}
            style={flowStyle}
          >
            <MountInBatches nodes={model.nodes} edges={model.edges} onComplete={() => setComplete(true)} />
            <ReadyProbe empty={model.nodes.length === 0} complete={complete} target={ref} onReady={onReady} />
          </ReactFlow>
        </ReactFlowProvider>
      </StoreContext.Provider>
      </PictureScaleContext.Provider>
    </div>
  );
}

/** Nodes added to the export view per step (each step is one short task): a big board drawn in one go froze the window for most of a second. */
export const MOUNT_BATCH = 250;
const NO_EDGES: Edge[] = [];

/**
 * Adds the board's nodes a batch at a time, giving the window a turn between
 * batches (progress repaints, Cancel is heard); lines join once both their ends are in.
 */
function MountInBatches({ nodes, edges, onComplete }: { nodes: JourneyFlowNode[]; edges: Edge[]; onComplete(): void }) {
  const flow = useReactFlow<JourneyFlowNode>();
  const [count, setCount] = useState(Math.min(nodes.length, MOUNT_BATCH));
  const done = useRef(onComplete);
  useEffect(() => { done.current = onComplete; }, [onComplete]);
  useEffect(() => {
    const mounted = nodes.slice(0, count);
    const ids = new Set(mounted.map((n) => n.id));
    flow.setNodes(mounted);
    flow.setEdges(edges.filter((e) => ids.has(e.source) && ids.has(e.target)));
    if (count >= nodes.length) {
      done.current();
      return;
    }
    const next = setTimeout(() => setCount((c) => Math.min(nodes.length, c + MOUNT_BATCH)), 0);
    return () => clearTimeout(next);
  }, [count, nodes, edges, flow]);
  return null;
}

/**
 * Reports readiness once every batch is in and React Flow has measured every node (so edges are drawn),
 * fonts are in and the frame painted. The flow is uncontrolled so React Flow keeps the measured sizes.
 */
function ReadyProbe({ empty, complete, target, onReady }: { empty: boolean; complete: boolean; target: React.RefObject<HTMLDivElement | null>; onReady: Props['onReady'] }) {
  const initialized = useNodesInitialized();
  const ready = empty || (complete && initialized);
  const reported = useRef(false);
  const callback = useRef(onReady);
  useEffect(() => { callback.current = onReady; }, [onReady]);
  useEffect(() => {
    if (!ready || reported.current) return;
    let live = true;
    void waitForPaint().then(() => {
      const element = target.current;
      if (!live || !element || reported.current) return;
      reported.current = true;
      const r = element.getBoundingClientRect();
      callback.current(element, { x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height });
    });
    return () => { live = false; };
  }, [ready, target]);
  return null;
}
