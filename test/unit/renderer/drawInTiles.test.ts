import { describe, expect, it } from 'vitest';
import { planStrips, STRIP_CSS, STRIP_PIXELS } from '../../../renderer/features/export/drawInTiles.ts';

describe('planStrips (the browser PNG fallback draws a big board in strips)', () => {
  it('covers the whole width exactly, strip after strip, on whole output pixels', () => {
    const strips = planStrips(8162, 0.198);
    expect(strips).toHaveLength(Math.ceil(8162 / Math.floor(STRIP_CSS * 0.198)));
    let x = 0;
    for (const s of strips) {
      expect(s.fromPx).toBe(x);
      expect(Number.isInteger(s.fromPx) && Number.isInteger(s.widthPx)).toBe(true);
      expect(s.widthPx).toBeGreaterThan(0);
      expect(s.widthPx).toBeLessThanOrEqual(STRIP_PIXELS);
      expect(s.widthCss).toBeLessThanOrEqual(STRIP_CSS); // a scaled-down board: strips are bounded in board width too
      // The CSS offset maps back onto the same output pixel, so neighbouring strips meet without a seam.
      expect(s.fromCss * 0.198).toBeCloseTo(s.fromPx, 9);
      x += s.widthPx;
    }
    expect(x).toBe(8162);
  });

  it('draws a small picture in one strip', () => {
    expect(planStrips(200, 2)).toEqual([{ index: 0, count: 1, fromPx: 0, widthPx: 200, fromCss: 0, widthCss: 100 }]);
  });
});
