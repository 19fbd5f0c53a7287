// A small but complete Touchline project (one of every element kind, every
// reference kind in use) that the hostile corpus damages one thing at a time.
// Each damaged file has exactly one problem, so each refusal names one cause.

export const NOW = '2026-01-05T10:00:00.000Z';

export function richProject() {
  return {
    id: 'prj_hostile',
    name: 'Hostile corpus base',
    createdAt: NOW,
    updatedAt: NOW,
    journeys: [{
      id: 'jny_main',
      name: 'Main journey',
      kind: 'journey-map',
      description: '',
      stages: [
        { id: 'stg_a', name: 'Discover', color: '#2563eb', width: 280, goal: '', kpi: '' },
        { id: 'stg_b', name: 'Buy', color: '#16a34a', width: 280, goal: '', kpi: '' },
      ],
      lanes: [{ id: 'lan_a', name: 'Touchpoints', role: 'customer-actions', height: 150, hidden: false }],
      touchpoints: [
        touchpoint('tp_a', 'stg_a', [{ personaId: 'per_a', current: 1, target: null }]),
        touchpoint('tp_b', 'stg_b', []),
      ],
      connections: [{ id: 'con_ab', from: 'tp_a', to: 'tp_b', label: '' }],
      frictions: [{
        id: 'fr_a', touchpointId: 'tp_a', title: 'Slow', description: '', severity: 'high', evidence: 'assumed',
        ownerSide: 'it', status: 'open', causedBySystemIds: ['sys_a'],
      }],
      opportunities: [{ id: 'opp_a', title: 'Faster', description: '', owner: '', priority: 'high', status: 'planned', frictionIds: ['fr_a'] }],
      dataLinks: [{
        id: 'dl_a', touchpointId: 'tp_a', systemId: 'sys_a', dataObjects: ['Order'], direction: 'writes', personalData: false,
        personalDataCategories: [], integration: 'real-time', freshness: 'real-time', evidence: 'assumed',
      }],
      systemPlacements: [{ systemId: 'sys_a', position: { x: 16, y: 16 } }],
      votes: [{ participant: 'Ann', frictionId: 'fr_a', count: 1 }],
      threads: [{
        id: 'thr_a', target: { kind: 'touchpoint', id: 'tp_a' }, resolved: false,
        notes: [{ id: 'note_a', author: 'Ann', role: 'marketing', at: NOW, text: 'Check this.' }],
      }],
      alignment: [{ target: { kind: 'friction', id: 'fr_a' }, status: 'agreed' }],
    }],
    personas: [{ id: 'per_a', name: 'Commuter', role: '', goals: '', quote: '', color: '#e11d48' }],
    systems: [{
      id: 'sys_a', name: 'POS', kind: 'pos', vendor: '', businessOwner: '', technicalOwner: '', hosting: 'on-premises',
      lifecycle: 'active', criticality: 'mission-critical', systemOfRecord: true, link: '', notes: '',
    }],
    workshop: { votesPerParticipant: 5, participants: ['Ann'] },
  };
}

function touchpoint(id, stageId, emotions) {
  return {
    id, stageId, laneId: 'lan_a', title: id, channel: 'web', customerAction: '', description: '', evidence: 'assumed',
    position: { x: 16, y: 16 }, emotions, needsRealTime: false,
  };
}

export function envelope(project, extra = {}) {
  return { format: 'touchline', version: 1, app: 'Touchline 0.1.0', project, ...extra };
}

/** The base file with one change made to a fresh copy of the project. */
export function damaged(change) {
  const project = richProject();
  change(project, project.journeys[0]);
  return JSON.stringify(envelope(project), null, 2);
}

/** Text of the base file with `"__MARK__"` replaced by raw text (bare tokens, forbidden keys…). */
export function withRaw(change, raw) {
  return damaged(change).replace('"__MARK__"', raw);
}

/** Deterministic bytes (xorshift), so the committed files can be regenerated identically. */
export function pseudoRandomBytes(length, seed = 0x2545f491) {
  const out = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** `depth` levels of `open` … `close` around `inner`, built without recursion. */
export function nested(depth, open, close, inner) {
  return open.repeat(depth) + inner + close.repeat(depth);
}
