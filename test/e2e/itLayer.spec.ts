/** IT's side: a systems catalog, data links on touchpoints, lenses, CSV import, and the gap analysis. */
import { join } from 'node:path';
import { addStage, expect, quickAdd, test, touchpoint, type Page } from './fixtures.ts';

const CSV = join(import.meta.dirname, '..', 'fixtures', 'csv', 'inventory-with-bad-row.csv');

async function addSystem(page: Page, name: string, kind: string) {
  const catalog = page.getByRole('complementary', { name: 'Systems catalog' });
  await catalog.getByRole('button', { name: 'Add system' }).click();
  await catalog.getByLabel('Name', { exact: true }).fill(name);
  await catalog.getByLabel('Kind', { exact: true }).selectOption({ label: kind });
  await catalog.getByRole('button', { name: 'All systems' }).click();
  await expect(catalog.getByRole('listitem').filter({ hasText: name })).toBeVisible();
}

test('attach systems by drag and from the inspector, mark personal data and a manual integration, switch lenses, import a CSV inventory and undo it', async ({ page }) => {
  await page.goto('/');
  await addStage(page, 'Order');
  await quickAdd(page, 'Order', ['Pay in the app', 'Collect the order', 'Rate the visit']);

  const toolbar = page.getByRole('toolbar', { name: 'Main toolbar' });
  const panels = page.getByRole('toolbar', { name: 'Panels' });
  await panels.getByRole('button', { name: 'Alignment' }).click();
  const alignment = page.getByRole('complementary', { name: 'Alignment' });
  await expect(alignment).toContainText('0 of 3 touchpoints have a data link');

  await panels.getByRole('button', { name: 'Systems catalog' }).click();
  await addSystem(page, 'Payment gateway', 'Payment');
  await addSystem(page, 'Store POS', 'POS');

  // Attach one system by dragging it from the catalog onto the card.
  const catalog = page.getByRole('complementary', { name: 'Systems catalog' });
  await catalog.getByRole('button', { name: 'System: Payment gateway' }).dragTo(touchpoint(page, 'Pay in the app'));
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector.getByRole('heading', { name: 'Data link' })).toBeVisible();
  await inspector.getByLabel('Carries personal data').check();
  await inspector.getByRole('group', { name: 'Personal data categories' }).getByLabel('Payment').check();
  await inspector.getByLabel('Integration').selectOption({ label: 'Real time' });
  await expect(touchpoint(page, 'Pay in the app').getByLabel('Personal data')).toBeVisible();

  // Attach the other from the inspector, with a manual integration.
  await touchpoint(page, 'Collect the order').click();
  await inspector.getByLabel('Attach system').selectOption({ label: 'Store POS' });
  await inspector.getByLabel('Integration').selectOption({ label: 'Manual' });
  await expect(page.getByRole('group', { name: 'System: Store POS' })).toBeVisible();

  // Coverage and heatmap follow: 2 of 3 touchpoints have data, one personal-data flow, one manual link.
  await panels.getByRole('button', { name: 'Alignment' }).click();
  await expect(alignment).toContainText('2 of 3 touchpoints have a data link');
  const row = alignment.getByRole('table', { name: 'By stage' }).getByRole('row', { name: /Order/ });
  await expect(row.getByRole('cell').nth(0)).toHaveText('67%');
  await expect(row.getByRole('cell').nth(1)).toHaveText('1'); // personal-data flows
  await expect(row.getByRole('cell').nth(2)).toHaveText('1'); // manual or missing integrations

  // Lenses: marketing folds the systems lane away; IT shows the integration on each link.
  await page.getByRole('radiogroup', { name: 'Lens' }).getByRole('radio', { name: 'Marketing' }).click();
  await expect(page.getByRole('group', { name: 'System: Store POS' })).toHaveCount(0);
  await expect(touchpoint(page, 'Collect the order')).toContainText('Store POS');
  await page.getByRole('radiogroup', { name: 'Lens' }).getByRole('radio', { name: 'IT' }).click();
  await expect(page.getByRole('group', { name: 'System: Store POS' })).toBeVisible();
  await expect(page.getByText('Manual · Unknown')).toBeVisible();

  // Import a spreadsheet inventory with one bad row: reported, the others imported; one undo reverts it.
  await panels.getByRole('button', { name: 'Systems catalog' }).click();
  const choosing = page.waitForEvent('filechooser');
  await catalog.getByRole('button', { name: 'Import from CSV…' }).click();
  await (await choosing).setFiles(CSV);
  const dialog = page.getByRole('dialog', { name: 'Import systems' });
  await expect(dialog.getByRole('region', { name: 'Rows with problems' })).toContainText('Line 4: "Legacy POS": column "Hosting"');
  await expect(dialog.getByRole('region', { name: 'Systems to add' }).getByRole('listitem')).toHaveCount(4);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
  for (const name of ['Loyalty platform', 'Web shop', 'Consent manager', 'Customer data platform']) {
    await expect(catalog.getByRole('button', { name: `System: ${name}` })).toBeVisible();
  }
  await expect(catalog.getByRole('button', { name: 'System: Legacy POS' })).toHaveCount(0);
  await toolbar.getByRole('button', { name: 'Undo' }).click();
  for (const name of ['Loyalty platform', 'Web shop', 'Consent manager', 'Customer data platform']) {
    await expect(catalog.getByRole('button', { name: `System: ${name}` })).toHaveCount(0);
  }
  await expect(catalog.getByRole('button', { name: 'System: Store POS' })).toBeVisible();
});
