/** Side-by-side mode: Marketing and IT lenses of one journey, in step. */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** The view a canvas shows, as React Flow writes it. */
const viewportOf = (where: Locator) => where.locator('.react-flow__viewport').getAttribute('style');

/** Drag the empty canvas near the bottom of `where` by (dx, dy): a pan, as a person makes it. */
async function pan(page: Page, where: Locator, dx: number, dy: number): Promise<void> {
  const box = (await where.locator('.react-flow__pane').boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height - 30;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y + dy, { steps: 8 });
  await page.mouse.up();
}

test('two synced panes: selection highlights in both, panning one moves the other, edits show in both', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Explore the sample' }).click();
  await page.getByRole('toolbar', { name: 'Panels' }).getByRole('button', { name: 'Side by side' }).click();

  const marketing = page.getByRole('region', { name: 'Marketing lens pane' });
  const it = page.getByRole('region', { name: 'IT lens pane' });
  await expect(marketing.getByRole('heading', { name: 'Marketing lens' })).toBeVisible();
  await expect(it.getByRole('heading', { name: 'IT lens' })).toBeVisible();
  // The IT lens shows the systems lane; the marketing lens folds it into chips.
  await expect(it.getByRole('group', { name: /^System: / }).first()).toBeVisible();
  await expect(marketing.getByRole('group', { name: /^System: / })).toHaveCount(0);
  // The sample's alignment statuses show as badges in both panes; IT's disputed data link is labelled.
  await expect(marketing.getByRole('img', { name: /^Needs data, 3 notes/ })).toBeVisible();
  await expect(it.getByRole('img', { name: /^Needs data, 3 notes/ })).toBeVisible();
  await expect(it.getByText(/^Disputed · /)).toBeVisible();

  // One "Zoom to fit" fits both panes.
  await marketing.getByRole('button', { name: 'Zoom to fit' }).click();
  await expect(it.getByRole('group', { name: 'Touchpoint: Pay in the app' })).toBeInViewport();

  // Select in one pane: highlighted in the other.
  await marketing.getByRole('group', { name: 'Touchpoint: Pay in the app' }).click();
  await expect(it.getByRole('group', { name: 'Touchpoint: Pay in the app' })).toHaveClass(/selected/);

  // Pan the marketing pane: the IT pane follows.
  const before = await viewportOf(it);
  await pan(page, marketing, -120, -60);
  await expect.poll(() => viewportOf(it)).not.toBe(before);
  await expect.poll(async () => (await viewportOf(it))?.match(/translate\([^)]*\)/)?.[0]).toBe((await viewportOf(marketing))?.match(/translate\([^)]*\)/)?.[0]);

  // Unlock: panning no longer follows.
  await page.getByRole('button', { name: 'Sync pan and zoom' }).click();
  await expect(page.getByRole('button', { name: 'Sync pan and zoom' })).toHaveAttribute('aria-pressed', 'false');
  const locked = await viewportOf(it);
  await pan(page, marketing, 100, -30);
  expect(await viewportOf(it)).toBe(locked);

  // Edit in the IT pane: the marketing pane shows it at once.
  await it.getByRole('group', { name: 'Touchpoint: Pay in the app' }).dblclick();
  await page.getByRole('textbox', { name: 'Touchpoint name' }).fill('Pay with the app');
  await page.keyboard.press('Enter');
  await expect(marketing.getByRole('group', { name: 'Touchpoint: Pay with the app' })).toBeVisible();

  // Leaving returns to one canvas with the last lens.
  await page.getByRole('button', { name: 'Leave side by side' }).click();
  await expect(marketing).toHaveCount(0);
  await expect(page.getByRole('radiogroup', { name: 'Lens' }).getByRole('radio', { name: 'Combined' })).toHaveAttribute('aria-checked', 'true');
});

test('panes open at the journey\'s start, readable; leaving and coming back keeps each view where it was left', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Explore the sample' }).click();
  const canvas = page.getByRole('application', { name: 'Journey canvas' });
  // Move the single canvas's view somewhere of the person's own.
  await pan(page, canvas, -150, -40);
  const single = await viewportOf(canvas);

  await page.getByRole('toolbar', { name: 'Panels' }).getByRole('button', { name: 'Side by side' }).click();
  const marketing = page.getByRole('region', { name: 'Marketing lens pane' });
  const it = page.getByRole('region', { name: 'IT lens pane' });
  // Half a window is too narrow to fit the journey readably: both panes show its first stages.
  for (const pane of [marketing, it]) {
    await expect(pane.getByRole('group', { name: 'Touchpoint: Installs the app and joins Bean Club' })).toBeInViewport();
    await expect(pane.getByRole('group', { name: 'Touchpoint: Pay in the app' })).toBeInViewport();
  }
  // Pan the left pane (the right follows), leave, and come back: every view is where it was left.
  await pan(page, marketing, -100, -20);
  const left = await viewportOf(marketing);
  await expect.poll(() => viewportOf(it)).toBe(left);

  await page.getByRole('button', { name: 'Leave side by side' }).click();
  await expect.poll(() => viewportOf(canvas)).toBe(single);
  await page.getByRole('toolbar', { name: 'Panels' }).getByRole('button', { name: 'Side by side' }).click();
  await expect.poll(() => viewportOf(marketing)).toBe(left);
  await expect.poll(() => viewportOf(it)).toBe(left);
});

test('an empty board starts at its top-left corner, alone and side by side', async ({ page }) => {
  await page.goto('/');
  const canvas = page.getByRole('application', { name: 'Journey canvas' });
  const cornerOf = async (where: Locator) => {
    const pane = (await where.locator('.react-flow__pane').boundingBox())!;
    const label = (await where.getByText('Customer actions', { exact: true }).boundingBox())!;
    return { x: label.x - pane.x, y: label.y - pane.y };
  };
  // Nothing to fit: the lane names sit near the top-left corner, not fitted into the middle.
  const alone = await cornerOf(canvas);
  expect(alone.x).toBeLessThan(120);
  expect(alone.y).toBeLessThan(200);
  await page.getByRole('toolbar', { name: 'Panels' }).getByRole('button', { name: 'Side by side' }).click();
  for (const name of ['Marketing lens pane', 'IT lens pane']) {
    const corner = await cornerOf(page.getByRole('region', { name }));
    expect(corner.x).toBeLessThan(120);
    expect(corner.y).toBeLessThan(200);
  }
});
