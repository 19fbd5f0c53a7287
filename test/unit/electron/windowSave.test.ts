// @vitest-environment node
// Learning projects for quicker saves, in the main process's idle time.
import { describe, expect, it, vi } from 'vitest';
import { learnt, printer, rememberSoon } from '../../../electron/services/windowSave.ts';
import { sampleProject } from './helpers.ts';

describe('rememberSoon', () => {
  it('learns projects one after the other, and a failure to learn one does not stop the next', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const steps = vi.spyOn(printer, 'rememberInSteps');
    steps.mockImplementationOnce(() => { throw new Error('simulated'); });
    const first = sampleProject('One');
    const second = sampleProject('Two');
    void rememberSoon(first);
    void rememberSoon(second);
    await learnt();
    expect(steps.mock.calls.map(([project]) => project)).toEqual([first, second]);
    expect(warn).toHaveBeenCalledWith('Could not learn a project for quicker saves.', expect.any(Error));
    steps.mockRestore();
    warn.mockRestore();
  });
});
