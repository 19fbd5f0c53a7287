/**
 * Keeping things in view: a newly added node is panned into view (just
 * enough), a newly opened document is fitted to the window — or, when the
 * journey is too long to read at that zoom, opened at its beginning — and
 * "Zoom to fit" fits the whole board.
 *
 * All of these read the board from the flow model, not from React Flow: on a
 * big board React Flow holds only the nodes near the view (see viewWindow.ts).
 */
import { getNodesBounds, getViewportForBounds, useReactFlow, useStoreApi, type ReactFlowInstance, type ReactFlowState, type Rect } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useAppStore, useAppStoreApi } from '../state/store.ts';
import type { JourneyFlowNode } from './flowModel.ts';

export const FIT_VIEW_OPTIONS = { padding: 0.1, maxZoom: 1 };

/** "Zoom to fit": a little room around the board, and never closer than 100 %. */
const ZOOM_TO_FIT = { padding: 0.1, maxZoom: 1, duration: 200 };

/**
 * Scroll a newly added node into view; fit a newly opened document, a pane
 * shown for the first time (`fitOnMount`), or the board on request, to the
 * window. `board` gives the whole board's nodes.
 */
export function useRevealAndFit(paneRef: React.RefObject<HTMLDivElement | null>, board: () => JourneyFlowNode[], fitOnMount: boolean) {
  const store = useAppStoreApi();
  const flowStore = useStoreApi<JourneyFlowNode>();
  const flow = useReactFlow<JourneyFlowNode>();
  const revealId = useAppStore((s) => s.revealId);
  const epoch = useAppStore((s) => s.viewEpoch);
  const fitEpoch = useAppStore((s) => s.fitEpoch);
  const firstEpoch = useRef(epoch);
  const firstFitEpoch = useRef(fitEpoch);
  const fitsOnMount = useRef(fitOnMount);
  useEffect(() => {
    if (!fitsOnMount.current) return;
    // Once React Flow knows the pane's size (a pane just laid out may still have none).
    let frame = 0;
    const tryFit = (state: Pick<ReactFlowState, 'width' | 'height'>) => {
      if (frame !== 0 || state.width <= 0 || state.height <= 0) return;
      frame = requestAnimationFrame(() => fitOrShowStart(flow, flowStore.getState(), board()));
    };
    const unsubscribe = flowStore.subscribe(tryFit);
    tryFit(flowStore.getState());
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [flow, flowStore, board]);
  useEffect(() => {
    if (epoch === firstEpoch.current) return;
    const frame = requestAnimationFrame(() => fitOrShowStart(flow, flowStore.getState(), board()));
    return () => cancelAnimationFrame(frame);
  }, [epoch, flow, flowStore, board]);
  useEffect(() => {
    if (fitEpoch === firstFitEpoch.current) return;
    const nodes = board();
    if (nodes.length > 0) fitBounds(flow, flowStore.getState(), getNodesBounds(nodes), ZOOM_TO_FIT);
  }, [fitEpoch, flow, flowStore, board]);
  useEffect(() => {
    if (!revealId) return;
    const frame = requestAnimationFrame(() => {
      store.getState().reveal(null);
      const node = board().find((n) => n.id === revealId);
      const pane = paneRef.current;
      if (!node || !pane) return;
      const { x, y } = node.position;
      // Stage columns are tall: reveal their header, not their middle.
      const width = node.width ?? 0;
      const height = node.type === 'stage' ? 120 : node.height ?? 0;
      const topLeft = flow.flowToScreenPosition({ x, y });
      const bottomRight = flow.flowToScreenPosition({ x: x + width, y: y + height });
      const bounds = pane.getBoundingClientRect();
      // Pan just enough to bring it in (with a margin), so the rest of the view stays where the user left it.
      const margin = 48;
      const dx = topLeft.x < bounds.left + margin ? bounds.left + margin - topLeft.x
        : bottomRight.x > bounds.right - margin ? Math.max(bounds.right - margin - bottomRight.x, bounds.left + margin - topLeft.x) : 0;
      const dy = topLeft.y < bounds.top + margin ? bounds.top + margin - topLeft.y
        : bottomRight.y > bounds.bottom - margin ? Math.max(bounds.bottom - margin - bottomRight.y, bounds.top + margin - topLeft.y) : 0;
      if (dx !== 0 || dy !== 0) {
        const viewport = flow.getViewport();
        void flow.setViewport({ x: viewport.x + dx, y: viewport.y + dy, zoom: viewport.zoom }, { duration: 200 });
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [revealId, flow, store, board]);
}

/** Smallest zoom at which cards stay readable when fitting a whole journey on open. */
const READABLE_ZOOM = 0.45;

type View = Pick<ReactFlowState, 'width' | 'height' | 'minZoom' | 'maxZoom'>;

/** Fit this part of the board (all of it, for the callers here) to the window. */
function fitBounds(flow: ReactFlowInstance<JourneyFlowNode>, view: View, bounds: Rect, options: { padding: number; maxZoom: number; duration?: number }) {
  if (view.width <= 0 || view.height <= 0) return;
  const viewport = getViewportForBounds(bounds, view.width, view.height, view.minZoom, Math.min(options.maxZoom, view.maxZoom), options.padding);
  void flow.setViewport(viewport, options.duration ? { duration: options.duration } : undefined);
}

/**
 * Fit a newly opened journey to the window when it stays readable; a long
 * journey instead opens at its beginning (top-left) at a readable zoom.
 */
function fitOrShowStart(flow: ReactFlowInstance<JourneyFlowNode>, view: View, nodes: JourneyFlowNode[]) {
  if (nodes.length === 0 || view.width <= 0 || view.height <= 0) return;
  const bounds = getNodesBounds(nodes);
  const { width, height } = view;
  const fitted = Math.min(width / bounds.width, height / bounds.height) * 0.9;
  if (fitted >= READABLE_ZOOM) {
    fitBounds(flow, view, bounds, FIT_VIEW_OPTIONS);
    return;
  }
  const zoom = Math.min(0.8, Math.max(READABLE_ZOOM, height / bounds.height));
  void flow.setViewport({ x: -bounds.x * zoom + 24, y: -bounds.y * zoom + 24, zoom });
}

