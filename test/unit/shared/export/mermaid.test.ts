// @vitest-environment happy-dom
/**
 * Every Mermaid export is parsed by the real `mermaid` package (its full
 * bundle runs under happy-dom), and the parsed diagram — sections, tasks,
 * scores, actors — is compared with the project.
 */
import mermaid from 'mermaid';
import { describe, expect, it } from 'vitest';
import type { Project } from '../../../../shared/domain/model.ts';
import { readingOrder } from '../../../../shared/export/common.ts';
import { cleanActor, cleanName, cleanTask, mermaidJourney, toScore } from '../../../../shared/export/mermaid.ts';
import { EXPORT_FILES, loadFixture } from './projects.ts';

const FILES = EXPORT_FILES;

interface ParsedTask { task: string; score: number; people: string[]; section: string }

/** Parse with the real mermaid package and read the journey database back. */
async function parse(text: string) {
  await mermaid.parse(text); // throws on any syntax error
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  expect(diagram.type).toBe('journey');
  const db = diagram.db as unknown as { getTasks(): ParsedTask[]; getSections(): string[]; getDiagramTitle(): string };
  return { title: db.getDiagramTitle(), sections: db.getSections(), tasks: db.getTasks().map((t) => ({ ...t, task: t.task.trim(), people: t.people.map((p) => p.trim()) })) };
}

const exportOf = (project: Project, options = {}) => {
  const r = mermaidJourney(project, options);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe.each(FILES)('Mermaid export of %s', (file) => {
  const project = loadFixture(file);
  it.each(project.personas.map((p) => p.id))('parses with mermaid and keeps every stage, touchpoint and score (persona %s)', async (personaId) => {
    const journey = project.journeys[0]!;
    const parsed = await parse(exportOf(project, { personaId }));
    expect(parsed.title).toBe(cleanName(journey.name, ''));
    expect(parsed.sections).toEqual(journey.stages.map((s) => cleanName(s.name, '(untitled stage)')));
    const expected = journey.stages.flatMap((s) => readingOrder(journey).filter((t) => t.stageId === s.id).map((t) => ({
      section: cleanName(s.name, '(untitled stage)'),
      task: cleanTask(t.title),
      score: toScore(t.emotions.find((e) => e.personaId === personaId)?.current),
      first: cleanActor(project.personas.find((p) => p.id === personaId)!.name),
    })));
    expect(parsed.tasks.map((t) => ({ section: t.section, task: t.task, score: t.score, first: t.people[0] }))).toEqual(expected);
    for (const t of parsed.tasks) for (const person of t.people) expect(project.personas.map((p) => cleanActor(p.name))).toContain(person);
  });
});

describe('scores and actors', () => {
  const project = loadFixture('assets/samples/coffee-loyalty.touchline');
  it('maps −2…+2 to 1…5 and an unscored touchpoint to 3', () => {
    expect([-2, -1, 0, 1, 2, undefined].map(toScore)).toEqual([1, 2, 3, 4, 5, 3]);
  });
  it('defaults to the first persona and rejects unknown ids', () => {
    expect(exportOf(project)).toBe(exportOf(project, { personaId: project.personas[0]!.id }));
    expect(mermaidJourney(project, { personaId: 'per_nobody' })).toMatchObject({ ok: false, error: expect.stringContaining('per_nobody') });
    expect(mermaidJourney(project, { journeyId: 'jny_nope' })).toMatchObject({ ok: false, error: expect.stringContaining('jny_nope') });
  });
  it('keeps a stage without touchpoints as an empty section', async () => {
    const p = structuredClone(project);
    const j = p.journeys[0]!;
    const emptied = j.stages[1]!.id;
    j.touchpoints = j.touchpoints.filter((t) => t.stageId !== emptied);
    const parsed = await parse(exportOf(p));
    expect(parsed.sections).toHaveLength(j.stages.length);
    expect(parsed.tasks.some((t) => t.section === cleanName(j.stages[1]!.name, ''))).toBe(false);
  });
  it('works without personas: every task scores 3 for a generic actor', async () => {
    const parsed = await parse(exportOf({ ...project, personas: [] }));
    expect(parsed.tasks.length).toBe(project.journeys[0]!.touchpoints.length);
    expect(parsed.tasks.every((t) => t.score === 3 && t.people.join() === 'Customer')).toBe(true);
  });
});

describe('hostile names', () => {
  const project = loadFixture('test/fixtures/golden/hostile.touchline');
  const names = [
    'a: b', 'a # b', 'a ; b', 'a, b', '%% comment', '%%{init: {"theme":"dark"}}%%', 'x%%y', 'section 2', 'Section 2', 'title x', 'TITLE x', 'journey',
    'accTitle: x', 'accDescr { y }', '<b>bold</b>', '<img src=x onerror=alert(1)>', 'two\nlines', 'cr\rhere', 'tab\there', '', '   ',
    '=HYPERLINK("x")', '+1', '-2', '@SUM', 'Emoji ☕🚀 👩🏽‍💻', 'שלום עולם', '"quoted"', '}%%', 'a\\b', '&amp;', '&#35;',
  ];
  it.each(names)('%j survives as a task, an actor, a section and a title', async (name) => {
    const journey = project.journeys[0]!;
    const p: Project = structuredClone(project);
    const j = p.journeys[0]!;
    j.name = name;
    j.stages[0]!.name = name;
    const first = readingOrder(journey)[0]!;
    j.touchpoints.find((t) => t.id === first.id)!.title = name;
    p.personas[0]!.name = name;
    const parsed = await parse(exportOf(p));
    expect(parsed.title).toBe(cleanName(name, cleanName(p.name, 'Journey')));
    expect(parsed.sections[0]).toBe(cleanName(name, '(untitled stage)'));
    expect(parsed.sections).toHaveLength(journey.stages.length);
    expect(parsed.tasks).toHaveLength(journey.touchpoints.length);
    expect(parsed.tasks[0]!.task).toBe(cleanTask(name));
    expect(parsed.tasks[0]!.people[0]).toBe(cleanActor(name));
    expect(parsed.tasks.every((t) => t.score >= 1 && t.score <= 5)).toBe(true);
  });
});
