import { describe, expect, it } from 'vitest';
import { copyFragment, FRAGMENT_KIND, fragmentIds, parseFragment, remapFragment } from '../../../shared/domain/fragment.ts';
import { ID_PREFIX, type IdKind } from '../../../shared/domain/ids.ts';
import { richProject } from '../../helpers/builders.ts';

const journey = () => richProject().journeys[0]!;
const counterIds = () => { let n = 0; return (kind: IdKind) => `${ID_PREFIX[kind]}_new${n++}`; };

describe('copyFragment', () => {
  it('copies a stage with its cards, their friction points, the connections between them and fully covered opportunities', () => {
    const f = copyFragment(journey(), ['stg_1'])!;
    expect(f.kind).toBe(FRAGMENT_KIND);
    expect(f.stages.map((s) => s.id)).toEqual(['stg_1']);
    expect(f.touchpoints.map((t) => t.id)).toEqual(['tp_1', 'tp_2']);
    expect(f.frictions.map((x) => x.id)).toEqual(['fr_1']);
    // tp_0 → tp_1 leaves the fragment, so it is not copied; opp_0 also needs fr_0.
    expect(f.connections).toEqual([]);
    expect(f.opportunities).toEqual([]);
  });

  it('copies touchpoints and opportunities chosen directly', () => {
    const f = copyFragment(journey(), ['tp_0', 'tp_1'])!;
    expect(f.stages).toEqual([]);
    expect(f.connections.map((c) => c.id)).toEqual(['con_0']);
    expect(f.opportunities.map((o) => o.id)).toEqual(['opp_0']);
    expect(copyFragment(journey(), ['opp_0'])!.opportunities.map((o) => o.id)).toEqual(['opp_0']);
  });

  it('is null when nothing copyable is chosen', () => {
    expect(copyFragment(journey(), [])).toBeNull();
    expect(copyFragment(journey(), ['nothing', 'lan_0', 'fr_0'])).toBeNull();
  });
});

describe('remapFragment', () => {
  it('gives every element a new id and rewrites references inside the fragment only', () => {
    const f = copyFragment(journey(), ['tp_0', 'tp_1'])!;
    const r = remapFragment(f, counterIds());
    const all = [...r.stages, ...r.touchpoints, ...r.frictions, ...r.opportunities, ...r.connections].map((x) => x.id);
    expect(new Set(all).size).toBe(all.length);
    expect(all.every((id) => id.includes('_new'))).toBe(true);
    const [a, b] = r.touchpoints;
    expect(r.touchpoints.map((t) => t.stageId)).toEqual(['stg_0', 'stg_1']);
    expect(r.connections[0]).toMatchObject({ from: a!.id, to: b!.id });
    expect(r.frictions.map((x) => x.touchpointId)).toEqual([a!.id, b!.id]);
    expect(r.opportunities[0]!.frictionIds).toEqual(r.frictions.map((x) => x.id));
    expect(r.touchpoints[0]!.emotions).toEqual(f.touchpoints[0]!.emotions);
    // The original is not modified.
    expect(f.touchpoints[0]!.id).toBe('tp_0');
  });

  it('names the right kind for each id', () => {
    const kinds: IdKind[] = [];
    remapFragment(copyFragment(journey(), ['stg_0', 'stg_1'])!, (kind) => { kinds.push(kind); return `${kind}_${kinds.length}`; });
    expect(new Set(kinds)).toEqual(new Set(['stage', 'touchpoint', 'friction', 'opportunity', 'connection']));
  });
});

describe('parseFragment and fragmentIds', () => {
  it('round-trips through clipboard text', () => {
    const f = copyFragment(journey(), ['stg_0'])!;
    expect(parseFragment(JSON.stringify(f))).toEqual(f);
    expect(fragmentIds(f)).toEqual(['stg_0', 'tp_0']);
  });

  it('is null for anything that is not a fragment', () => {
    const f = copyFragment(journey(), ['stg_0'])!;
    expect(parseFragment('hello')).toBeNull();
    expect(parseFragment(`{"kind":"${FRAGMENT_KIND}"`)).toBeNull();
    expect(parseFragment(JSON.stringify({ ...f, version: 2 }))).toBeNull();
    expect(parseFragment(JSON.stringify({ ...f, stages: [{ id: 'bad id!' }] }))).toBeNull();
    expect(parseFragment(`"${FRAGMENT_KIND}"`.padEnd(5_000_001, ' '))).toBeNull();
  });
});
