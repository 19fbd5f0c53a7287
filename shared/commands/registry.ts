/**
 * Every command, registered by name. Menus, toolbar, keyboard and the CLI
 * refer to commands by these names; `CommandName` and `PayloadOf` are
 * derived from this one map.
 */
import type { Project } from '../domain/model.ts';
import type { CommandDef } from './define.ts';
import { addThread, deleteNote, editNote, replyToThread, setAlignment, setThreadResolved } from './annotation.ts';
import { addConnection, updateConnection } from './connection.ts';
import { deleteElements } from './elements.ts';
import { addFriction, addOpportunity, updateFriction, updateOpportunity } from './friction.ts';
import { addLane, deleteLanes, moveLane, updateLane } from './lane.ts';
import { insertFragment, tidyStage } from './layout.ts';
import { addPersona, deletePersonas, setEmotion, updatePersona } from './persona.ts';
import { renameJourney, renameProject } from './project.ts';
import { addDataLink, addSystem, deleteSystems, importSystems, placeSystem, updateDataLink, updateSystem } from './system.ts';
import { castVote, clearVotes, updateWorkshop } from './workshop.ts';
import { addStage, deleteStages, moveStage, renameStage, updateStage } from './stage.ts';
import { addTouchpoint, deleteTouchpoints, moveTouchpoints, renameTouchpoint, updateTouchpoint } from './touchpoint.ts';

export const COMMANDS = {
  renameProject,
  renameJourney,
  addStage,
  updateStage,
  renameStage,
  moveStage,
  deleteStages,
  addTouchpoint,
  updateTouchpoint,
  renameTouchpoint,
  moveTouchpoints,
  deleteTouchpoints,
  addLane,
  updateLane,
  moveLane,
  deleteLanes,
  addConnection,
  updateConnection,
  addFriction,
  updateFriction,
  addOpportunity,
  updateOpportunity,
  addPersona,
  updatePersona,
  deletePersonas,
  setEmotion,
  updateWorkshop,
  castVote,
  clearVotes,
  tidyStage,
  insertFragment,
  deleteElements,
  addSystem,
  updateSystem,
  deleteSystems,
  importSystems,
  addDataLink,
  updateDataLink,
  placeSystem,
  addThread,
  replyToThread,
  setThreadResolved,
  editNote,
  deleteNote,
  setAlignment,
} as const;

export type CommandName = keyof typeof COMMANDS;
export type PayloadOf<N extends CommandName> = (typeof COMMANDS)[N] extends CommandDef<infer P> ? P : never;

/** One dispatched command: a name with its payload. */
export type CommandCall = { [N in CommandName]: { name: N; payload: PayloadOf<N> } }[CommandName];

export function runCommand(project: Project, call: CommandCall): Project {
  const def = COMMANDS[call.name] as CommandDef<unknown>;
  return def.perform(project, call.payload);
}

export function commandLabel(call: CommandCall): string {
  return COMMANDS[call.name].label;
}

export function commandCoalesceKey(call: CommandCall): string | null {
  const def = COMMANDS[call.name] as CommandDef<unknown>;
  return def.coalesceKey ? def.coalesceKey(call.payload) : null;
}
