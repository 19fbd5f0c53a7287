/**
 * Crash recovery in browser mode: the map is autosaved as a draft in local
 * storage; a page that goes away without saving offers it back at the next
 * start. (Local storage persists per origin across reloads.)
 */
import { addStage, addTouchpoint, expect, saveByDownload, test, touchpoint, type Page } from './fixtures.ts';

const NAME = 'Bean & Brew loyalty';

/** The autosaved drafts in local storage: name and project text. */
const drafts = (page: Page) => page.evaluate(() => Object.keys(localStorage)
  .filter((key) => key.startsWith('touchline.draft.'))
  .map((key) => JSON.parse(localStorage.getItem(key)!) as { name: string; text: string }));

async function buildMap(page: Page): Promise<void> {
  await page.goto('/');
  await addStage(page, 'Discover');
  await addTouchpoint(page, 'Discover', 'See Instagram ad');
  await page.getByRole('textbox', { name: 'Project name' }).fill(NAME);
  await page.getByRole('textbox', { name: 'Project name' }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Unsaved changes' })).toBeVisible();
}

/** Wait until the autosave (1.5 s after the last change) has written the latest map. */
async function waitForDraft(page: Page): Promise<void> {
  await expect.poll(async () => (await drafts(page)).some((d) => d.name === NAME && d.text.includes('See Instagram ad')), { timeout: 10_000 }).toBe(true);
}

/** Reload without saving: answer the browser's "Leave site?" with Leave. */
async function reloadWithoutSaving(page: Page): Promise<void> {
  page.once('dialog', (dialog) => void dialog.accept());
  await page.reload();
}

const recoveryDialog = (page: Page) => page.getByRole('dialog', { name: 'Recover unsaved work?' });

test('a map left unsaved is offered back after a reload, and restores as unsaved', async ({ page }) => {
  await buildMap(page);
  await waitForDraft(page);
  await reloadWithoutSaving(page);

  const dialog = recoveryDialog(page);
  await expect(dialog).toBeVisible();
  const row = dialog.getByRole('listitem', { name: NAME });
  await expect(row).toContainText(/Saved today \d\d:\d\d · \d+ (KB|bytes)/);
  await row.getByRole('button', { name: 'Restore' }).click();

  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Discover' })).toBeVisible();
  await expect(touchpoint(page, 'See Instagram ad')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Project name' })).toHaveValue(NAME);
  await expect(page.getByRole('status').filter({ hasText: 'Unsaved changes' })).toBeVisible();
  await expect(page).toHaveTitle(`• ${NAME} — Touchline`);
});

test('Discard deletes the recovered copy for good', async ({ page }) => {
  await buildMap(page);
  await waitForDraft(page);
  await reloadWithoutSaving(page);

  const dialog = recoveryDialog(page);
  await dialog.getByRole('listitem', { name: NAME }).getByRole('button', { name: 'Discard' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Map your customer journey' })).toBeVisible();
  expect(await drafts(page)).toEqual([]);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Map your customer journey' })).toBeVisible();
  // No modal question in the way: the map can be edited straight away.
  await addStage(page, 'Fresh start');
  await expect(recoveryDialog(page)).toHaveCount(0);
});

test('saving removes the draft, so nothing is offered at the next start', async ({ page }, testInfo) => {
  await buildMap(page);
  await waitForDraft(page);
  await saveByDownload(page, testInfo.outputPath('saved.touchline'));
  await expect.poll(() => drafts(page)).toEqual([]);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Map your customer journey' })).toBeVisible();
  // No modal question in the way: the map can be edited straight away.
  await addStage(page, 'Fresh start');
  await expect(recoveryDialog(page)).toHaveCount(0);
});
