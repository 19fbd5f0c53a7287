import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commandCoalesceKey, commandLabel } from '../../../../shared/commands/registry.ts';
import { checkInvariants } from '../../../../shared/domain/invariants.ts';
import type { Project } from '../../../../shared/domain/model.ts';
import { ProjectSchema } from '../../../../shared/domain/schema.ts';
import { loadProjectText } from '../../../../shared/file/load.ts';
import { serializeProject } from '../../../../shared/file/save.ts';
import { createHistory, record, redo, undo, type History } from '../../../../shared/history/history.ts';
import { resolveStep, runStep, steps, type Step } from '../../../helpers/arbitraries.ts';
import { richProject } from '../../../helpers/builders.ts';
import { runCommand } from '../../../../shared/commands/registry.ts';

// PROPERTY_RUNS=5000 hunts longer locally; CI keeps 300.
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) };
const TIMEOUT = Math.max(20_000, RUNS.numRuns * 10);
const initial = richProject();

/** Run the steps, calling `check` with every intermediate project. */
function play(list: Step[], check: (project: Project, index: number) => void = () => {}): Project {
  let project = initial;
  list.forEach((s, i) => {
    project = runStep(project, s);
    check(project, i);
  });
  return project;
}

describe('command sequences (property-based)', () => {
  it('undoing every recorded step returns the initial project, redoing returns the final one', () => {
    fc.assert(fc.property(steps(), (list) => {
      let history: History<Project, null> = createHistory(10_000);
      let project = initial;
      list.forEach((s, i) => {
        const call = resolveStep(project, s);
        const next = runCommand(project, call);
        if (next !== project) {
          // 1 s apart: steps with the same key merge (window 1.5 s), others do not.
          history = record(history, {
            label: commandLabel(call), before: project, after: next,
            selectionBefore: null, selectionAfter: null, coalesceKey: commandCoalesceKey(call), at: i * 1000,
          });
        }
        project = next;
      });
      const final = project;
      for (let u = undo(history); u; u = undo(history)) {
        history = u.history;
        project = u.entry.before;
      }
      expect(project).toBe(initial);
      expect(project).toEqual(richProject());
      for (let r = redo(history); r; r = redo(history)) {
        history = r.history;
        project = r.entry.after;
      }
      expect(project).toBe(final);
    }), RUNS);
  }, TIMEOUT);

  it('never leaves a referential problem', () => {
    fc.assert(fc.property(steps(), (list) => {
      play(list, (project, i) => {
        const problems = checkInvariants(project);
        if (problems.length) throw new Error(`after step ${i} (${list[i]!.name}): ${JSON.stringify(problems)}`);
      });
    }), RUNS);
  }, TIMEOUT);

  it('keeps every intermediate project valid against the schema', () => {
    fc.assert(fc.property(steps(), (list) => {
      play(list, (project, i) => {
        const parsed = ProjectSchema.safeParse(project);
        if (!parsed.success) throw new Error(`after step ${i} (${list[i]!.name}): ${JSON.stringify(parsed.error.issues)}`);
      });
    }), RUNS);
  }, TIMEOUT);

  it('survives a save and load round-trip', () => {
    fc.assert(fc.property(steps(), (list) => {
      const final = play(list);
      const loaded = loadProjectText(serializeProject(final));
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
      expect(loaded.project).toEqual(final);
    }), RUNS);
  }, TIMEOUT);

  it('a command that changes nothing returns the same object, and repeating an add changes nothing', () => {
    fc.assert(fc.property(steps(20), (list) => {
      const project = play(list);
      for (const s of list) {
        const call = resolveStep(project, s);
        if (!call.name.startsWith('add')) continue;
        const once = runCommand(project, call);
        expect(runCommand(once, call)).toBe(once);
      }
    }), { numRuns: 100 });
  });
});
