/**
 * Keeping things in view: a newly added node is panned into view (just
 * enough), and a newly opened document is fitted to the window — or, when the
 * journey is too long to read at that zoom, opened at its beginning.
 */
import { useReactFlow, type ReactFlowInstance } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useAppStore, useAppStoreApi } from '../state/store.ts';
import type { JourneyFlowNode } from './flowModel.ts';

export const FIT_VIEW_OPTIONS = { padding: 0.1, maxZoom: 1 };

/** Scroll a newly added node into view; fit a newly opened document to the window. */
export function useRevealAndFit(paneRef: React.RefObject<HTMLDivElement | null>) {
  const store = useAppStoreApi();
  const flow = useReactFlow<JourneyFlowNode>();
  const revealId = useAppStore((s) => s.revealId);
  const epoch = useAppStore((s) => s.viewEpoch);
  const firstEpoch = useRef(epoch);
  useEffect(() => {
    if (epoch === firstEpoch.current) return;
    const frame = requestAnimationFrame(() => fitOrShowStart(flow, paneRef.current));
    return () => cancelAnimationFrame(frame);
  }, [epoch, flow]);
  useEffect(() => {
    if (!revealId) return;
    const frame = requestAnimationFrame(() => {
      store.getState().reveal(null);
      const node = flow.getInternalNode(revealId);
      const pane = paneRef.current;
      if (!node || !pane) return;
      const { x, y } = node.internals.positionAbsolute;
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
  }, [revealId, flow, store]);
}

/** Smallest zoom at which cards stay readable when fitting a whole journey on open. */
const READABLE_ZOOM = 0.45;

/**
 * Fit a newly opened journey to the window when it stays readable; a long
 * journey instead opens at its beginning (top-left) at a readable zoom.
 */
function fitOrShowStart(flow: ReactFlowInstance<JourneyFlowNode>, pane: HTMLElement | null) {
  const nodes = flow.getNodes();
  if (!pane || nodes.length === 0) return;
  const bounds = flow.getNodesBounds(nodes);
  const { width, height } = pane.getBoundingClientRect();
  const fitted = Math.min(width / bounds.width, height / bounds.height) * 0.9;
  if (fitted >= READABLE_ZOOM) {
    void flow.fitView(FIT_VIEW_OPTIONS);
    return;
  }
  const zoom = Math.min(0.8, Math.max(READABLE_ZOOM, height / bounds.height));
  void flow.setViewport({ x: -bounds.x * zoom + 24, y: -bounds.y * zoom + 24, zoom });
}

