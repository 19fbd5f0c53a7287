/** Side-by-side mode: Marketing and IT lenses of one journey, in step. */
import { expect, test } from './fixtures.ts';

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

  // The panes can open at the board's start, where this card is out of view (a click on it only scrolled
  // the canvas under the pointer). Fit them, as a person would to find it: one request fits both.
  await marketing.getByRole('button', { name: 'Zoom to fit' }).click();
  await expect(it.getByRole('group', { name: 'Touchpoint: Pay in the app' })).toBeInViewport();

  // Select in one pane: highlighted in the other.
  await marketing.getByRole('group', { name: 'Touchpoint: Pay in the app' }).click();
  await expect(it.getByRole('group', { name: 'Touchpoint: Pay in the app' })).toHaveClass(/selected/);

  // Pan the marketing pane: the IT pane follows.
  const viewport = (pane: typeof marketing) => pane.locator('.react-flow__viewport').getAttribute('style');
  const before = await viewport(it);
  const box = (await marketing.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height - 30);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height - 90, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => viewport(it)).not.toBe(before);
  await expect.poll(async () => (await viewport(it))?.match(/translate\([^)]*\)/)?.[0]).toBe((await viewport(marketing))?.match(/translate\([^)]*\)/)?.[0]);

  // Unlock: panning no longer follows.
  await page.getByRole('button', { name: 'Sync pan and zoom' }).click();
  await expect(page.getByRole('button', { name: 'Sync pan and zoom' })).toHaveAttribute('aria-pressed', 'false');
  const locked = await viewport(it);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height - 30);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 100, box.y + box.height - 60, { steps: 8 });
  await page.mouse.up();
  expect(await viewport(it)).toBe(locked);

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
