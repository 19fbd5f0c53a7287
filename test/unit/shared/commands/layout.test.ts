import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../../shared/commands/registry.ts';
import { copyFragment, remapFragment, type Fragment } from '../../../../shared/domain/fragment.ts';
import { checkInvariants } from '../../../../shared/domain/invariants.ts';
import { BOARD } from '../../../../shared/domain/layout.ts';
import type { Project } from '../../../../shared/domain/model.ts';
import { apply, richProject } from '../../../helpers/builders.ts';

const J = 'jny_1';
const journey = (p: Project) => p.journeys[0]!;
const counterIds = () => { let n = 0; return (kind: string) => `${kind}_new${n++}`; };
const slot = (i: number) => ({ x: BOARD.padding, y: BOARD.padding + i * (BOARD.cardHeight + BOARD.padding) });

describe('tidyStage', () => {
  it('stacks the cards of each lane in reading order (top to bottom, then left to right)', () => {
    const p = apply(richProject(),
      { name: 'moveTouchpoints', payload: { journeyId: J, placements: [
        { id: 'tp_1', stageId: 'stg_1', laneId: 'lan_1', position: { x: 90, y: 300 } },
        { id: 'tp_2', stageId: 'stg_1', laneId: 'lan_1', position: { x: 5, y: 40 } },
      ] } },
      { name: 'addTouchpoint', payload: { journeyId: J, touchpointId: 'tp_3', stageId: 'stg_1', laneId: 'lan_1', title: 'Same row, right', position: { x: 200, y: 40 } } },
      { name: 'addTouchpoint', payload: { journeyId: J, touchpointId: 'tp_4', stageId: 'stg_1', laneId: 'lan_3', title: 'Other lane', position: { x: 70, y: 90 } } });
    const after = runCommand(p, { name: 'tidyStage', payload: { journeyId: J, stageId: 'stg_1' } });
    const at = (id: string) => journey(after).touchpoints.find((t) => t.id === id)!.position;
    expect([at('tp_2'), at('tp_3'), at('tp_1')]).toEqual([slot(0), slot(1), slot(2)]);
    expect(at('tp_4')).toEqual(slot(0));
    // Other stages are left alone.
    expect(journey(after).touchpoints[0]).toBe(journey(p).touchpoints[0]);
  });

  it('returns the same project when the stage is already tidy or unknown', () => {
    const p = richProject();
    expect(runCommand(p, { name: 'tidyStage', payload: { journeyId: J, stageId: 'stg_1' } })).toBe(p);
    expect(runCommand(p, { name: 'tidyStage', payload: { journeyId: J, stageId: 'stg_nope' } })).toBe(p);
    expect(runCommand(p, { name: 'tidyStage', payload: { journeyId: 'jny_nope', stageId: 'stg_1' } })).toBe(p);
  });
});

describe('insertFragment', () => {
  it('pastes a copied stage with new ids, keeping the references inside the fragment', () => {
    const p = richProject();
    const fragment = remapFragment(copyFragment(journey(p), ['stg_0', 'stg_1'])!, counterIds());
    const after = runCommand(p, { name: 'insertFragment', payload: { journeyId: J, fragment, offset: { x: 24, y: 24 } } });
    const j = journey(after);
    expect(j.stages.map((s) => s.id)).toEqual(['stg_0', 'stg_1', 'stage_new0', 'stage_new1']);
    const pasted = j.touchpoints.slice(3);
    expect(pasted.map((t) => [t.id, t.stageId])).toEqual([['touchpoint_new2', 'stage_new0'], ['touchpoint_new3', 'stage_new1'], ['touchpoint_new4', 'stage_new1']]);
    expect(pasted[0]!.position).toEqual({ x: BOARD.padding + 24, y: BOARD.padding + 24 });
    expect(j.frictions.slice(2).map((f) => [f.id, f.touchpointId])).toEqual([['friction_new5', 'touchpoint_new2'], ['friction_new6', 'touchpoint_new3']]);
    expect(j.opportunities.at(-1)!.frictionIds).toEqual(['friction_new5', 'friction_new6']);
    expect(j.connections.at(-1)).toMatchObject({ from: 'touchpoint_new2', to: 'touchpoint_new3' });
    // Emotions of known personas and causes of catalog systems come along.
    expect(pasted[0]!.emotions).toEqual(journey(p).touchpoints[0]!.emotions);
    expect(j.frictions[2]!.causedBySystemIds).toEqual(['sys_0']);
    expect(checkInvariants(after)).toEqual([]);
  });

  it('drops emotions of unknown personas and causes of unknown systems (pasting from another project)', () => {
    const p = richProject();
    const copied = copyFragment(journey(p), ['tp_0'])!;
    const other: Project = { ...runCommand(p, { name: 'deletePersonas', payload: { personaIds: ['per_0'] } }), systems: [] };
    const after = runCommand(other, { name: 'insertFragment', payload: { journeyId: J, fragment: remapFragment(copied, counterIds()) } });
    const pasted = journey(after).touchpoints.at(-1)!;
    expect(pasted.emotions).toEqual([]);
    expect(journey(after).frictions.at(-1)!.causedBySystemIds).toEqual([]);
    expect(checkInvariants(after)).toEqual([]);
  });

  it('puts cards of an unknown stage into the fallback stage and of an unknown lane into the default card lane', () => {
    const p = richProject();
    const copied = copyFragment(journey(p), ['tp_0'])!;
    const foreign: Fragment = { ...copied, touchpoints: copied.touchpoints.map((t) => ({ ...t, stageId: 'stg_far', laneId: 'lan_far' })) };
    const fragment = remapFragment(foreign, counterIds());
    const toFallback = runCommand(p, { name: 'insertFragment', payload: { journeyId: J, fragment, fallbackStageId: 'stg_0' } });
    expect(journey(toFallback).touchpoints.at(-1)).toMatchObject({ stageId: 'stg_0', laneId: 'lan_1' });
    const toLast = runCommand(p, { name: 'insertFragment', payload: { journeyId: J, fragment, fallbackStageId: 'stg_nope' } });
    expect(journey(toLast).touchpoints.at(-1)!.stageId).toBe('stg_1');
  });

  it('keeps pasted cards inside their cell', () => {
    const p = richProject();
    const fragment = remapFragment(copyFragment(journey(p), ['tp_0'])!, counterIds());
    const after = runCommand(p, { name: 'insertFragment', payload: { journeyId: J, fragment, offset: { x: -500, y: -500 } } });
    expect(journey(after).touchpoints.at(-1)!.position).toEqual({ x: 0, y: 0 });
  });

  it('refuses a fragment whose ids are taken, an empty fragment and an unknown journey', () => {
    const p = richProject();
    const copied = copyFragment(journey(p), ['stg_0'])!;
    expect(runCommand(p, { name: 'insertFragment', payload: { journeyId: J, fragment: copied } })).toBe(p);
    const empty: Fragment = { ...copied, stages: [], touchpoints: [], connections: [], frictions: [], opportunities: [] };
    expect(runCommand(p, { name: 'insertFragment', payload: { journeyId: J, fragment: empty } })).toBe(p);
    expect(runCommand(p, { name: 'insertFragment', payload: { journeyId: 'jny_nope', fragment: remapFragment(copied, counterIds()) } })).toBe(p);
  });
});
