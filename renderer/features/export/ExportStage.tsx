/**
 * The export view: the journey drawn once more at 1:1 as a still picture
 * (PictureBoard.tsx), pinned to the page's top-left corner above everything
 * else, so the DevTools protocol (or html-to-image) can capture it as one
 * image. It has its own store, so the main canvas's selection, editing and
 * drag state never leak into the image.
 */
import { getNodesBounds, ReactFlowProvider, type Rect } from '@xyflow/react';
import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { Project } from '../../../shared/domain/model.ts';
import { planExportSize, type CaptureClip } from '../../../shared/export/png/capture.ts';
import { buildFlowModel } from '../../canvas/flowModel.ts';
import { PictureScaleContext } from '../../canvas/levelOfDetail.ts';
import { createAppStore, StoreContext } from '../../state/store.ts';
import type { Lens } from '../../state/viewSlice.ts';
import { waitForPaint } from './paint.ts';
import { PictureEdges, PictureNodes } from './PictureBoard.tsx';

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
  const offset = { x: STAGE_MARGIN - bounds.x, y: STAGE_MARGIN - bounds.y };
  const background = whiteBackground ? '#ffffff' : 'transparent';
  const container: CSSProperties = {
    position: 'fixed', left: 0, top: 0, zIndex: 2147483000, pointerEvents: 'none',
    width: size.width, height: size.height, background, overflow: 'hidden', contain: 'strict',
  };
  const flowStyle = { width: size.width, height: boardHeight, position: 'relative', overflow: 'hidden', zIndex: 0, '--xy-background-color': background } as CSSProperties;
  const ref = useRef<HTMLDivElement>(null);
  const batches = useMemo(() => inBatches(model.nodes, MOUNT_BATCH), [model.nodes]);
  const [shown, setShown] = useState(1);
  const complete = shown >= batches.length;
  // One batch per turn of the event loop: the window repaints and hears Cancel in between.
  useEffect(() => {
    if (complete) return;
    const next = setTimeout(() => setShown((n) => n + 1), 0);
    return () => clearTimeout(next);
  }, [complete, shown]);

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
        {/* The node components read the zoom through React Flow's store hooks: a provider, no flow. */}
        <ReactFlowProvider>
          <div className={`react-flow light lens-${lens} export-flow`} style={flowStyle}>
            <div className="react-flow__viewport xyflow__viewport react-flow__container" style={{ transform: `translate(${offset.x}px, ${offset.y}px)` }}>
              {/* Lines join once both their ends are in. */}
              {complete && <PictureEdges nodes={model.nodes} edges={model.edges} />}
              <div className="react-flow__nodes">
                {batches.slice(0, shown).map((batch, i) => <PictureNodes key={i} nodes={batch} />)}
              </div>
            </div>
          </div>
          <ReadyProbe ready={complete} target={ref} onReady={onReady} />
        </ReactFlowProvider>
      </StoreContext.Provider>
      </PictureScaleContext.Provider>
    </div>
  );
}

/** Nodes added to the export view per step (each step is one short task): a big board drawn in one go froze the window. */
export const MOUNT_BATCH = 250;

function inBatches<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches.length > 0 ? batches : [[]];
}

/** Reports readiness once every batch and line is in, fonts are loaded and the frame painted. */
function ReadyProbe({ ready, target, onReady }: { ready: boolean; target: React.RefObject<HTMLDivElement | null>; onReady: Props['onReady'] }) {
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
