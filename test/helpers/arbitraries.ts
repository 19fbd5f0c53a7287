/**
 * fast-check arbitraries for command sequences. Ids come from small pools per
 * kind (`stg_0`…`stg_4`, `tp_0`…`tp_5`, …) so a command often hits an element
 * that exists and sometimes one that does not. The pools agree with the ids of
 * `richProject()` in builders.ts; threads and notes: annotationArbitraries.ts. */
import fc from 'fast-check';
import type { CommandCall } from '../../shared/commands/registry.ts';
import { runCommand } from '../../shared/commands/registry.ts';
import { PERSONA_COLORS, STAGE_COLORS } from '../../shared/domain/defaults.ts';
import { copyFragment, FRAGMENT_KIND, remapFragment, type Fragment } from '../../shared/domain/fragment.ts';
import { ID_PREFIX, type IdKind } from '../../shared/domain/ids.ts';
import type { Emotion, Position, Project } from '../../shared/domain/model.ts';
import {
  CHANNELS, EVIDENCE, FRICTION_STATUSES, LANE_ROLES, OPPORTUNITY_STATUSES, OWNER_SIDES, PRIORITIES, SEVERITIES,
} from '../../shared/domain/vocab.ts';
import { annotationCommandCalls } from './annotationArbitraries.ts';
import { call, itCommandCalls } from './systemArbitraries.ts';

const pool = (prefix: string, size: number) => Array.from({ length: size }, (_, i) => `${prefix}_${i}`);

export const POOLS = {
  journey: ['jny_1', 'jny_1', 'jny_1', 'jny_1', 'jny_1', 'jny_1', 'jny_missing'],
  stage: pool('stg', 5),
  lane: pool('lan', 8),
  touchpoint: pool('tp', 6),
  connection: pool('con', 4),
  friction: pool('fr', 4),
  opportunity: pool('opp', 3),
  persona: pool('per', 3),
  system: [...pool('sys', 2), 'sys_missing'],
  dataLink: ['dl_0', 'dl_1', 'dl_2', 'dl_missing'],
  thread: ['thr_0', 'thr_1'],
  participant: ['Ana', 'Ben', ' Ana ', 'Cleo', '  '],
} as const;

const pick = (ids: readonly string[]) => fc.constantFrom(...ids);
const journeyId = pick(POOLS.journey);
const stageId = pick(POOLS.stage);
const laneId = pick(POOLS.lane);
const touchpointId = pick(POOLS.touchpoint);
const frictionId = pick(POOLS.friction);
const personaId = pick(POOLS.persona);
const anyElementId = pick([
  ...POOLS.stage, ...POOLS.lane, ...POOLS.touchpoint, ...POOLS.connection, ...POOLS.friction,
  ...POOLS.opportunity, ...POOLS.dataLink, ...POOLS.thread, 'nothing_here',
]);
const ids = (arb: fc.Arbitrary<string>, maxLength = 3) => fc.uniqueArray(arb, { maxLength });

const shortName = fc.string({ maxLength: 12 });
const shortText = fc.string({ maxLength: 24 });
const index = fc.option(fc.integer({ min: -2, max: 8 }), { nil: undefined });
const emotionScore = fc.integer({ min: -2, max: 2 });

/** Coordinates as a drag or nudge may send them: mostly small, sometimes fractional, negative or far away. */
export const coordinate = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: -40, max: 900 }) },
  { weight: 2, arbitrary: fc.double({ min: -500, max: 2000, noNaN: true }) },
  { weight: 1, arbitrary: fc.integer({ min: 900_000, max: 3_000_000 }) },
);
const position: fc.Arbitrary<Position> = fc.record({ x: coordinate, y: coordinate });
/** Positions a caller places a new card at: inside the board's range. */
const placePosition: fc.Arbitrary<Position> = fc.record({ x: fc.integer({ min: 0, max: 2000 }), y: fc.integer({ min: 0, max: 2000 }) });

const emotions: fc.Arbitrary<Emotion[]> = fc.uniqueArray(
  fc.record({ personaId, current: emotionScore, target: fc.option(emotionScore, { nil: null }) }),
  { maxLength: 3, selector: (e) => e.personaId },
);

const touchpointFields = fc.record({
  title: shortName,
  channel: fc.constantFrom(...CHANNELS.values),
  customerAction: shortText,
  description: shortText,
  evidence: fc.constantFrom(...EVIDENCE.values),
  emotions,
  needsRealTime: fc.boolean(),
}, { requiredKeys: [] });

const frictionFields = fc.record({
  title: shortName,
  description: shortText,
  severity: fc.constantFrom(...SEVERITIES.values),
  evidence: fc.constantFrom(...EVIDENCE.values),
  ownerSide: fc.constantFrom(...OWNER_SIDES.values),
  status: fc.constantFrom(...FRICTION_STATUSES.values),
  causedBySystemIds: ids(pick(POOLS.system)),
}, { requiredKeys: [] });

