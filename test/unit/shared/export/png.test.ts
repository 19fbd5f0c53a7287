import { describe, expect, it, vi } from 'vitest';
import { capturePng, MAX_EXPORT_SIDE, planExportSize, type SendCommand } from '../../../../shared/export/png/capture.ts';

describe('planExportSize', () => {
  it('keeps the requested scale when every side fits', () => {
    expect(planExportSize(1632, 1304, 2)).toEqual({ scale: 2, width: 3264, height: 2608, message: null });
    expect(planExportSize(4096, 100, 2)).toMatchObject({ scale: 2, width: 8192, message: null });
  });

  it('rounds fractional CSS sizes up before scaling', () => {
    expect(planExportSize(100.2, 50.7, 1)).toMatchObject({ width: 101, height: 51 });
  });

  it('scales down so the longest side stays within 8,192 px and says so', () => {
    const plan = planExportSize(6000, 2000, 3);
    expect(plan.width).toBeLessThanOrEqual(MAX_EXPORT_SIDE);
    expect(plan.height).toBeLessThanOrEqual(MAX_EXPORT_SIDE);
    expect(plan.scale).toBeLessThan(3);
    expect(plan.width).toBeGreaterThan(8100);
    expect(plan.message).toBe('The image would be 18000 × 6000 pixels; it was scaled down to 8190 × 2730 (the limit is 8192 pixels per side).');
  });

  it('scales below 1 for boards larger than the limit at 1x', () => {
    const plan = planExportSize(20000, 500, 1);
    expect(plan.scale).toBeLessThan(1);
    expect(plan.width).toBeLessThanOrEqual(MAX_EXPORT_SIDE);
    expect(plan.message).toMatch(/scaled down/);
  });

  it('treats a bad scale as 1 and an empty area as 1 px', () => {
    expect(planExportSize(10, 10, Number.NaN)).toMatchObject({ scale: 1, width: 10 });
    expect(planExportSize(0, 0, 1)).toMatchObject({ width: 1, height: 1 });
  });

  it('honours a custom limit', () => {
    expect(planExportSize(300, 100, 1, 150)).toMatchObject({ scale: 0.5, width: 150, height: 50 });
  });
});

describe('capturePng', () => {
  it('sends one Page.captureScreenshot with the clip, scale and beyond-viewport capture', async () => {
    const send = vi.fn<SendCommand>(async () => ({ data: 'iVBORw0KGgo=' }));
    const clip = { x: 0, y: 0, width: 1632, height: 1304 };
    await expect(capturePng(send, clip, 2)).resolves.toBe('iVBORw0KGgo=');
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith('Page.captureScreenshot', {
      format: 'png', clip: { x: 0, y: 0, width: 1632, height: 1304, scale: 2 }, captureBeyondViewport: true, fromSurface: true,
    });
    expect(clip).toEqual({ x: 0, y: 0, width: 1632, height: 1304 });
  });

  it('rejects when the protocol returns no image', async () => {
    await expect(capturePng(async () => ({}), { x: 0, y: 0, width: 1, height: 1 }, 1)).rejects.toThrow('returned no image');
    await expect(capturePng(async () => null, { x: 0, y: 0, width: 1, height: 1 }, 1)).rejects.toThrow('returned no image');
  });

  it('refuses an empty area or a bad scale without sending anything', async () => {
    const send = vi.fn<SendCommand>();
    await expect(capturePng(send, { x: 0, y: 0, width: 0, height: 10 }, 1)).rejects.toThrow('Nothing to capture');
    await expect(capturePng(send, { x: 0, y: 0, width: 10, height: 10 }, 0)).rejects.toThrow('Invalid capture scale');
    expect(send).not.toHaveBeenCalled();
  });

  it('passes protocol errors on', async () => {
    const send: SendCommand = async () => { throw new Error('Another debugger is already attached'); };
    await expect(capturePng(send, { x: 0, y: 0, width: 5, height: 5 }, 1)).rejects.toThrow('Another debugger');
  });
});
