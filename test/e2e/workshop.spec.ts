/** Workshop tools: start from a template, dot-vote on friction points, present. */
import { expect, test } from './fixtures.ts';

const TEMPLATES = [
  { name: 'B2C e-commerce purchase', stages: ['Discover', 'Browse & compare', 'Checkout', 'Delivery', 'Returns & support'], status: '5 stages · 14 touchpoints' },
  { name: 'B2B SaaS onboarding', stages: ['Contract signed', 'Kick-off & setup', 'Data import & integration', 'Training & first value', 'Adoption & renewal'], status: '5 stages · 15 touchpoints' },
  { name: 'Coffee chain loyalty journey', stages: ['Discover', 'Order ahead', 'Pick up in store', 'Earn & redeem rewards', 'Personalised offers'], status: '5 stages · 16 touchpoints' },
];

for (const template of TEMPLATES) {
  test(`start from the "${template.name}" template`, async ({ page }) => {
    await page.goto('/');
    await page.getByRole('toolbar', { name: 'Main toolbar' }).getByRole('button', { name: 'New from template…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New from template' });
    await dialog.getByRole('button', { name: template.name }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('textbox', { name: 'Project name' })).toHaveValue(template.name);
    for (const stage of template.stages) await expect(page.getByRole('heading', { name: stage, exact: true })).toBeVisible();
    await expect(page.getByRole('contentinfo', { name: 'Status' })).toContainText(template.status);
    await expect(page.getByRole('img', { name: /^Emotion curve of / })).toBeVisible();
  });
}

test('a blank service blueprint draws its lines from the lane roles', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('toolbar', { name: 'Main toolbar' }).getByRole('button', { name: 'New from template…' }).click();
  await page.getByRole('dialog', { name: 'New from template' }).getByRole('button', { name: 'Blank service blueprint' }).click();
  await page.getByRole('toolbar', { name: 'Main toolbar' }).getByRole('button', { name: 'Add stage' }).click();
  await page.keyboard.press('Enter');
  for (const line of ['Line of interaction', 'Line of visibility', 'Line of internal interaction']) {
    await expect(page.getByRole('separator', { name: line })).toBeVisible();
  }
});

test('participants cast dot votes and the friction points are ranked by votes', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('toolbar', { name: 'Main toolbar' }).getByRole('button', { name: 'New from template…' }).click();
  await page.getByRole('dialog', { name: 'New from template' }).getByRole('button', { name: 'B2C e-commerce purchase' }).click();
  await page.getByRole('toolbar', { name: 'Panels' }).getByRole('button', { name: 'Dot voting' }).click();
  const panel = page.getByRole('complementary', { name: 'Dot voting' });
  await panel.getByLabel('Votes per participant').fill('3');
  for (const name of ['Ana (Marketing)', 'Ben (IT)']) {
    await panel.getByLabel('Participant name').fill(name);
    await panel.getByRole('button', { name: 'Add participant' }).click();
  }
  const ranking = panel.getByRole('list', { name: 'Friction points by votes' });
  const titles = await ranking.getByRole('listitem').evaluateAll((items) => items.map((li) => li.querySelector('.voting-title, button')?.textContent ?? ''));
  expect(titles.length).toBeGreaterThanOrEqual(4);
  const last = (await ranking.getByRole('listitem').last().getByRole('button', { name: /^Add vote to / }).getAttribute('aria-label'))!.replace('Add vote to ', '');

  await panel.getByLabel('Voting as').selectOption('Ana (Marketing)');
  for (let i = 0; i < 3; i++) await panel.getByRole('button', { name: `Add vote to ${last}` }).click();
  await expect(panel).toContainText('0 of 3 votes left');
  await expect(panel.getByRole('button', { name: `Add vote to ${last}` })).toBeDisabled();

  await panel.getByLabel('Voting as').selectOption('Ben (IT)');
  await panel.getByRole('button', { name: `Add vote to ${last}` }).click();

  // The friction point everyone voted for is now first, with 4 votes, also on its canvas badge.
  await expect(ranking.getByRole('listitem').first()).toContainText(last);
  await expect(ranking.getByRole('listitem').first()).toContainText('4');
  await expect(page.getByRole('group', { name: `Friction point: ${last}` }).getByLabel('4 votes')).toBeVisible();
});

test('presentation mode steps through the stages with the arrow keys and Escape leaves', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Explore the sample' }).click();
  await page.getByRole('toolbar', { name: 'Panels' }).getByRole('button', { name: 'Present' }).click();
  const show = page.getByRole('dialog', { name: 'Presentation' });
  await expect(show).toBeVisible();
  await expect(show).toContainText('Slide 1 of');
  await page.keyboard.press('ArrowRight');
  await expect(show.getByRole('heading', { name: 'Discover' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(show.getByRole('heading', { name: 'Order ahead' })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(show.getByRole('heading', { name: 'Discover' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(show).toBeHidden();
});
