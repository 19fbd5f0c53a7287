/** A new user builds a first map, saves it, and opens it again; bad files are refused. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addStage, addTouchpoint, expect, test, touchpoint } from './fixtures.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'e2e');

test('build a map, save it, reload, open the saved file and see the same map', async ({ page }, testInfo) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Map your customer journey' })).toBeVisible();

  await addStage(page, 'Discover');
  await addStage(page, 'Order ahead');
  await addTouchpoint(page, 'Discover', 'See Instagram ad');
  await addTouchpoint(page, 'Discover', 'Visit website');
  await addTouchpoint(page, 'Order ahead', 'Order in the app');
  await page.getByRole('textbox', { name: 'Project name' }).fill('Bean & Brew loyalty');
  await page.getByRole('textbox', { name: 'Project name' }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Unsaved changes' })).toBeVisible();
  await expect(page).toHaveTitle('• Bean & Brew loyalty — Touchline');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Bean & Brew loyalty.touchline');
  const saved = testInfo.outputPath('saved.touchline');
  await download.saveAs(saved);
  await expect(page.getByRole('status').filter({ hasText: 'Saved · Bean & Brew loyalty.touchline' })).toBeVisible();
  await expect(page).toHaveTitle('Bean & Brew loyalty — Touchline');
  const text = readFileSync(saved, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'touchline', version: 1 });

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Map your customer journey' })).toBeVisible();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('toolbar', { name: 'Main toolbar' }).getByRole('button', { name: 'Open…' }).click();
  await (await choosing).setFiles(saved);

  await expect(page.getByRole('textbox', { name: 'Project name' })).toHaveValue('Bean & Brew loyalty');
  await expect(page.getByRole('heading', { name: 'Discover' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Order ahead' })).toBeVisible();
  for (const title of ['See Instagram ad', 'Visit website', 'Order in the app']) await expect(touchpoint(page, title)).toBeVisible();
  await expect(page.getByRole('contentinfo', { name: 'Status' })).toContainText('2 stages · 3 touchpoints');
});

test('closing or reloading the tab warns only while there are unsaved changes', async ({ page }) => {
  const warns = () => page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });
  await page.goto('/');
  expect(await warns()).toBe(false);
  await addStage(page, 'Discover');
  await expect(page.getByRole('status').filter({ hasText: 'Unsaved changes' })).toBeVisible();
  expect(await warns()).toBe(true);
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('heading', { name: 'Discover' })).toHaveCount(0);
  expect(await warns()).toBe(false);
});

for (const [file, expected] of [
  ['truncated.touchline', /not valid JSON at line \d+, column \d+/],
  ['newer-version.touchline', /made by a newer Touchline/],
  ['dangling-stage.touchline', /refers to stage "stg_missing", which does not exist/],
] as const) {
  test(`opening a broken file (${file}) explains why and keeps the open map`, async ({ page }) => {
    await page.goto('/');
    await addStage(page, 'Discover');
    await addTouchpoint(page, 'Discover', 'See Instagram ad');

    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('toolbar', { name: 'Main toolbar' }).getByRole('button', { name: 'Open…' }).click();
    // The open map has unsaved changes, so Touchline asks first; the failed open must still leave them alone.
    await page.getByRole('dialog', { name: 'Save changes?' }).getByRole('button', { name: "Don't Save" }).click();
    await (await choosing).setFiles(join(FIXTURES, file));

    const alert = page.getByRole('alertdialog', { name: 'Could not open the file' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(expected);
    await alert.getByRole('button', { name: 'OK' }).click();
    await expect(alert).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Discover' })).toBeVisible();
    await expect(touchpoint(page, 'See Instagram ad')).toBeVisible();
  });
}

test('undo and redo a new stage from the toolbar', async ({ page }) => {
  await page.goto('/');
  await addStage(page, 'Discover');
  const toolbar = page.getByRole('toolbar', { name: 'Main toolbar' });
  await toolbar.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { name: 'Discover' })).toHaveCount(0);
  await toolbar.getByRole('button', { name: 'Redo' }).click();
  await expect(page.getByRole('heading', { name: 'Discover' })).toBeVisible();
});
