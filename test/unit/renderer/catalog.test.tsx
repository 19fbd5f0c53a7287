// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { act, cleanup, createEvent, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSystem } from '../../../shared/domain/defaults.ts';
import type { Project, System } from '../../../shared/domain/model.ts';
import { CatalogPanel } from '../../../renderer/features/catalog/CatalogPanel.tsx';
import { Notices, QuestionDialog } from '../../../renderer/features/Dialogs.tsx';
import { createAppStore, StoreContext } from '../../../renderer/state/store.ts';
import { describeUsage } from '../../../renderer/features/catalog/usage.ts';
import { emptyProject, richProject } from '../../helpers/builders.ts';

afterEach(() => { cleanup(); vi.restoreAllMocks(); });

const sys = (id: string, name: string, fields: Partial<System> = {}): System => ({ ...createSystem(id, name), ...fields });

function catalogProject(): Project {
  return {
    ...emptyProject(),
    systems: [
      sys('sys_crm', 'CRM', { kind: 'crm', vendor: 'Salesforce', businessOwner: 'Ana' }),
      sys('sys_loy', 'Loyalty platform', { kind: 'loyalty', vendor: 'Antavo', notes: 'points and tiers' }),
      sys('sys_pos', 'Legacy POS', { kind: 'pos', vendor: 'NCR', lifecycle: 'end-of-life' }),
    ],
  };
}

function setup(project: Project) {
  const store = createAppStore(project);
  render(
    <StoreContext.Provider value={store}>
      <CatalogPanel />
      <QuestionDialog />
      <Notices />
    </StoreContext.Provider>,
  );
  return store;
}

const rowNames = () => within(screen.getByRole('list', { name: 'Systems' })).queryAllByRole('button').map((b) => b.getAttribute('aria-label'));
const names = (project: Project) => project.systems.map((s) => s.name);

async function upload(fileName: string, text: string) {
  const input = screen.getByLabelText('CSV file with systems') as HTMLInputElement;
  expect(input.type).toBe('file');
  expect(input.accept).toBe('.csv,text/csv');
  const file = new File([text], fileName, { type: 'text/csv' });
  await act(async () => { fireEvent.change(input, { target: { files: [file] } }); });
  return screen.findByRole('dialog', { name: 'Import systems' });
}
const inventory = () => readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/csv/inventory-with-bad-row.csv'), 'utf8');