const opportunityFields = fc.record({
  title: shortName,
  description: shortText,
  owner: shortName,
  priority: fc.constantFrom(...PRIORITIES.values),
  status: fc.constantFrom(...OPPORTUNITY_STATUSES.values),
  frictionIds: ids(frictionId),
}, { requiredKeys: [] });

/** Every registered command, with payloads drawn from the id pools. */
export const commandCall: fc.Arbitrary<CommandCall> = fc.oneof(
  call('renameProject', fc.record({ name: shortName })),
  call('renameJourney', fc.record({ journeyId, name: shortName })),
  call('addStage', fc.record({ journeyId, stageId, name: shortName, index })),
  call('updateStage', fc.record({
    journeyId, stageId,
    changes: fc.record({
      name: shortName, color: fc.constantFrom(...STAGE_COLORS), width: fc.integer({ min: 120, max: 1200 }), goal: shortText, kpi: shortText,
    }, { requiredKeys: [] }),
  })),
  call('renameStage', fc.record({ journeyId, stageId, name: shortName })),
  call('moveStage', fc.record({ journeyId, stageId, toIndex: fc.integer({ min: -2, max: 8 }) })),
  call('deleteStages', fc.record({ journeyId, stageIds: ids(stageId, 2) })),
  call('addTouchpoint', fc.record({
    journeyId, touchpointId, stageId, title: shortName,
    laneId: fc.option(laneId, { nil: undefined }),
    position: fc.option(placePosition, { nil: undefined }),
    fields: fc.option(touchpointFields, { nil: undefined }),
  }, { requiredKeys: ['journeyId', 'touchpointId', 'stageId', 'title'] })),
  call('updateTouchpoint', fc.record({ journeyId, touchpointId, changes: touchpointFields })),
  call('renameTouchpoint', fc.record({ journeyId, touchpointId, title: shortName })),
  call('moveTouchpoints', fc.record({
    journeyId,
    placements: fc.array(fc.record({ id: touchpointId, stageId, laneId, position }), { maxLength: 3 }),
    nudge: fc.boolean(),
  })),
  call('deleteTouchpoints', fc.record({ journeyId, touchpointIds: ids(touchpointId) })),
  call('addLane', fc.record({
    journeyId, laneId, role: fc.constantFrom(...LANE_ROLES.values), name: fc.option(shortName, { nil: undefined }), index,
  }, { requiredKeys: ['journeyId', 'laneId', 'role'] })),
  call('updateLane', fc.record({
    journeyId, laneId,
    changes: fc.record({
      name: shortName, role: fc.constantFrom(...LANE_ROLES.values), height: fc.integer({ min: 60, max: 600 }), hidden: fc.boolean(),
    }, { requiredKeys: [] }),
  })),
  call('moveLane', fc.record({ journeyId, laneId, toIndex: fc.integer({ min: -2, max: 10 }) })),
  call('deleteLanes', fc.record({ journeyId, laneIds: ids(laneId, 2) })),
  call('addConnection', fc.record({
    journeyId, connectionId: pick(POOLS.connection), from: touchpointId, to: touchpointId, label: fc.option(shortName, { nil: undefined }),
  }, { requiredKeys: ['journeyId', 'connectionId', 'from', 'to'] })),
  call('updateConnection', fc.record({ journeyId, connectionId: pick(POOLS.connection), changes: fc.record({ label: shortName }, { requiredKeys: [] }) })),
  call('addFriction', fc.record({
    journeyId, frictionId, touchpointId, title: shortName, fields: fc.option(frictionFields, { nil: undefined }),
  }, { requiredKeys: ['journeyId', 'frictionId', 'touchpointId', 'title'] })),
  call('updateFriction', fc.record({
    journeyId, frictionId,
    changes: fc.tuple(frictionFields, fc.option(touchpointId, { nil: undefined }))
      .map(([fields, tp]) => (tp === undefined ? fields : { ...fields, touchpointId: tp })),
  })),
  call('addOpportunity', fc.record({
    journeyId, opportunityId: pick(POOLS.opportunity), title: shortName, fields: fc.option(opportunityFields, { nil: undefined }),
  }, { requiredKeys: ['journeyId', 'opportunityId', 'title'] })),
  call('updateOpportunity', fc.record({ journeyId, opportunityId: pick(POOLS.opportunity), changes: opportunityFields })),
  call('addPersona', fc.record({
    personaId, name: shortName,
    fields: fc.option(fc.record({ role: shortName, goals: shortText, quote: shortText, color: fc.constantFrom(...PERSONA_COLORS) }, { requiredKeys: [] }), { nil: undefined }),
  }, { requiredKeys: ['personaId', 'name'] })),
  call('updatePersona', fc.record({
    personaId,
    changes: fc.record({ name: shortName, role: shortName, goals: shortText, quote: shortText, color: fc.constantFrom(...PERSONA_COLORS) }, { requiredKeys: [] }),
  })),
  call('deletePersonas', fc.record({ personaIds: ids(personaId, 2) })),
  call('setEmotion', fc.record({
    journeyId, touchpointId, personaId,
    current: fc.option(fc.oneof(emotionScore, fc.double({ min: -9, max: 9, noNaN: true })), { nil: undefined }),
    target: fc.option(fc.oneof(emotionScore, fc.integer({ min: -9, max: 9 })), { nil: undefined }),
  }, { requiredKeys: ['journeyId', 'touchpointId', 'personaId'] })
    .chain((p) => fc.boolean().map((clear) => (clear ? { ...p, current: null } : p)))),
  call('updateWorkshop', fc.record({
    changes: fc.record({
      votesPerParticipant: fc.integer({ min: 0, max: 6 }),
      participants: fc.array(pick(POOLS.participant), { maxLength: 4 }),
    }, { requiredKeys: [] }),
  })),
  call('castVote', fc.record({ journeyId, participant: pick(POOLS.participant), frictionId, delta: fc.constantFrom(1 as const, -1 as const) })),
  call('clearVotes', fc.record({ journeyId })),
  call('tidyStage', fc.record({ journeyId, stageId })),
  call('deleteElements', fc.record({ journeyId, ids: ids(anyElementId, 3) })),
  ...itCommandCalls({ journeyId, touchpointId, systemId: pick(POOLS.system), dataLinkId: pick(POOLS.dataLink), position, ids }),
  ...annotationCommandCalls({ journeyId, pools: POOLS }),
);

