/** Marketing and IT talk it out on the map: notes, replies, alignment status, side by side, decision log. */
import { readFileSync } from 'node:fs';
import { expect, openFile, saveByDownload, test } from './fixtures.ts';

test('a marketing note, an IT reply and a dispute, seen in both panes, filtered, resolved, saved and exported', async ({ page }, testInfo) => {
  await page.goto('/');
  await page.getByRole('toolbar', { name: 'Main toolbar' }).getByRole('button', { name: 'New from template…' }).click();
  await page.getByRole('dialog', { name: 'New from template' }).getByRole('button', { name: 'B2C e-commerce purchase' }).click();

  // Marketing speaks first.
  await page.getByRole('button', { name: /^Speaking as / }).click();
  const who = page.getByRole('dialog', { name: 'Who is speaking' });
  await who.getByLabel('Your name').fill('Ana Souza');
  await who.getByRole('radio', { name: 'Marketing' }).check();
  await who.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('contentinfo', { name: 'Status' })).toContainText('Speaking as Ana Souza');

  const panels = page.getByRole('toolbar', { name: 'Panels' });
  await panels.getByRole('button', { name: 'Side by side' }).click();
  const marketing = page.getByRole('region', { name: 'Marketing lens pane' });
  const it = page.getByRole('region', { name: 'IT lens pane' });
  const card = await marketing.getByRole('group', { name: /^Touchpoint: / }).first().getAttribute('aria-label');
  await marketing.getByRole('group', { name: card! }).click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await inspector.getByLabel('New note').fill('Checkout abandonment doubled after the redesign.');
  await inspector.getByRole('button', { name: 'Add note' }).click();
  await expect(inspector).toContainText('Ana Souza');

  // The "waiting on the other side" filter finds it while only marketing has spoken.
  await panels.getByRole('button', { name: 'Notes and decisions' }).click();
  const notes = page.getByRole('complementary', { name: 'Notes and decisions' });
  await notes.getByLabel('Waiting on the other side').check();
  await expect(notes.getByRole('list', { name: 'Threads' }).getByRole('listitem')).toHaveCount(1);

  // The laptop goes to IT: one click on the role, then a reply and a dispute.
  await page.getByRole('radiogroup', { name: 'Speaking role' }).getByRole('radio', { name: 'IT', exact: true }).click();
  await inspector.getByLabel('Reply').fill('The payment provider timed out twice that week; we need the logs.');
  await inspector.getByRole('button', { name: 'Reply', exact: true }).click();
  await inspector.getByLabel('Alignment status').selectOption({ label: 'Disputed' });
  await expect(marketing.getByRole('img', { name: /^Disputed, 2 notes/ })).toBeVisible();
  await expect(it.getByRole('img', { name: /^Disputed, 2 notes/ })).toBeVisible();
  await expect(notes.getByRole('list', { name: 'Threads' }).getByRole('listitem')).toHaveCount(0);
  await notes.getByLabel('Waiting on the other side').uncheck();

  // Pan in one pane, the other follows.
  const viewport = (pane: typeof marketing) => pane.locator('.react-flow__viewport').getAttribute('style');
  const box = (await it.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(box.x + 10, box.y + box.height - 20);
  await page.mouse.down();
  await page.mouse.move(box.x + 90, box.y + box.height - 60, { steps: 6 });
  await page.mouse.up();
  await expect.poll(async () => (await viewport(marketing))?.match(/translate\([^)]*\)/)?.[0]).toBe((await viewport(it))?.match(/translate\([^)]*\)/)?.[0]);

  // Resolve the thread; save; reopen; it is all there.
  await inspector.getByRole('button', { name: 'Resolve' }).click();
  await expect(inspector).toContainText('Resolved');
  const saved = await saveByDownload(page, testInfo.outputPath('notes.touchline'));
  await page.getByRole('button', { name: 'Leave side by side' }).click();
  await page.reload();
  await openFile(page, saved);
  await page.getByRole('group', { name: card! }).click();
  await expect(inspector).toContainText('Checkout abandonment doubled after the redesign.');
  await expect(inspector).toContainText('The payment provider timed out twice that week');
  await expect(inspector).toContainText('Resolved');
  await expect(page.getByRole('group', { name: card! }).getByRole('img', { name: /^Disputed, 2 notes/ })).toBeVisible();

  // Export the decision log.
  await page.getByRole('toolbar', { name: 'Panels' }).getByRole('button', { name: 'Notes and decisions' }).click();
  const exportMd = page.waitForEvent('download');
  await page.getByRole('complementary', { name: 'Notes and decisions' }).getByRole('button', { name: 'Markdown' }).click();
  const markdown = readFileSync(await (await exportMd).path(), 'utf8');
  expect(markdown).toContain('**Status:** Disputed');
  expect(markdown).toContain('Ana Souza');
  expect(markdown).toContain('(Marketing,');
  expect(markdown).toContain('(IT,');
  expect(markdown).toContain('The payment provider timed out twice that week');
  const exportCsv = page.waitForEvent('download');
  await page.getByRole('complementary', { name: 'Notes and decisions' }).getByRole('button', { name: 'CSV' }).click();
  const csv = readFileSync(await (await exportCsv).path(), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv.split('\r\n').filter((l) => l.trim()).length).toBe(3); // header + two notes
});
