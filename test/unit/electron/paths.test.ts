// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { sendEvent } from '../../../electron/main/events.ts';
import { projectPathFromArgv } from '../../../electron/main/paths.ts';

describe('projectPathFromArgv', () => {
  it.each([
    [['/usr/bin/touchline', '/home/a/Journey.touchline'], '/home/a/Journey.touchline'],
    [['touchline.exe', '--flag', 'C:\\Users\\a\\J.TOUCHLINE'], 'C:\\Users\\a\\J.TOUCHLINE'],
    [['touchline', '--open=x.touchline'], null],
    [['x.touchline'], null],
    [['touchline', 'notes.txt'], null],
    [[], null],
  ])('%j → %j', (argv, expected) => expect(projectPathFromArgv(argv)).toBe(expected));
});

describe('sendEvent', () => {
  it('sends to live contents only', () => {
    const live = { send: vi.fn(), isDestroyed: () => false };
    const dead = { send: vi.fn(), isDestroyed: () => true };
    sendEvent(live, 'menu:command', { command: 'save' });
    sendEvent(dead, 'app:saveAndClose', {});
    expect(live.send).toHaveBeenCalledWith('menu:command', { command: 'save' });
    expect(dead.send).not.toHaveBeenCalled();
  });
});
