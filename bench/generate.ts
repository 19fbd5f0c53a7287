/**
 * Generate a large, realistic-looking project for benchmarks and load tests:
 * `touchpoints` cards spread over stages (about 12 per stage), with one
 * friction point per 4 cards, one system per 10 cards (at least 6), and one
 * data link per 2 cards. Deterministic: the same size gives the same file.
 *
 *   npx tsx bench/generate.ts 1000 /tmp/big.touchline
 */
import { writeFileSync } from 'node:fs';
import { runCommand, type CommandCall } from '../shared/commands/registry.ts';
import { createProject, createSystem } from '../shared/domain/defaults.ts';
import { BOARD } from '../shared/domain/layout.ts';
import type { Project } from '../shared/domain/model.ts';
import { CHANNELS, SEVERITIES, SYSTEM_KINDS } from '../shared/domain/vocab.ts';
import { serializeProject } from '../shared/file/save.ts';

const PER_STAGE = 12;
const COLUMNS = 2;

export function generateProject(touchpoints: number): Project {
  let project = createProject({ id: 'prj_bench', name: `Benchmark ${touchpoints}`, now: '2026-01-01T00:00:00.000Z' });
  const journey = project.journeys[0]!;
  const j = journey.id;
  const lane = journey.lanes.find((l) => l.role === 'touchpoints')!.id;
  const systems = Math.max(6, Math.round(touchpoints / 10));
  project = {
    ...project,
    personas: [{ id: 'per_bench', name: 'Benchmark persona', role: '', goals: '', quote: '', color: '#e11d48' }],
    systems: Array.from({ length: systems }, (_, i) => ({ ...createSystem(`sys_${i}`, `System ${i + 1}`), kind: SYSTEM_KINDS.values[i % SYSTEM_KINDS.values.length]! })),
  };
  const calls: CommandCall[] = [];
  const stages = Math.ceil(touchpoints / PER_STAGE);
  for (let s = 0; s < stages; s++) calls.push({ name: 'addStage', payload: { journeyId: j, stageId: `stg_${s}`, name: `Stage ${s + 1}` } });
  for (let t = 0; t < touchpoints; t++) {
    const slot = t % PER_STAGE;
    const position = { x: BOARD.padding + (slot % COLUMNS) * (BOARD.cardWidth + BOARD.padding), y: BOARD.padding + Math.floor(slot / COLUMNS) * (BOARD.cardHeight + BOARD.padding) };
    calls.push({
      name: 'addTouchpoint',
      payload: {
        journeyId: j, touchpointId: `tp_${t}`, stageId: `stg_${Math.floor(t / PER_STAGE)}`, laneId: lane, title: `Touchpoint ${t + 1}`, position,
        fields: { channel: CHANNELS.values[t % CHANNELS.values.length]!, customerAction: `Customer does step ${t + 1}`, emotions: [{ personaId: 'per_bench', current: (t % 5) - 2, target: null }] },
      },
    });
    if (t > 0 && t % 3 !== 0) calls.push({ name: 'addConnection', payload: { journeyId: j, connectionId: `con_${t}`, from: `tp_${t - 1}`, to: `tp_${t}` } });
    if (t % 4 === 0) calls.push({ name: 'addFriction', payload: { journeyId: j, frictionId: `fr_${t}`, touchpointId: `tp_${t}`, title: `Friction at ${t + 1}`, fields: { severity: SEVERITIES.values[t % 4]! } } });
  }
  project = calls.reduce(runCommand, project);
  const dataLinks = Array.from({ length: Math.floor(touchpoints / 2) }, (_, i) => ({
    id: `dl_${i}`, touchpointId: `tp_${i * 2}`, systemId: `sys_${i % systems}`, dataObjects: ['Customer profile'],
    direction: 'reads' as const, personalData: i % 3 === 0, personalDataCategories: i % 3 === 0 ? ['contact' as const] : [],
    integration: (['none', 'manual', 'file-batch', 'api-batch', 'real-time'] as const)[i % 5]!, freshness: 'daily' as const, evidence: 'assumed' as const,
  }));
  return { ...project, journeys: [{ ...project.journeys[0]!, dataLinks }] };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const size = Number(process.argv[2] ?? 300);
  const out = process.argv[3] ?? `/tmp/touchline-${size}.touchline`;
  writeFileSync(out, serializeProject(generateProject(size)));
  console.log(`Wrote ${size} touchpoints to ${out}`);
}
