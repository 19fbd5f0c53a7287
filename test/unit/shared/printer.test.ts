// @vitest-environment node
/**
 * The printer writes exactly the bytes of `serializeParsedProject`, whether
 * it prints the project whole or from remembered items, and after a small
 * change it prints only the changed items.
 */
import { describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/domain/model.ts';
import { ProjectPrinter } from '../../../shared/file/printer.ts';
import { recheckProject } from '../../../shared/file/recheck.ts';
import { serializeParsedProject } from '../../../shared/file/save.ts';
import { EXPORT_FILES, loadFixture } from './export/projects.ts';

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);

/** A printer that counts what it encodes beyond the small pieces between items. */
function countingPrinter() {
  const encoded: string[] = [];
  const printer = new ProjectPrinter((text) => {
    if (text.length > 40) encoded.push(text);
    return new TextEncoder().encode(text);
  });
  return { printer, encoded };
}

/** The next version of a project, as a save after moving one card delivers it. */
function withMovedCard(previous: Project): Project {
  const sent = structuredClone(previous);
  sent.journeys[0]!.touchpoints[1]!.position = { x: 777, y: 33 };
  return recheckProject(sent, previous)!;
}

describe('ProjectPrinter', () => {
  it.each(EXPORT_FILES)('prints %s exactly as the plain serialiser, cold and from memory', (path) => {
    const project = loadFixture(path);
    const { printer } = countingPrinter();
    const expected = serializeParsedProject(project, '9.9.9');
    expect(decode(printer.print(project, '9.9.9'))).toBe(expected);
    printer.remember(project);
    expect(decode(printer.print(project, '9.9.9'))).toBe(expected);
    const next = withMovedCard(project);
    expect(decode(printer.print(next, '9.9.9'))).toBe(serializeParsedProject(next, '9.9.9'));
  });

  it('after remembering a project, prints only the items that changed', () => {
    const project = loadFixture('assets/samples/coffee-loyalty.touchline');
    const { printer, encoded } = countingPrinter();
    printer.remember(project);
    encoded.length = 0;
    const next = withMovedCard(project);
    printer.print(next);
    // Besides the project's and the journey's own fields (the workshop settings among them), one card.
    const items = encoded.filter((text) => text.includes('"id": '));
    expect(items).toHaveLength(1);
    expect(items[0]).toContain('"x": 777');
  });

  it('prints a project it mostly does not know whole, and learns nothing from that', () => {
    const project = loadFixture('assets/samples/coffee-loyalty.touchline');
    const { printer, encoded } = countingPrinter();
    printer.print(project);
    expect(encoded).toEqual([serializeParsedProject(project)]);
    encoded.length = 0;
    printer.print(project);
    expect(encoded).toHaveLength(1);
  });

  it('learns a project a few items at a time when asked, and then prints only what changed', () => {
    const project = loadFixture('assets/samples/coffee-loyalty.touchline');
    const { printer, encoded } = countingPrinter();
    const steps = printer.rememberInSteps(project, 10);
    steps.next();
    const afterOneStep = encoded.length;
    expect(afterOneStep).toBeLessThanOrEqual(10);
    expect([...steps].length).toBeGreaterThan(5);
    expect(encoded.length).toBeGreaterThan(afterOneStep);
    encoded.length = 0;
    printer.print(withMovedCard(project));
    expect(encoded.filter((text) => text.includes('"id": '))).toHaveLength(1);
  });

  it('keeps empty lists, unicode and escapes as JSON.stringify does', () => {
    const project = loadFixture('test/fixtures/golden/hostile.touchline');
    const odd = structuredClone(project);
    odd.journeys[0]!.votes = [];
    odd.name = 'Line\nbreak "quoted" \u2028 é 🎉';
    const printer = new ProjectPrinter((text) => new TextEncoder().encode(text));
    printer.remember(project);
    printer.remember(odd);
    expect(decode(printer.print(odd))).toBe(serializeParsedProject(odd));
  });
});
