// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { WindowRegistry } from '../../../electron/services/windowRegistry.ts';
import { sampleProject } from './helpers.ts';

describe('WindowRegistry', () => {
  it('knows only the windows it was told about', () => {
    const reg = new WindowRegistry();
    reg.add(1);
    expect(reg.has(1)).toBe(true);
    expect(reg.has(2)).toBe(false);
    reg.remove(1);
    expect(reg.has(1)).toBe(false);
    expect(reg.ids()).toEqual([]);
  });

  it('allows saving only to paths registered for that window', () => {
    const reg = new WindowRegistry();
    reg.add(1);
    reg.add(2);
    reg.allowPath(1, '/work/a.touchline');
    expect(reg.canSaveTo(1, '/work/a.touchline')).toBe(true);
    expect(reg.canSaveTo(1, '/work/sub/../a.touchline')).toBe(true);
    expect(reg.canSaveTo(1, '/work/b.touchline')).toBe(false);
    expect(reg.canSaveTo(2, '/work/a.touchline')).toBe(false);
    expect(reg.canSaveTo(3, '/work/a.touchline')).toBe(false);
  });

  it('forgets paths when the window goes away', () => {
    const reg = new WindowRegistry();
    reg.add(1);
    reg.allowPath(1, '/a.touchline');
    reg.remove(1);
    reg.add(1);
    expect(reg.canSaveTo(1, '/a.touchline')).toBe(false);
  });

  it('keeps the last checked project per window, and drops it with the window', () => {
    const reg = new WindowRegistry();
    reg.add(1);
    reg.add(2);
    const project = sampleProject();
    reg.rememberChecked(1, project);
    expect(reg.checkedProject(1)).toBe(project);
    expect(reg.checkedProject(2)).toBeUndefined();
    reg.rememberChecked(3, project); // not a window of ours: nothing kept
    expect(reg.checkedProject(3)).toBeUndefined();
    reg.remove(1);
    reg.add(1);
    expect(reg.checkedProject(1)).toBeUndefined();
  });

  it('keeps document state and close approval per window', () => {
    const reg = new WindowRegistry();
    reg.add(1);
    expect(reg.documentState(1)).toEqual({ title: '', dirty: false });
    reg.setDocumentState(1, { title: 'Journey', dirty: true });
    expect(reg.documentState(1)).toEqual({ title: 'Journey', dirty: true });
    expect(reg.isCloseApproved(1)).toBe(false);
    reg.approveClose(1);
    expect(reg.isCloseApproved(1)).toBe(true);
    expect(reg.documentState(9)).toBeUndefined();
    reg.setDocumentState(9, { title: 'x', dirty: true });
    reg.allowPath(9, '/x');
    expect(reg.has(9)).toBe(false);
  });

  it('remembers the identity of each allowed path, per window', () => {
    const reg = new WindowRegistry();
    reg.add(1);
    reg.add(2);
    const a = { size: 3, mtimeMs: 1000, sha256: 'aa' };
    const b = { size: 4, mtimeMs: 2000, sha256: 'bb' };
    reg.allowPath(1, '/work/a.touchline', a);
    expect(reg.identityOf(1, '/work/sub/../a.touchline')).toEqual(a);
    expect(reg.identityOf(2, '/work/a.touchline')).toBeNull();
    // Allowing again without an identity keeps the known one; a new one replaces it.
    reg.allowPath(1, '/work/a.touchline');
    expect(reg.identityOf(1, '/work/a.touchline')).toEqual(a);
    reg.allowPath(1, '/work/a.touchline', b);
    expect(reg.identityOf(1, '/work/a.touchline')).toEqual(b);
    reg.allowPath(2, '/work/new.touchline');
    expect(reg.canSaveTo(2, '/work/new.touchline')).toBe(true);
    expect(reg.identityOf(2, '/work/new.touchline')).toBeNull();
  });
});

describe('which file a window shows', () => {
  it('knows the file its renderer reported, so opening it again from the OS only focuses the window', () => {
    const reg = new WindowRegistry();
    reg.add(1);
    expect(reg.isShowing(1, '/maps/a.touchline')).toBe(false);
    reg.setDocumentState(1, { title: 'A', dirty: false, path: '/maps/a.touchline' });
    expect(reg.isShowing(1, '/maps/./a.touchline')).toBe(true);
    expect(reg.isShowing(1, '/maps/b.touchline')).toBe(false);
    reg.setDocumentState(1, { title: 'Untitled', dirty: false, path: null });
    expect(reg.isShowing(1, '/maps/a.touchline')).toBe(false);
  });
});
