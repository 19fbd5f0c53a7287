/**
 * Lines stay attached to the cards. Nodes declare their handles (so React Flow
 * need not mount off-screen nodes to measure them); if that declared geometry
 * drifted from the CSS, a line would start beside its card after a move.
 */
import type { Locator } from '@playwright/test';
import { addStage, expect, quickAdd, test, touchpoint, type Page } from './fixtures.ts';

/** Every drawn line's two ends, and every handle's anchor point, in screen pixels. */
async function endsAndAnchors(page: Page) {
  return page.evaluate(() => {
    const ends = [...document.querySelectorAll<SVGPathElement>('.react-flow__edge path.react-flow__edge-path')].map((path) => {
      const matrix = path.getScreenCTM()!;
      const at = (length: number) => { const p = path.getPointAtLength(length); return new DOMPoint(p.x, p.y).matrixTransform(matrix); };
      const label = path.closest('.react-flow__edge')!.getAttribute('aria-label');
      return { label, start: at(0), end: at(path.getTotalLength()) };
    }).map(({ label, start, end }) => ({ label, start: { x: start.x, y: start.y }, end: { x: end.x, y: end.y } }));
    const anchors = [...document.querySelectorAll<HTMLElement>('.react-flow__handle')].map((h) => {
      const r = h.getBoundingClientRect();
      const side = h.dataset.handlepos;
      return {
        x: side === 'left' ? r.left : side === 'right' ? r.right : r.left + r.width / 2,
        y: side === 'top' ? r.top : side === 'bottom' ? r.bottom : r.top + r.height / 2,
      };
    });
    return { ends, anchors };
  });
}

/** A box once it stops moving (the view glides to newly added cards). */
async function settledBox(locator: Locator) {
  let last = await locator.boundingBox();
  await expect.poll(async () => {
    const now = await locator.boundingBox();
    const same = JSON.stringify(now) === JSON.stringify(last);
    last = now;
    return same;
  }, { intervals: [100] }).toBe(true);
  return last!;
}

function detached({ ends, anchors }: Awaited<ReturnType<typeof endsAndAnchors>>): string[] {
  const near = (p: { x: number; y: number }) => anchors.some((a) => Math.hypot(a.x - p.x, a.y - p.y) < 1.5);
  return ends.flatMap((e) => [...(near(e.start) ? [] : [`${e.label} (start)`]), ...(near(e.end) ? [] : [`${e.label} (end)`])]);
}

test('flow lines and data links stay attached to their cards and systems after a card moves', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Explore the sample' }).click();
  await page.getByRole('radiogroup', { name: 'Lens' }).getByRole('radio', { name: 'Combined' }).click();
  const before = await endsAndAnchors(page);
  expect(before.ends.filter((e) => e.label?.startsWith('Flow from')).length).toBeGreaterThan(3);
  expect(before.ends.filter((e) => e.label?.startsWith('Data link from')).length).toBeGreaterThan(3);
  expect(detached(before)).toEqual([]);

  // Move a card that has both a flow line and a data link, then check again (and after undo).
  const label = before.ends.find((e) => e.label?.startsWith('Data link from'))!.label!;
  const card = /^Data link from (.+) to /.exec(label)![1]!;
  await touchpoint(page, card).click();
  const box = await touchpoint(page, card).boundingBox();
  await page.keyboard.press('Shift+ArrowDown');
  await expect.poll(async () => (await touchpoint(page, card).boundingBox())!.y).toBeGreaterThan(box!.y);
  expect(detached(await endsAndAnchors(page))).toEqual([]);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await touchpoint(page, card).boundingBox())!.y).toBeCloseTo(box!.y, 0);
  expect(detached(await endsAndAnchors(page))).toEqual([]);
});

test('dragging from the right edge of one card onto another connects them with a flow line', async ({ page }) => {
  await page.goto('/');
  await addStage(page, 'Browse');
  await quickAdd(page, 'Browse', ['Add to basket']);
  await addStage(page, 'Buy');
  await quickAdd(page, 'Buy', ['Pay']);
  await page.keyboard.press('Escape');
  const from = touchpoint(page, 'Add to basket');
  const to = touchpoint(page, 'Pay');
  await expect(page.getByRole('group', { name: /^Flow from/ })).toHaveCount(0);
  // The connection points show when the pointer is over a card; a person drags from one card's
  // outgoing point (right edge) to the other's incoming point (left edge).
  await from.hover();
  const handle = from.locator('.react-flow__handle-right');
  await expect(handle).toBeVisible();
  const start = await settledBox(handle); // the view glides to a new card: wait until it rests
  const end = await settledBox(to);
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(end.x + 2, end.y + end.height / 2, { steps: 12 });
  await page.mouse.up();
  await expect(page.getByRole('group', { name: 'Flow from Add to basket to Pay' })).toHaveCount(1);
  expect(detached(await endsAndAnchors(page))).toEqual([]);
});
