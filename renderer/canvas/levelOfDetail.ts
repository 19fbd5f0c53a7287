/**
 * Level of detail: below this zoom, cards are too small to read, so nodes
 * draw a simplified version. The selector returns a boolean, so a node
 * re-renders only when the zoom crosses the threshold, not on every frame.
 */
import { useStore } from '@xyflow/react';
import { createContext, useContext } from 'react';

export const SKETCH_BELOW_ZOOM = 0.4;

/**
 * Set by the PNG export view: the scale the picture is drawn at. A picture
 * scaled down as far as a zoomed-out canvas shows what that canvas shows.
 */
export const PictureScaleContext = createContext<number | null>(null);

export function useZoomedOut(): boolean {
  const pictureScale = useContext(PictureScaleContext);
  const zoomedOut = useStore((s) => s.transform[2] < SKETCH_BELOW_ZOOM);
  return pictureScale === null ? zoomedOut : pictureScale < SKETCH_BELOW_ZOOM;
}

/**
 * Further out still, a sketch's title is a few pixels of blur, and text is the
 * slowest thing to paint without a GPU (zooming out over 1,000 cards: 48 → 57
 * fps without it): cards become plain coloured blocks. Not in pictures, which
 * are drawn once.
 */
export const BLOCKS_BELOW_ZOOM = 0.2;

export function useBlocksOnly(): boolean {
  const pictureScale = useContext(PictureScaleContext);
  const far = useStore((s) => s.transform[2] < BLOCKS_BELOW_ZOOM);
  return pictureScale === null && far;
}

/**
 * The dot grid scales with the zoom: at 10 % its dots are 2.4 px apart, some
 * 170,000 of them to paint on every frame of a zoom, for a texture nobody can
 * use to align anything. It is drawn only at the zooms where cards are drawn in full.
 */
export function useGridShown(): boolean {
  return useStore((s) => s.transform[2] >= SKETCH_BELOW_ZOOM);
}
