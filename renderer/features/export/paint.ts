/** Waiting for the browser: fonts loaded and frames painted, so a capture sees the finished picture. */

export const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** Fonts ready, then two animation frames (layout, then paint). */
export async function waitForPaint(): Promise<void> {
  await document.fonts.ready;
  await nextFrame();
  await nextFrame();
}

/** Give the event loop a turn so the UI can repaint and handle a Cancel click between steps. */
export const yieldToUi = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
