import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMANDS, runCommand, type CommandCall, type CommandName } from '../../../../shared/commands/registry.ts';
import { createSystem } from '../../../../shared/domain/defaults.ts';
import { FRAGMENT_KIND } from '../../../../shared/domain/fragment.ts';
import { step } from '../../../helpers/arbitraries.ts';
import { NOW, richProject } from '../../../helpers/builders.ts';

const J = 'jny_1';
const X = 'missing_id';

/** For every command, calls that name something that does not exist. */
const UNKNOWN: { [N in CommandName]: Extract<CommandCall, { name: N }>['payload'][] } = {
  renameProject: [{ name: '' }],
  renameJourney: [{ journeyId: X, name: 'A' }],
  addStage: [{ journeyId: X, stageId: 'stg_9', name: 'A' }],
  updateStage: [{ journeyId: J, stageId: X, changes: { name: 'A' } }, { journeyId: X, stageId: 'stg_0', changes: { name: 'A' } }],
  renameStage: [{ journeyId: J, stageId: X, name: 'A' }],
  moveStage: [{ journeyId: J, stageId: X, toIndex: 0 }, { journeyId: X, stageId: 'stg_0', toIndex: 1 }],
  deleteStages: [{ journeyId: J, stageIds: [X] }, { journeyId: X, stageIds: ['stg_0'] }],
  addTouchpoint: [{ journeyId: J, touchpointId: 'tp_9', stageId: X, title: 'A' }, { journeyId: J, touchpointId: 'tp_9', stageId: 'stg_0', laneId: X, title: 'A' }],
  updateTouchpoint: [{ journeyId: J, touchpointId: X, changes: { title: 'A' } }],
  renameTouchpoint: [{ journeyId: J, touchpointId: X, title: 'A' }],
  moveTouchpoints: [{ journeyId: J, placements: [{ id: X, stageId: 'stg_0', laneId: 'lan_1', position: { x: 1, y: 1 } }] }],
  deleteTouchpoints: [{ journeyId: J, touchpointIds: [X] }],
  addLane: [{ journeyId: X, laneId: 'lan_9', role: 'custom' }],
  updateLane: [{ journeyId: J, laneId: X, changes: { hidden: true } }],
  moveLane: [{ journeyId: J, laneId: X, toIndex: 0 }],
  deleteLanes: [{ journeyId: J, laneIds: [X] }, { journeyId: X, laneIds: ['lan_0'] }],
  addConnection: [{ journeyId: J, connectionId: 'con_9', from: X, to: 'tp_0' }, { journeyId: X, connectionId: 'con_9', from: 'tp_1', to: 'tp_0' }],
  updateConnection: [{ journeyId: J, connectionId: X, changes: { label: 'A' } }],
  addFriction: [{ journeyId: J, frictionId: 'fr_9', touchpointId: X, title: 'A' }],
  updateFriction: [{ journeyId: J, frictionId: X, changes: { title: 'A' } }],
  addOpportunity: [{ journeyId: X, opportunityId: 'opp_9', title: 'A' }],
  updateOpportunity: [{ journeyId: J, opportunityId: X, changes: { title: 'A' } }],
  addPersona: [{ personaId: 'per_0', name: 'Duplicate' }],
  updatePersona: [{ personaId: X, changes: { name: 'A' } }],
  deletePersonas: [{ personaIds: [X] }],
  setEmotion: [{ journeyId: J, touchpointId: X, personaId: 'per_0', current: 1 }, { journeyId: J, touchpointId: 'tp_0', personaId: X, current: 1 }],
  updateWorkshop: [{ changes: {} }],
  castVote: [{ journeyId: J, participant: 'Ana', frictionId: X, delta: 1 }, { journeyId: X, participant: 'Ana', frictionId: 'fr_0', delta: 1 }],
  clearVotes: [{ journeyId: X }],
  tidyStage: [{ journeyId: J, stageId: X }],
  insertFragment: [{ journeyId: X, fragment: {
    kind: FRAGMENT_KIND, version: 1, stages: [{ id: 'stg_9', name: 'A', color: '#000000', width: 280, goal: '', kpi: '' }],
    touchpoints: [], connections: [], frictions: [], opportunities: [],
  } }],
  deleteElements: [{ journeyId: J, ids: [X] }, { journeyId: X, ids: ['tp_0'] }],
  addSystem: [{ systemId: 'sys_0', name: 'Duplicate' }],
  updateSystem: [{ systemId: X, changes: { name: 'A' } }, { systemId: 'sys_0', changes: { name: 'CRM' } }],
  deleteSystems: [{ systemIds: [X] }, { systemIds: [] }],
  importSystems: [
    { add: [], update: [{ systemId: X, changes: { name: 'A' } }] },
    { add: [createSystem('sys_0', 'Duplicate')], update: [] },
  ],
  addDataLink: [
    { journeyId: J, dataLinkId: 'dl_9', touchpointId: X, systemId: 'sys_0' },
    { journeyId: J, dataLinkId: 'dl_9', touchpointId: 'tp_1', systemId: X },
    { journeyId: X, dataLinkId: 'dl_9', touchpointId: 'tp_1', systemId: 'sys_0' },
    { journeyId: J, dataLinkId: 'dl_0', touchpointId: 'tp_1', systemId: 'sys_0' },
    { journeyId: J, dataLinkId: 'dl_9', touchpointId: 'tp_0', systemId: 'sys_0' },
  ],
  updateDataLink: [
    { journeyId: J, dataLinkId: X, changes: { integration: 'manual' } },
    { journeyId: X, dataLinkId: 'dl_0', changes: { integration: 'manual' } },
  ],
  placeSystem: [
    { journeyId: J, systemId: X, position: { x: 10, y: 10 } },
    { journeyId: X, systemId: 'sys_0', position: { x: 10, y: 10 } },
    { journeyId: J, systemId: 'sys_1', position: { x: 16, y: 16 } },
  ],
  addThread: [
    { journeyId: J, threadId: 'thr_9', noteId: 'note_9', target: { kind: 'touchpoint', id: X }, author: 'Ana', role: 'marketing', at: NOW, text: 'A' },
    { journeyId: J, threadId: 'thr_9', noteId: 'note_9', target: { kind: 'stage', id: 'tp_0' }, author: 'Ana', role: 'marketing', at: NOW, text: 'A' },
    { journeyId: J, threadId: 'thr_9', noteId: 'note_9', target: { kind: 'system', id: X }, author: 'Ana', role: 'it', at: NOW, text: 'A' },
    { journeyId: X, threadId: 'thr_9', noteId: 'note_9', target: { kind: 'touchpoint', id: 'tp_0' }, author: 'Ana', role: 'marketing', at: NOW, text: 'A' },
    { journeyId: J, threadId: 'thr_0', noteId: 'note_9', target: { kind: 'touchpoint', id: 'tp_0' }, author: 'Ana', role: 'marketing', at: NOW, text: 'A' },
    { journeyId: J, threadId: 'thr_9', noteId: 'note_0', target: { kind: 'touchpoint', id: 'tp_0' }, author: 'Ana', role: 'marketing', at: NOW, text: 'A' },
    { journeyId: J, threadId: 'thr_9', noteId: 'note_9', target: { kind: 'touchpoint', id: 'tp_0' }, author: 'Ana', role: 'marketing', at: NOW, text: ' \n ' },
    { journeyId: J, threadId: 'thr_9', noteId: 'note_9', target: { kind: 'touchpoint', id: 'tp_0' }, author: 'Ana', role: 'marketing', at: 'yesterday', text: 'A' },
  ],
  replyToThread: [
    { journeyId: J, threadId: X, noteId: 'note_9', author: 'Ben', role: 'it', at: NOW, text: 'A' },
    { journeyId: X, threadId: 'thr_0', noteId: 'note_9', author: 'Ben', role: 'it', at: NOW, text: 'A' },
    { journeyId: J, threadId: 'thr_0', noteId: 'note_0', author: 'Ben', role: 'it', at: NOW, text: 'A' },
    { journeyId: J, threadId: 'thr_0', noteId: 'note_9', author: 'Ben', role: 'it', at: NOW, text: '' },
  ],
  setThreadResolved: [{ journeyId: J, threadId: X, resolved: true }, { journeyId: J, threadId: 'thr_0', resolved: false }, { journeyId: X, threadId: 'thr_0', resolved: true }],
  editNote: [
    { journeyId: J, threadId: 'thr_0', noteId: X, text: 'A' },
    { journeyId: J, threadId: X, noteId: 'note_0', text: 'A' },
    { journeyId: J, threadId: 'thr_0', noteId: 'note_0', text: 'Why?' },
    { journeyId: J, threadId: 'thr_0', noteId: 'note_0', text: '   ' },
  ],
  deleteNote: [
    { journeyId: J, threadId: 'thr_0', noteId: X },
    { journeyId: J, threadId: X, noteId: 'note_0' },
    { journeyId: J, threadId: 'thr_1', noteId: 'note_0' },
    { journeyId: X, threadId: 'thr_0', noteId: 'note_0' },
  ],
  setAlignment: [
    { journeyId: J, target: { kind: 'touchpoint', id: X }, status: 'agreed' },
    { journeyId: J, target: { kind: 'stage', id: 'stg_0' }, status: 'agreed' },
    { journeyId: J, target: { kind: 'touchpoint', id: 'tp_1' }, status: null },
    { journeyId: X, target: { kind: 'stage', id: 'stg_0' }, status: 'disputed' },
  ],
};

describe('every command with an unknown target', () => {
  it('covers every registered command', () => {
    expect(Object.keys(UNKNOWN).sort()).toEqual(Object.keys(COMMANDS).sort());
  });

  for (const [name, payloads] of Object.entries(UNKNOWN)) {
    it(`${name} returns the very same project`, () => {
      const p = richProject();
      for (const payload of payloads) expect(runCommand(p, { name, payload } as CommandCall)).toBe(p);
    });
  }
});

describe('the property-test arbitraries', () => {
  it('draw every registered command (a paste step stands for insertFragment)', () => {
    const drawn = new Set(fc.sample(step, { numRuns: 5000, seed: 1 }).map((s) => (s.name === 'paste' ? 'insertFragment' : s.name)));
    expect([...drawn].sort()).toEqual(Object.keys(COMMANDS).sort());
  });
});
