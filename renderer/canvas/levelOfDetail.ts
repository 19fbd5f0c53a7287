/**
 * Level of detail: below this zoom, cards are too small to read, so nodes
 * draw a simplified version. The selector returns a boolean, so a node
 * re-renders only when the zoom crosses the threshold, not on every frame.
 */
import { useStore } from '@xyflow/react';

export const SKETCH_BELOW_ZOOM = 0.4;

export function useZoomedOut(): boolean {
  return useStore((s) => s.transform[2] < SKETCH_BELOW_ZOOM);
}
