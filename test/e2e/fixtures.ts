/**
 * The end-to-end test fixture: every test gets a page that fails the test on
 * any console error, uncaught exception, Content-Security-Policy violation or
 * request leaving localhost (the app must make no network request at all).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { generateProject } from '../../bench/generate.ts';
import { serializeProject } from '../../shared/file/save.ts';

interface Guard { problems: string[] }

export const test = base.extend<{ guard: Guard }>({
  guard: [async ({ page }, use) => {
    const guard: Guard = { problems: [] };
    await page.addInitScript(() => {
      // Drive the upload/download path, which Playwright can see (native
      // File System Access pickers cannot be scripted in a test).
      const w = window as unknown as Record<string, unknown>;
      delete w.showOpenFilePicker;
      delete w.showSaveFilePicker;
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    page.on('console', (message) => { if (message.type() === 'error') guard.problems.push(`console error: ${message.text()}`); });
    page.on('pageerror', (error) => guard.problems.push(`page error: ${error.message}`));
    page.on('request', (request) => {
      const url = new URL(request.url());
      const local = ['localhost', '127.0.0.1'].includes(url.hostname) || ['data:', 'blob:'].includes(url.protocol);
      if (!local) guard.problems.push(`request outside localhost: ${request.url()}`);
    });
    await use(guard);
    expect(guard.problems, 'no console errors, CSP violations or outside requests').toEqual([]);
  }, { auto: true }],
});

export { expect, type Page };

/** Add a stage with the toolbar button and name it. */
export async function addStage(page: Page, name: string): Promise<void> {
  await page.getByRole('toolbar', { name: 'Main toolbar' }).getByRole('button', { name: 'Add stage' }).click();
  await page.getByRole('textbox', { name: 'Stage name' }).fill(name);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name })).toBeVisible();
}

/** Add a touchpoint with the stage's own + button and name it. */
export async function addTouchpoint(page: Page, stage: string, title: string): Promise<void> {
  await page.getByRole('button', { name: `Add touchpoint to ${stage}` }).click();
  await page.getByRole('textbox', { name: 'Touchpoint name' }).fill(title);
  await page.keyboard.press('Enter');
  await expect(touchpoint(page, title)).toBeVisible();
}

/** Quick add, as a scribe does it: the stage's + button, then type each name and press Enter; Escape ends. */
export async function quickAdd(page: Page, stage: string, titles: string[]): Promise<void> {
  await page.getByRole('button', { name: `Add touchpoint to ${stage}` }).click();
  for (const title of titles) {
    // Type once the new card's name box has the focus, as a person watching the screen would.
    await expect(page.getByRole('textbox', { name: 'Touchpoint name' })).toBeFocused();
    await page.keyboard.type(title);
    await page.keyboard.press('Enter');
  }
  await page.keyboard.press('Escape'); // the next, unnamed card is taken back
  for (const title of titles) await expect(touchpoint(page, title)).toBeVisible();
}

export const touchpoint = (page: Page, title: string) => page.getByRole('group', { name: `Touchpoint: ${title}` });

/** Save with the toolbar (browser mode downloads the file) and keep it at `path`. */
export async function saveByDownload(page: Page, path: string): Promise<string> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('toolbar', { name: 'Main toolbar' }).getByRole('button', { name: 'Save', exact: true }).click();
  await (await downloading).saveAs(path);
  await expect(page.getByRole('status').filter({ hasText: /^Saved · / })).toBeVisible();
  return path;
}

/** A project file of a generated journey of this many touchpoints (the bench's), in a fresh temp folder. */
export function generatedProjectFile(touchpoints: number): string {
  const file = join(mkdtempSync(join(tmpdir(), 'touchline-generated-')), `journey-${touchpoints}.touchline`);
  writeFileSync(file, serializeProject(generateProject(touchpoints)));
  return file;
}

/** Open a file with the toolbar's Open… button (browser mode shows a file chooser). */
export async function openFile(page: Page, path: string): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('toolbar', { name: 'Main toolbar' }).getByRole('button', { name: 'Open…' }).click();
  await (await choosing).setFiles(path);
}
