import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSystem } from '../../../../shared/domain/defaults.ts';
import type { System } from '../../../../shared/domain/model.ts';
import { ProjectSchema } from '../../../../shared/domain/schema.ts';
import { IMPORT_LIMITS, describeChanges, planSystemImport } from '../../../../shared/import/systemsCsv.ts';
import { emptyProject } from '../../../helpers/builders.ts';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/csv/${name}`, import.meta.url), 'utf8');
function ids() {
  let n = 0;
  return () => `sys_new${n++}`;
}
const plan = (text: string, existing: System[] = []) => planSystemImport(text, existing, ids());

describe('planSystemImport', () => {
  it('imports the good rows of an inventory and reports the bad one with its line and column', () => {
    const result = plan(fixture('inventory-with-bad-row.csv'));
    expect(result.add.map((s) => s.name)).toEqual(['Loyalty platform', 'Web shop', 'Consent manager', 'Customer data platform']);
    expect(result.update).toEqual([]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.line).toBe(4);
    expect(result.errors[0]!.message).toMatch(/Legacy POS.*"Hosting".*"Mainframe"/);
    expect(result.unknownColumns).toEqual([]);
    const [loyalty, shop, consent, cdp] = result.add;
    expect(loyalty).toEqual({
      id: 'sys_new0', name: 'Loyalty platform', kind: 'loyalty', vendor: 'Antavo', businessOwner: 'Marketing CRM team',
      technicalOwner: 'Integration team', hosting: 'saas', lifecycle: 'active', criticality: 'high', systemOfRecord: true,
      link: 'https://loyalty.example.com', notes: 'Points, tiers and rewards',
    });
    expect(shop).toMatchObject({ kind: 'ecommerce', hosting: 'cloud', criticality: 'mission-critical', systemOfRecord: false, notes: '' });
    expect(consent).toMatchObject({ kind: 'identity-consent', lifecycle: 'phase-in', criticality: 'medium', systemOfRecord: false });
    expect(cdp).toMatchObject({ kind: 'cdp', lifecycle: 'plan', systemOfRecord: true, notes: 'Unifies profiles:\r\nweb, app and store' });
    // Every new system is valid in a saved project.
    expect(ProjectSchema.safeParse({ ...emptyProject(), systems: result.add }).success).toBe(true);
  });

  it('reads semicolon-separated files with a BOM and friendly column names', () => {
    const result = plan(fixture('semicolon-excel.csv'));
    expect(result.errors).toEqual([]);
    expect(result.add.map((s) => [s.name, s.kind, s.vendor, s.lifecycle, s.systemOfRecord])).toEqual([
      ['CRM', 'crm', 'Salesforce', 'active', true],
      ['Data; warehouse', 'data-warehouse', 'Snowflake', 'active', false],
    ]);
  });

  it('updates existing systems by name with only the non-empty cells that differ', () => {
    const crm = { ...createSystem('sys_crm', 'CRM'), vendor: 'Salesforce' };
    const shop = createSystem('sys_shop', 'Shop');
    const result = plan(fixture('update-existing.csv'), [crm, shop]);
    expect(result.update).toEqual([]);
    expect(result.add.map((s) => s.name)).toEqual(['Analytics']);
    expect(result.unchanged).toEqual(['CRM', 'Shop']);
    expect(result.unknownColumns).toEqual(['Cost centre']);

    const changed = plan('Name,Vendor,Hosting,Notes\ncrm,Salesforce,On-prem,\n', [crm]);
    expect(changed.update).toEqual([{ systemId: 'sys_crm', name: 'CRM', changes: { hosting: 'on-premises' } }]);
    expect(describeChanges(changed.update[0]!.changes)).toBe('Hosting');
    expect(changed.add).toEqual([]);
  });

  it('matches column names and aliases case-insensitively', () => {
    const header = 'NAME,business_owner,technicalOwner,SoR,URL,Business criticality,Category,lifecycle ,Vendor,notes';
    const result = plan(`${header}\nA,Ana,Ben,Y,http://a.example,LOW,marketing automation,END-OF-LIFE,V,N\n`);
    expect(result.errors).toEqual([]);
    expect(result.add[0]).toMatchObject({
      businessOwner: 'Ana', technicalOwner: 'Ben', systemOfRecord: true, link: 'http://a.example', criticality: 'low',
      kind: 'marketing-automation', lifecycle: 'end-of-life', vendor: 'V', notes: 'N',
    });
    expect(plan('name,type\nA,Support/ticketing\n').add[0]!.kind).toBe('support');
    expect(plan('name,reference link\nA,x\n').add[0]!.link).toBe('x');
  });

  it('skips bad rows with a message naming the line and the column; good rows still import', () => {
    const long = 'x'.repeat(301);
    const text = [
      'name,kind,system of record',
      ',crm,yes', // line 2: empty name
      'A,spaceship,no', // 3: unknown kind
      'B,crm,maybe', // 4: bad boolean
      `${long},crm,no`, // 5: too long
      'C,crm,no', // 6: good
      ' c ,crm,yes', // 7: duplicate of C
      ',,', // 8: blank row, skipped silently
    ].join('\n');
    const result = plan(text);
    expect(result.add.map((s) => s.name)).toEqual(['C']);
    expect(result.errors.map((e) => e.line)).toEqual([2, 3, 4, 5, 7]);
    const [empty, kind, bool, tooLong, dup] = result.errors.map((e) => e.message);
    expect(empty).toMatch(/name is empty.*column "name"/);
    expect(kind).toMatch(/column "kind".*"spaceship".*CRM/);
    expect(bool).toMatch(/column "system of record".*"maybe".*yes or no/);
    expect(tooLong).toMatch(/longer than 300/);
    expect(dup).toMatch(/"c".*line 6/);
  });

  it('needs a header with a name column', () => {
    expect(plan(fixture('no-name-column.csv')).errors).toEqual([{ line: 1, message: expect.stringMatching(/"name" column/) }]);
    expect(plan('').errors[0]!.message).toMatch(/empty/);
    expect(plan('name,vendor,supplier\nA,B,C').errors[0]!.message).toMatch(/"vendor" and "supplier"/);
  });

  it('reports an unterminated quote and imports nothing', () => {
    const result = plan(fixture('unterminated-quote.csv'));
    expect(result.add).toEqual([]);
    expect(result.errors).toEqual([{ line: 3, message: expect.stringMatching(/never closed/) }]);
  });

  it('caps the number of rows and the file size', () => {
    const many = ['name', ...Array.from({ length: IMPORT_LIMITS.rows + 1 }, (_, i) => `S${i}`)].join('\n');
    const tooMany = plan(many);
    expect(tooMany.add).toEqual([]);
    expect(tooMany.errors[0]!.message).toMatch(/5,001 rows.*at most 5,000/);
    expect(plan(['name', ...Array.from({ length: IMPORT_LIMITS.rows }, (_, i) => `S${i}`)].join('\n')).add).toHaveLength(IMPORT_LIMITS.rows);

    const big = `name,notes\nA,"${'é'.repeat(IMPORT_LIMITS.bytes / 2)}"\n`;
    const tooBig = plan(big);
    expect(tooBig.add).toEqual([]);
    expect(tooBig.errors[0]!.message).toMatch(/larger than 2 MB/);
  });

  it('gives each new system a fresh id from makeId', () => {
    const result = planSystemImport('name\nA\nB\n', [], ids());
    expect(result.add.map((s) => s.id)).toEqual(['sys_new0', 'sys_new1']);
  });
});
