/** Marketing builds a rich journey from scratch, changes its mind, saves and reopens it. */
import { addStage, expect, generatedProjectFile, openFile, quickAdd, saveByDownload, test, touchpoint } from './fixtures.ts';

test('build a journey with quick add, friction, a persona curve; undo/redo a drag and a rename; save and reopen', async ({ page }, testInfo) => {
  await page.goto('/');
  for (const name of ['Discover', 'Order', 'Pick up', 'Rewards']) await addStage(page, name);
  // Four columns are wider than the canvas beside the inspector: see them all before working in them.
  await page.getByRole('toolbar', { name: 'Main toolbar' }).getByRole('button', { name: 'Zoom to fit' }).click();

  // Quick add: the scribe types names and presses Enter; the next card is ready at once.
  const cards: Record<string, string[]> = {
    Discover: ['See the ad', 'Visit the website'],
    Order: ['Open the app', 'Pay in the app'],
    'Pick up': ['Walk to the counter', 'Collect the cup'],
    Rewards: ['Earn stars', 'Redeem a drink'],
  };
  for (const [stage, titles] of Object.entries(cards)) {
    await quickAdd(page, stage, titles);
  }
  await expect(page.getByRole('contentinfo', { name: 'Status' })).toContainText('4 stages · 8 touchpoints');

  // Two friction points with severities, from the inspector.
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  for (const [card, title, severity] of [['Pay in the app', 'Card declined twice', 'Critical'], ['Walk to the counter', 'Queue at pickup', 'High']] as const) {
    await touchpoint(page, card).click();
    await expect(inspector.getByLabel('Title')).toHaveValue(card); // the inspector now shows this card
    await inspector.getByRole('button', { name: 'Add friction point' }).click();
    await inspector.getByLabel('Title').fill(title);
    await inspector.getByLabel('Severity').selectOption({ label: severity });
    await expect(page.getByRole('group', { name: `Friction point: ${title}` })).toBeVisible();
  }

  // A persona with emotions: the curve appears and follows the scores.
  await page.getByRole('toolbar', { name: 'Panels' }).getByRole('button', { name: 'Lanes and personas' }).click();
  const setup = page.getByRole('complementary', { name: 'Journey setup' });
  await setup.getByRole('button', { name: 'Add persona' }).click();
  await setup.getByLabel('Name', { exact: true }).fill('Commuter Chloé');
  // Two side panels are open now: bring the whole board back into the narrower canvas, as a person would.
  await page.getByRole('toolbar', { name: 'Main toolbar' }).getByRole('button', { name: 'Zoom to fit' }).click();
  for (const [card, score] of [['See the ad', '+1 Positive'], ['Pay in the app', '−2 Very negative'], ['Earn stars', '+2 Very positive']] as const) {
    await touchpoint(page, card).click();
    await expect(inspector.getByLabel('Title')).toHaveValue(card);
    await inspector.getByRole('group', { name: 'Commuter Chloé' }).getByLabel('As-is').selectOption({ label: score });
  }
  const curve = page.getByRole('img', { name: 'Emotion curve of Commuter Chloé' });
  await expect(curve).toBeVisible();
  await expect(curve).toHaveAttribute('data-points', '3');

  // Drag a card to the next stage; undo and redo the drag.
  const toolbar = page.getByRole('toolbar', { name: 'Main toolbar' });
  const card = touchpoint(page, 'Visit the website');
  await card.click();
  await expect(inspector).toContainText('In Discover');
  const from = (await card.boundingBox())!;
  const target = (await page.getByRole('heading', { name: 'Order' }).boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x + 40, from.y + from.height / 2 + 130, { steps: 12 });
  await page.mouse.up();
  await expect(inspector).toContainText('In Order');
  await toolbar.getByRole('button', { name: 'Undo' }).click();
  await expect(inspector).toContainText('In Discover');
  await toolbar.getByRole('button', { name: 'Redo' }).click();
  await expect(inspector).toContainText('In Order');

  // Rename inline with F2; undo and redo the rename.
  await touchpoint(page, 'Redeem a drink').click();
  await page.keyboard.press('F2');
  await page.getByRole('textbox', { name: 'Touchpoint name' }).fill('Redeem a free drink');
  await page.keyboard.press('Enter');
  await expect(touchpoint(page, 'Redeem a free drink')).toBeVisible();
  await toolbar.getByRole('button', { name: 'Undo' }).click();
  await expect(touchpoint(page, 'Redeem a drink')).toBeVisible();
  await toolbar.getByRole('button', { name: 'Redo' }).click();
  await expect(touchpoint(page, 'Redeem a free drink')).toBeVisible();

  const saved = await saveByDownload(page, testInfo.outputPath('journey.touchline'));
  await page.reload();
  await openFile(page, saved);
  await expect(page.getByRole('contentinfo', { name: 'Status' })).toContainText('4 stages · 8 touchpoints');
  for (const title of ['See the ad', 'Visit the website', 'Open the app', 'Collect the cup', 'Redeem a free drink']) await expect(touchpoint(page, title)).toBeVisible();
  await expect(page.getByRole('group', { name: 'Friction point: Card declined twice' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Friction point: Queue at pickup' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Emotion curve of Commuter Chloé' })).toHaveAttribute('data-points', '3');
  await touchpoint(page, 'Visit the website').click();
  await expect(inspector).toContainText('In Order');
});

