// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dotsPath } from '../../../renderer/canvas/emotionCurve.ts';

describe('the emotion curve’s dots', () => {
  it('are one path: a full circle of the radius around each point', () => {
    const d = dotsPath([{ x: 10, y: 20 }, { x: 50.25, y: 8 }], 5);
    const circles = d.split('M').filter(Boolean);
    expect(circles).toHaveLength(2);
    // Starts on the left of the circle, goes half way round, then back: a closed circle.
    expect(circles[0]).toBe('5.0,20.0a5,5 0 1,0 10,0a5,5 0 1,0 -10,0');
    expect(circles[1]).toMatch(/^45\.3,8\.0a5,5 0 1,0 10,0a5,5 0 1,0 -10,0$/);
    expect(dotsPath([], 5)).toBe('');
  });
});
