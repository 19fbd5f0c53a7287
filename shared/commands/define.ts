/**
 * A command is data: a name, a label for the Edit menu ("Undo Rename stage"),
 * and a pure `perform(project, payload) → project`. Commands receive every id
 * and timestamp in their payload, so replaying them gives the same result.
 * A command whose target does not exist returns the project unchanged (the
 * same object), which the store treats as "nothing happened".
 */
import type { Project } from '../domain/model.ts';

export interface CommandDef<P> {
  label: string;
  perform(project: Project, payload: P): Project;
  /**
   * Consecutive commands with the same key merge into one undo step
   * (typing in a field, nudging with arrow keys). Null: never merge.
   */
  coalesceKey?(payload: P): string | null;
}

export function defineCommand<P>(def: CommandDef<P>): CommandDef<P> {
  return def;
}