test('keyboard only: Tab adds the next touchpoint below the selected one', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('s');
  await page.keyboard.type('Discover');
  await page.keyboard.press('Enter');
  await page.keyboard.press('t');
  await page.keyboard.type('First');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Second');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Third');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  for (const title of ['First', 'Second', 'Third']) await expect(touchpoint(page, title)).toBeVisible();
  const first = (await touchpoint(page, 'First').boundingBox())!;
  const third = (await touchpoint(page, 'Third').boundingBox())!;
  expect(third.y).toBeGreaterThan(first.y);
  expect(Math.abs(third.x - first.x)).toBeLessThan(2);
});

test('copy and paste touchpoints, then delete them', async ({ page }) => {
  await page.goto('/');
  await addStage(page, 'Discover');
  await quickAdd(page, 'Discover', ['See the ad']);
  await touchpoint(page, 'See the ad').click();
  await page.keyboard.press('Control+D');
  await expect(touchpoint(page, 'See the ad')).toHaveCount(2);
  await page.keyboard.press('Delete');
  await expect(touchpoint(page, 'See the ad')).toHaveCount(1);
  await page.keyboard.press('Control+Z');
  await expect(touchpoint(page, 'See the ad')).toHaveCount(2);
});

test('copy touchpoints in one project window and paste them into another', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await addStage(page, 'Discover');
  await quickAdd(page, 'Discover', ['See the ad']);
  await touchpoint(page, 'See the ad').click();
  await page.keyboard.press('Control+C');

  const other = await context.newPage();
  await other.goto('/');
  await addStage(other, 'Awareness');
  await other.getByRole('heading', { name: 'Awareness' }).click();
  await other.keyboard.press('Control+V');
  await expect(touchpoint(other, 'See the ad')).toBeVisible();
  await expect(other.getByRole('contentinfo', { name: 'Status' })).toContainText('1 stage · 1 touchpoint');
  await other.close();
});

test('zooming out simplifies the cards: a title block below 40 %, a plain block below 20 % (chips and systems too); the dot grid goes too', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Explore the sample' }).click();
  const canvas = page.getByRole('application', { name: 'Journey canvas' });
  const card = page.getByRole('group', { name: /^Touchpoint: / }).first();
  const friction = page.getByRole('group', { name: /^Friction point: / }).first();
  const system = page.getByRole('group', { name: /^System: / }).first();
  await expect(card.locator('.card-title')).toBeVisible();
  await expect(friction.locator('.chip-node-title')).toBeVisible();
  await expect(system.locator('.system-name')).toBeVisible();
  await expect(canvas.locator('.react-flow__background')).toHaveCount(1);
  const zoom = async () => Number(/scale\(([\d.]+)\)/.exec((await canvas.locator('.react-flow__viewport').getAttribute('style')) ?? '')?.[1]);
  const zoomOut = async () => {
    const before = await zoom();
    await page.getByRole('button', { name: 'Zoom Out' }).click();
    await expect.poll(zoom).toBeLessThan(before); // one step at a time (each is a fifth or so)
  };
  while ((await zoom()) >= 0.4) await zoomOut();
  await expect(card.locator('.card-sketch-title')).toBeVisible();
  await expect(canvas.locator('.react-flow__background')).toHaveCount(0); // dots 10 px apart or closer: noise, and slow to paint
  while ((await zoom()) >= 0.2) await zoomOut();
  await expect(card.locator('.card-sketch')).toBeVisible();
  await expect(card.locator('.card-sketch-title')).toHaveCount(0);
  await expect(friction.locator('.chip-node.is-block')).toBeVisible();
  await expect(friction.locator('.chip-node-title')).toHaveCount(0);
  await expect(system.locator('.system-name')).toHaveCount(0);
  // Each keeps its name for assistive technology.
  await expect(card).toHaveAttribute('aria-label', /^Touchpoint: .+/);
  await expect(friction).toHaveAttribute('aria-label', /^Friction point: .+/);
});

