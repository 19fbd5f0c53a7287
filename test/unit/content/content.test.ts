import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { projectStats, type ProjectStats } from '../../../shared/analysis/stats.ts';
import type { Project } from '../../../shared/domain/model.ts';
import { loadProjectText } from '../../../shared/file/load.ts';
import { serializeProject } from '../../../shared/file/save.ts';
import { CONTENT } from '../../../scripts/content/index.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const filesIn = (dir: string) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.touchline')).map((f) => `${dir}/${f}`).sort();
const ON_DISK = [...filesIn('assets/samples'), ...filesIn('assets/templates')];

function loadFile(path: string): Project {
  const result = loadProjectText(readFileSync(join(ROOT, path), 'utf8'));
  if (!result.ok) throw new Error(`${path}: ${result.error.message}\n${result.error.problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`);
  return result.project;
}

type Minimum = Partial<ProjectStats>;
const TEMPLATE_MIN: Minimum = { stages: 5, touchpoints: 12, frictions: 4, opportunities: 2, personas: 2, systems: 6, dataLinks: 10 };
const SAMPLE_MIN: Minimum = { stages: 5, touchpoints: 14, frictions: 5, opportunities: 3, personas: 2, systems: 7, dataLinks: 12, connections: 1, votes: 1, annotations: 6 };

describe('content files', () => {
  it('has a builder for every committed file and a file for every builder', () => {
    expect(CONTENT.map((c) => c.path).sort()).toEqual(ON_DISK);
    expect(ON_DISK).toEqual([
      'assets/samples/coffee-loyalty.touchline',
      'assets/templates/b2b-saas-onboarding.touchline',
      'assets/templates/b2c-ecommerce-purchase.touchline',
      'assets/templates/coffee-loyalty.touchline',
    ]);
  });

  it.each(ON_DISK)('%s loads and has the promised amount of content', (path) => {
    const project = loadFile(path);
    const stats = projectStats(project);
    const min = path.startsWith('assets/samples/') ? SAMPLE_MIN : TEMPLATE_MIN;
    for (const [key, value] of Object.entries(min)) expect(stats[key as keyof ProjectStats], key).toBeGreaterThanOrEqual(value);
    const journey = project.journeys[0]!;
    // Every persona has emotion scores somewhere.
    for (const persona of project.personas) expect(journey.touchpoints.some((t) => t.emotions.some((e) => e.personaId === persona.id))).toBe(true);
    // Gaps for the analysis: a touchpoint with no data link, a system no touchpoint uses, stale data where real time is needed.
    const linked = new Set(journey.dataLinks.map((d) => d.touchpointId));
    const used = new Set(journey.dataLinks.map((d) => d.systemId));
    const realTime = new Set(journey.touchpoints.filter((t) => t.needsRealTime).map((t) => t.id));
    expect(journey.touchpoints.some((t) => !linked.has(t.id))).toBe(true);
    expect(project.systems.some((s) => !used.has(s.id))).toBe(true);
    expect(journey.dataLinks.some((d) => realTime.has(d.touchpointId) && d.freshness === 'daily')).toBe(true);
    expect(journey.dataLinks.some((d) => d.integration === 'manual' || d.integration === 'none')).toBe(true);
    expect(project.systems.some((s) => s.lifecycle === 'phase-out' || s.lifecycle === 'end-of-life')).toBe(true);
    expect(journey.systemPlacements.map((p) => p.systemId).sort()).toEqual(project.systems.map((s) => s.id).sort());
  });

  it('lays cards out tidily: stacked in their cells with padding, never overlapping', () => {
    for (const path of ON_DISK) {
      const { touchpoints } = loadFile(path).journeys[0]!;
      const cells = new Map<string, typeof touchpoints>();
      for (const t of touchpoints) cells.set(`${t.stageId}/${t.laneId}`, [...(cells.get(`${t.stageId}/${t.laneId}`) ?? []), t]);
      for (const cards of cells.values()) {
        expect(cards.map((t) => t.position)).toEqual(cards.map((_, i) => ({ x: 16, y: 16 + i * 120 })));
      }
    }
  });

  it('the sample carries the marketing ↔ IT conversation and a voting round', () => {
    const project = loadFile('assets/samples/coffee-loyalty.touchline');
    const journey = project.journeys[0]!;
    expect(journey.threads.length).toBeGreaterThanOrEqual(3);
    expect(journey.threads.some((t) => t.resolved)).toBe(true);
    const roles = new Set(journey.threads.flatMap((t) => t.notes.map((n) => n.role)));
    expect(roles).toEqual(new Set(['marketing', 'it']));
    for (const status of ['agreed', 'disputed', 'needs-data']) expect(journey.alignment.some((a) => a.status === status)).toBe(true);
    expect(project.workshop.votesPerParticipant).toBe(5);
    for (const participant of project.workshop.participants) {
      const spent = journey.votes.filter((v) => v.participant === participant).reduce((n, v) => n + v.count, 0);
      expect(spent).toBeLessThanOrEqual(5);
    }
    expect(journey.frictions.some((f) => f.causedBySystemIds.length > 0)).toBe(true);
    expect(journey.connections.some((c) => c.label !== '')).toBe(true);
  });

  it('the B2B SaaS onboarding template is a service blueprint with cards below the line of visibility', () => {
    const journey = loadFile('assets/templates/b2b-saas-onboarding.touchline').journeys[0]!;
    expect(journey.kind).toBe('service-blueprint');
    const roleOf = new Map(journey.lanes.map((l) => [l.id, l.role]));
    const roles = new Set(journey.touchpoints.map((t) => roleOf.get(t.laneId)));
    for (const role of ['frontstage', 'backstage', 'support-processes']) expect(roles.has(role as never)).toBe(true);
  });

  it.each(CONTENT.map((c) => [c.path, c.build] as const))('regenerating %s gives the committed file byte for byte', (path, build) => {
    expect(serializeProject(build())).toBe(readFileSync(join(ROOT, path), 'utf8'));
  });
});