/** Paste of a fragment copied from the project as it is when the step runs. */
export interface PasteStep {
  name: 'paste';
  journeyId: string;
  copyIds: string[];
  fallbackStageId: string | undefined;
  offset: Position | undefined;
}

export type Step = CommandCall | PasteStep;

const pasteStep: fc.Arbitrary<Step> = fc.record({
  name: fc.constant('paste' as const),
  journeyId,
  copyIds: ids(pick([...POOLS.stage, ...POOLS.touchpoint, ...POOLS.opportunity]), 3),
  fallbackStageId: fc.option(stageId, { nil: undefined }),
  offset: fc.option(fc.record({ x: fc.integer({ min: -100, max: 100 }), y: fc.integer({ min: -100, max: 100 }) }), { nil: undefined }),
});

export const step: fc.Arbitrary<Step> = fc.oneof({ weight: 25, arbitrary: commandCall }, { weight: 1, arbitrary: pasteStep });
export const steps = (maxLength = 40): fc.Arbitrary<Step[]> => fc.array(step, { maxLength, size: 'max' });

/** Every `id` anywhere in a project. */
export function allIds(project: Project): Set<string> {
  const found = new Set<string>();
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'id' && typeof inner === 'string') found.add(inner);
        else walk(inner);
      }
    }
  };
  walk(project);
  return found;
}

/**
 * Fresh ids for a paste: the first free id of the kind's pool (so later steps
 * can hit pasted elements), else a unique one outside the pool.
 */
export function poolIdMaker(project: Project): (kind: IdKind) => string {
  const used = allIds(project);
  let extra = 0;
  return (kind) => {
    const candidates: readonly string[] = kind in POOLS ? POOLS[kind as keyof typeof POOLS] : [];
    const free = candidates.find((id) => !used.has(id) && id.startsWith(`${ID_PREFIX[kind]}_`));
    const id = free ?? `${ID_PREFIX[kind]}_pasted${extra++}`;
    used.add(id);
    return id;
  };
}

const EMPTY_FRAGMENT: Fragment = { kind: FRAGMENT_KIND, version: 1, stages: [], touchpoints: [], connections: [], frictions: [], opportunities: [] };

/** The command a step stands for in `project` (a paste copies and remaps first). */
export function resolveStep(project: Project, s: Step): CommandCall {
  if (s.name !== 'paste') return s;
  const journey = project.journeys.find((j) => j.id === s.journeyId) ?? project.journeys[0]!;
  const copied = copyFragment(journey, s.copyIds);
  const fragment = copied ? remapFragment(copied, poolIdMaker(project)) : EMPTY_FRAGMENT;
  return { name: 'insertFragment', payload: { journeyId: s.journeyId, fragment, fallbackStageId: s.fallbackStageId, offset: s.offset } };
}

export function runStep(project: Project, s: Step): Project {
  return runCommand(project, resolveStep(project, s));
}
