/**
 * Level of detail: below a zoom, cards are too small to read, so nodes draw a
 * simplified version. The canvas reads the zoom once (`DetailProvider`, one
 * store subscription) and hands the level down by context: nodes re-render
 * only when the zoom crosses a threshold, and no card has a selector of its
 * own to run on every frame of a pan or zoom and every undo.
 */
import { useStore } from '@xyflow/react';
import { createContext, createElement, useContext, type ReactNode } from 'react';

export const SKETCH_BELOW_ZOOM = 0.4;

/**
 * Further out still, a sketch's title is a few pixels of blur, and text is the
 * slowest thing to paint without a GPU (zooming out over 1,000 cards: 48 → 57
 * fps without it): cards become plain coloured blocks. Not in pictures, which
 * are drawn once.
 */
export const BLOCKS_BELOW_ZOOM = 0.2;

export type Detail = 'full' | 'sketch' | 'blocks';

export function detailAt(zoom: number): Detail {
  return zoom < BLOCKS_BELOW_ZOOM ? 'blocks' : zoom < SKETCH_BELOW_ZOOM ? 'sketch' : 'full';
}

const DetailContext = createContext<Detail>('full');

/** Around a canvas (inside its React Flow provider): the level of detail for the current zoom. */
export function DetailProvider({ children }: { children: ReactNode }) {
  const detail = useStore((s) => detailAt(s.transform[2]));
  return createElement(DetailContext.Provider, { value: detail }, children);
}

/**
 * Set by the PNG export view: the scale the picture is drawn at. A picture
 * scaled down as far as a zoomed-out canvas shows what that canvas shows.
 */
export const PictureScaleContext = createContext<number | null>(null);

/**
 * True around nodes drawn outside React Flow (the blocks layer, BlocksLayer.tsx): they have no
 * React Flow node around them, so no connection points to offer.
 */
export const OutsideFlowContext = createContext(false);

export function useZoomedOut(): boolean {
  const pictureScale = useContext(PictureScaleContext);
  const detail = useContext(DetailContext);
  return pictureScale === null ? detail !== 'full' : pictureScale < SKETCH_BELOW_ZOOM;
}

export function useBlocksOnly(): boolean {
  const pictureScale = useContext(PictureScaleContext);
  const detail = useContext(DetailContext);
  return pictureScale === null && detail === 'blocks';
}

/**
 * The dot grid scales with the zoom: at 10 % its dots are 2.4 px apart, some
 * 170,000 of them to paint on every frame of a zoom, for a texture nobody can
 * use to align anything. It is drawn only at the zooms where cards are drawn in full.
 */
export function useGridShown(): boolean {
  return useContext(DetailContext) === 'full';
}