test('dashed data links are drawn solid while the view moves, and dashed again once it rests', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Explore the sample' }).click();
  await page.getByRole('radiogroup', { name: 'Lens' }).getByRole('radio', { name: 'Combined' }).click();
  const links = page.locator('.react-flow__edge.data-link .react-flow__edge-path');
  const dashes = () => links.evaluateAll((paths) => paths.map((p) => getComputedStyle(p).strokeDasharray));
  const atRest = await dashes();
  const dashed = atRest.findIndex((d) => d !== 'none');
  expect(dashed).toBeGreaterThanOrEqual(0); // the sample has a batch or manual integration
  // Hold a pan: press on the empty board and move, without letting go.
  const pane = (await page.getByRole('application', { name: 'Journey canvas' }).locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(pane.x + 8, pane.y + 8);
  await page.mouse.down();
  await page.mouse.move(pane.x + 40, pane.y + 24, { steps: 5 });
  await expect.poll(async () => (await dashes())[dashed]).toBe('none');
  await page.mouse.up();
  await expect.poll(async () => (await dashes())[dashed]).toBe(atRest[dashed]);
});

test('the overview map shows the board and the part in view, follows an undo, and drags the view around', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Explore the sample' }).click();
  const canvas = page.getByRole('application', { name: 'Journey canvas' });
  const map = page.getByRole('img', { name: 'Overview map' });
  // One shape per colour: stage columns, cards, friction points, opportunities.
  await expect(map.locator('path:not(.react-flow__minimap-mask)')).toHaveCount(4);
  const cards = map.locator('path[fill="#64748b"]');
  const rectangles = async () => ((await cards.getAttribute('d')) ?? '').split('M').length - 1;
  expect(await rectangles()).toBe(16);

  // A card dragged far to the right widens its column: the map follows, and follows the undo back.
  const before = await cards.getAttribute('d');
  const card = page.getByRole('group', { name: /^Touchpoint: / }).first();
  const box = (await card.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(cards).not.toHaveAttribute('d', before!);
  await page.keyboard.press('Control+z');
  await expect(cards).toHaveAttribute('d', before!);

  // Dragging inside the map moves the view.
  const viewport = () => canvas.locator('.react-flow__viewport').getAttribute('style');
  await page.getByRole('button', { name: 'Zoom In' }).click();
  await page.getByRole('button', { name: 'Zoom In' }).click();
  const start = await viewport();
  const m = (await map.boundingBox())!;
  await page.mouse.move(m.x + m.width / 2, m.y + m.height / 2);
  await page.mouse.down();
  await page.mouse.move(m.x + m.width / 2 + 30, m.y + m.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect.poll(viewport).not.toBe(start);
});

test('a long journey: the view draws the cards and lines it reaches as it moves, and Zoom to fit shows the whole board, first stage to last', async ({ page }) => {
  // 300 touchpoints in 25 stages. Past 400 nodes React Flow holds only the part near the view (in
  // the marketing lens too, which leaves out the systems and their lines across the board).
  const file = generatedProjectFile(300);
  await page.goto('/');
  await page.getByRole('button', { name: 'Close inspector' }).click();
  await openFile(page, file);
  await expect(page.getByRole('contentinfo', { name: 'Status' })).toContainText('25 stages · 300 touchpoints');
  await page.getByRole('radiogroup', { name: 'Lens' }).getByRole('radio', { name: 'Marketing' }).click();
  const canvas = page.getByRole('application', { name: 'Journey canvas' });
  const stage = (n: number) => canvas.getByRole('group', { name: `Stage: Stage ${n}`, exact: true });
  // Too long to read fitted: it opens at its beginning.
  await expect(stage(1)).toBeVisible();
  await expect(stage(25)).toHaveCount(0);

  // A card added to the last stage, far out of view, is scrolled into view to be named; the far end
  // is drawn there, cards and lines.
  await page.getByRole('toolbar', { name: 'Main toolbar' }).getByRole('button', { name: 'Add touchpoint' }).click();
  await expect(page.getByRole('textbox', { name: 'Touchpoint name' })).toBeFocused();
  await page.keyboard.type('Farewell survey');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(touchpoint(page, 'Farewell survey')).toBeVisible();
  await expect(stage(25)).toBeVisible();
  await expect(touchpoint(page, 'Touchpoint 300')).toBeVisible();
  await expect(canvas.getByRole('group', { name: 'Flow from Touchpoint 299 to Touchpoint 300' })).toHaveCount(1);
  await expect(stage(1)).toHaveCount(0);
  await page.getByRole('toolbar', { name: 'Main toolbar' }).getByRole('button', { name: 'Undo' }).click();
  await expect(touchpoint(page, 'Farewell survey')).toHaveCount(0);

  // The zoom controls' fit, like the toolbar's, fits the whole board, not only the part drawn.
  await page.getByLabel('Zoom controls').getByRole('button', { name: 'Zoom to fit' }).click();
  for (const n of [1, 13, 25]) await expect(stage(n)).toBeVisible();
});

test('a long journey zoomed far out: its cards are blocks that can still be picked, dragged to another stage, box-selected, added to with Ctrl, renamed and given a system', async ({ page }) => {
  const file = generatedProjectFile(300);
  await page.goto('/');
  await openFile(page, file);
  await expect(page.getByRole('contentinfo', { name: 'Status' })).toContainText('25 stages · 300 touchpoints');
  const canvas = page.getByRole('application', { name: 'Journey canvas' });
  const card = (n: number) => canvas.getByRole('group', { name: `Touchpoint: Touchpoint ${n}`, exact: true });
  const zoom = async () => Number(/scale\(([\d.]+)\)/.exec((await canvas.locator('.react-flow__viewport').getAttribute('style')) ?? '')?.[1]);
  while ((await zoom()) >= 0.2) {
    const before = await zoom();
    await page.getByRole('button', { name: 'Zoom Out' }).click();
    await expect.poll(zoom).toBeLessThan(before);
  }
  // Plain blocks, each still named, and the flows between them drawn.
  const first = card(1);
  await expect(first.locator('.card-sketch')).toBeVisible();
  await expect(first.locator('.card-sketch-title')).toHaveCount(0);
  await expect(canvas.getByLabel('Flow from Touchpoint 1 to Touchpoint 2', { exact: true })).toHaveCount(1);

  // Pick a card: the inspector shows it.
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await first.click();
  await expect(inspector.getByLabel('Title')).toHaveValue('Touchpoint 1');
  await expect(inspector).toContainText('In Stage 1');
  await expect(canvas.getByLabel('Flow from Touchpoint 1 to Touchpoint 2', { exact: true })).toHaveCount(1);

  // Drag another card, unselected until pressed, into the next stage; undo puts it back.
  const from = (await card(3).boundingBox())!;
  const heading = canvas.getByRole('heading', { name: 'Stage 2', exact: true });
  const target = (await heading.boundingBox())!;
  const drop = { x: target.x + target.width / 2, y: from.y + from.height / 2 };
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(drop.x, drop.y, { steps: 8 });
  // The card follows the pointer; the board stays where it was.
  const moving = (await card(3).boundingBox())!;
  expect(Math.abs(moving.x + moving.width / 2 - drop.x)).toBeLessThan(2);
  expect(await heading.boundingBox()).toEqual(target);
  await page.mouse.up();
  await expect(inspector.getByLabel('Title')).toHaveValue('Touchpoint 3');
  await expect(inspector).toContainText('In Stage 2');
  await page.getByRole('toolbar', { name: 'Main toolbar' }).getByRole('button', { name: 'Undo' }).click();
  await expect(inspector).toContainText('In Stage 1');

  // Shift-drag a box around the first two cards of stage 2 (the pane's own selection box).
  const a = (await card(13).boundingBox())!;
  const b = (await card(14).boundingBox())!;
  const [left, top] = [Math.min(a.x, b.x) - 3, Math.min(a.y, b.y) - 3];
  const [right, bottom] = [Math.max(a.x + a.width, b.x + b.width) + 3, Math.max(a.y + a.height, b.y + b.height) + 3];
  await page.keyboard.down('Shift');
  await page.mouse.move(left, top);
  await page.mouse.down();
  await page.mouse.move(right, bottom, { steps: 6 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect(page.getByRole('contentinfo', { name: 'Status' })).toContainText('2 selected');
  await expect(inspector).toContainText('2 items selected');
  // Ctrl-click adds one more.
  await card(15).click({ modifiers: ['Control'] });
  await expect(page.getByRole('contentinfo', { name: 'Status' })).toContainText('3 selected');

  // Double-click a block to rename its card.
  await card(9).dblclick();
  await expect(page.getByRole('textbox', { name: 'Touchpoint name' })).toBeFocused();
  await page.keyboard.press('Escape');

  // A system dragged from the catalog onto a card block attaches to that card.
  await page.getByRole('toolbar', { name: 'Panels' }).getByRole('button', { name: 'Systems catalog' }).click();
  const catalog = page.getByRole('complementary', { name: 'Systems catalog' });
  await catalog.getByRole('button', { name: 'System: System 2', exact: true }).dragTo(card(7));
  await expect(inspector.getByRole('heading', { name: 'Data link' })).toBeVisible();
  await expect(inspector).toContainText('Touchpoint 7');
});