describe('systems catalog panel', () => {
  it('lists systems and filters them by search text and kind', () => {
    setup(catalogProject());
    expect(screen.getByRole('complementary', { name: 'Systems catalog' })).toBeTruthy();
    expect(rowNames()).toEqual(['System: CRM', 'System: Loyalty platform', 'System: Legacy POS']);
    expect(screen.getByRole('button', { name: 'System: Legacy POS' }).closest('li')!.className).toContain('is-retiring');

    const search = screen.getByLabelText('Search systems');
    fireEvent.change(search, { target: { value: 'antavo' } });
    expect(rowNames()).toEqual(['System: Loyalty platform']);
    fireEvent.change(search, { target: { value: 'TIERS' } });
    expect(rowNames()).toEqual(['System: Loyalty platform']);
    fireEvent.change(search, { target: { value: 'ana' } });
    expect(rowNames()).toEqual(['System: CRM']);
    fireEvent.change(search, { target: { value: 'nothing like it' } });
    expect(screen.getByText(/No systems match/)).toBeTruthy();

    fireEvent.change(search, { target: { value: '' } });
    const filter = screen.getByLabelText('Filter by kind') as HTMLSelectElement;
    expect(filter.options[0]!.textContent).toBe('All kinds');
    fireEvent.change(filter, { target: { value: 'pos' } });
    expect(rowNames()).toEqual(['System: Legacy POS']);
    fireEvent.change(filter, { target: { value: '' } });
    expect(rowNames()).toHaveLength(3);
  });

  it('counts the touchpoints using each system', () => {
    setup(richProject());
    expect(screen.getByRole('button', { name: 'System: CRM' }).textContent).toContain('1 touchpoint');
    expect(screen.getByRole('button', { name: 'System: Shop' }).textContent).toContain('0 touchpoints');
  });

  it('makes each row draggable onto a touchpoint', () => {
    setup(catalogProject());
    const row = screen.getByRole('button', { name: 'System: Loyalty platform' });
    expect(row.getAttribute('draggable')).toBe('true');
    const data: Record<string, string> = {};
    const dataTransfer = { setData: (type: string, value: string) => { data[type] = value; }, effectAllowed: 'all' };
    const event = createEvent.dragStart(row, { dataTransfer });
    fireEvent(row, event);
    expect(data).toEqual({ 'application/x-touchline-system': 'sys_loy', 'text/plain': 'Loyalty platform' });
    expect((event as DragEvent).dataTransfer!.effectAllowed).toBe('link');
  });

  it('adds a system, edits every field, and undo reverts', () => {
    const store = setup(emptyProject());
    expect(screen.getByText(/No systems yet/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add system' }));
    const [added] = store.getState().project.systems;
    expect(added).toMatchObject({ name: 'New system' });
    expect(added!.id).toMatch(/^sys_/);

    const name = screen.getByLabelText('Name') as HTMLInputElement;
    expect(name.value).toBe('New system');
    fireEvent.change(name, { target: { value: 'Loyalty' } });
    fireEvent.change(name, { target: { value: 'Loyalty platform' } });
    fireEvent.blur(name);
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'loyalty' } });
    fireEvent.change(screen.getByLabelText('Vendor'), { target: { value: 'Antavo' } });
    fireEvent.change(screen.getByLabelText('Business owner'), { target: { value: 'Ana' } });
    fireEvent.change(screen.getByLabelText('Technical owner'), { target: { value: 'Ben' } });
    fireEvent.change(screen.getByLabelText('Hosting'), { target: { value: 'cloud' } });
    fireEvent.change(screen.getByLabelText('Lifecycle'), { target: { value: 'phase-out' } });
    fireEvent.change(screen.getByLabelText('Business criticality'), { target: { value: 'high' } });
    fireEvent.click(screen.getByLabelText('System of record'));
    fireEvent.change(screen.getByLabelText('Reference link'), { target: { value: 'javascript:alert(1)' } });
    fireEvent.change(screen.getByLabelText('Notes'), { target: { value: 'Points' } });
    expect(store.getState().project.systems[0]).toEqual({
      id: added!.id, name: 'Loyalty platform', kind: 'loyalty', vendor: 'Antavo', businessOwner: 'Ana', technicalOwner: 'Ben',
      hosting: 'cloud', lifecycle: 'phase-out', criticality: 'high', systemOfRecord: true, link: 'javascript:alert(1)', notes: 'Points',
    });
    // The link is plain text and a non-web link cannot be opened.
    expect(screen.queryByRole('link')).toBeNull();
    expect((screen.getByRole('button', { name: 'Open link…' }) as HTMLButtonElement).disabled).toBe(true);

    // Typing the name is one undo step; undoing everything removes the system.
    const undoSteps = () => { let n = 0; while (store.getState().project.systems.length > 0 && n < 20) { store.getState().undo(); n++; } return n; };
    act(() => { store.getState().undo(); });
    expect(store.getState().project.systems[0]!.notes).toBe('');
    act(() => { undoSteps(); });
    expect(store.getState().project.systems).toEqual([]);
    // The editor of a system that is gone falls back to the list.
    expect(screen.getByRole('button', { name: 'Add system' })).toBeTruthy();
  });

  it('renaming is a single undo step', () => {
    const store = setup(catalogProject());
    fireEvent.click(screen.getByRole('button', { name: 'System: CRM' }));
    const name = screen.getByLabelText('Name');
    fireEvent.change(name, { target: { value: 'CR' } });
    fireEvent.change(name, { target: { value: 'CRM suite' } });
    fireEvent.blur(name);
    expect(names(store.getState().project)[0]).toBe('CRM suite');
    act(() => { store.getState().undo(); });
    expect(names(store.getState().project)[0]).toBe('CRM');
  });

  it('opens a web link only after confirming', async () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    setup({ ...emptyProject(), systems: [sys('sys_a', 'Shop', { link: 'https://shop.example.com/admin' })] });
    fireEvent.click(screen.getByRole('button', { name: 'System: Shop' }));
    fireEvent.click(screen.getByRole('button', { name: 'Open link…' }));
    const question = await screen.findByRole('dialog', { name: 'Open link?' });
    expect(question.textContent).toContain('https://shop.example.com/admin');
    expect(open).not.toHaveBeenCalled();
    fireEvent.click(within(question).getByRole('button', { name: 'Open link' }));
    await waitFor(() => expect(open).toHaveBeenCalledWith('https://shop.example.com/admin', '_blank', 'noopener'));
  });

  it('asks before deleting a used system, naming where it is used', async () => {
    const store = setup(richProject());
    fireEvent.click(screen.getByRole('button', { name: 'System: CRM' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete system' }));
    const question = await screen.findByRole('dialog', { name: 'Delete CRM?' });
    expect(question.textContent).toContain('Touchpoint “Ad”');
    expect(question.textContent).toContain('Friction point “Slow”');
    fireEvent.click(within(question).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(names(store.getState().project)).toEqual(['CRM', 'Shop']);

    fireEvent.click(screen.getByRole('button', { name: 'Delete system' }));
    fireEvent.click(within(await screen.findByRole('dialog', { name: 'Delete CRM?' })).getByRole('button', { name: 'Delete system' }));
    await waitFor(() => expect(names(store.getState().project)).toEqual(['Shop']));
    expect(store.getState().project.journeys[0]!.dataLinks).toEqual([]);
    expect(screen.getByRole('button', { name: 'System: Shop' })).toBeTruthy();
  });

  it('lists at most eight places, then how many more', () => {
    const places = Array.from({ length: 10 }, (_, i) => ({ title: `Step ${i}`, journey: 'J' }));
    const text = describeUsage('CRM', { touchpoints: places, frictions: [] }, false);
    expect(text).toContain('Step 7');
    expect(text).not.toContain('Step 8');
    expect(text).toContain('… and 2 more');
  });

  it('deletes an unused system without asking', () => {
    const store = setup(richProject());
    fireEvent.click(screen.getByRole('button', { name: 'System: Shop' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete system' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(names(store.getState().project)).toEqual(['CRM']);
  });
});

describe('importing systems from CSV', () => {
  const withWebShop = () => ({ ...emptyProject(), systems: [sys('sys_web', 'Web shop', { vendor: 'Magento' })] });

  it('previews adds, updates, problems with line numbers and ignored columns', async () => {
    setup(withWebShop());
    const dialog = await upload('inventory.csv', `${inventory().trimEnd()}\r\nOdd one,crm,,,,,,,,,,extra\r\n`.replace('Notes\r\n', 'Notes,Cost centre\r\n'));
    const text = dialog.textContent!;
    expect(text).toContain('4 systems will be added');
    expect(text).toContain('1 will be updated');
    expect(text).toContain('Web shop: Kind, Vendor, Business owner, Technical owner, Hosting, Business criticality, Reference link');
    expect(text).toContain('1 row has problems');
    expect(text).toMatch(/Line 4: "Legacy POS": column "Hosting": "Mainframe"/);
    expect(text).toContain('Columns ignored (not system fields): Cost centre');
    expect(within(dialog).getAllByRole('listitem').map((li) => li.textContent)).toContain('Consent manager');
  });

  it('Cancel imports nothing', async () => {
    const store = setup(emptyProject());
    const before = store.getState().project;
    const dialog = await upload('inventory-with-bad-row.csv', inventory());
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().project).toBe(before);
  });

  it('imports in one step that one undo removes', async () => {
    const store = setup(withWebShop());
    const dialog = await upload('inventory-with-bad-row.csv', inventory());
    fireEvent.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(names(store.getState().project)).toEqual(['Web shop', 'Loyalty platform', 'Consent manager', 'Customer data platform']);
    expect(store.getState().project.systems[0]!.vendor).toBe('Shopware');
    expect(screen.getByRole('status').textContent).toContain('Imported 3 systems and updated 1');
    expect(rowNames()).toHaveLength(4);

    act(() => { store.getState().undo(); });
    expect(store.getState().project.systems).toEqual([sys('sys_web', 'Web shop', { vendor: 'Magento' })]);
  });

  it('announces the count and disables Import when nothing can be imported', async () => {
    const store = setup(emptyProject());
    let dialog = await upload('inv.csv', inventory());
    fireEvent.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(screen.getByRole('status').textContent).toContain('Imported 4 systems');

    dialog = await upload('broken.csv', 'vendor\nSalesforce\n');
    expect(dialog.textContent).toContain('"name" column');
    expect((within(dialog).getByRole('button', { name: 'Import' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(store.getState().project.systems).toHaveLength(4);
  });
});
