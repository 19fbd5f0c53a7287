/**
 * Keyboard shortcuts as data: `Mod` is Ctrl, or ⌘ on a Mac. The same strings
 * are matched against key events and shown in tooltips and menus.
 */
export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function formatShortcut(shortcut: string, mac = isMac): string {
  const parts = shortcut.split('+');
  if (!mac) return parts.map((p) => (p === 'Mod' ? 'Ctrl' : p)).join('+');
  const symbols: Record<string, string> = { Mod: '⌘', Shift: '⇧', Alt: '⌥', Ctrl: '⌃', Backspace: '⌫', Delete: '⌦', Enter: '↩' };
  return parts.map((p) => symbols[p] ?? p).join('');
}

/** The shortcut string of a key event, e.g. `Mod+Shift+Z`. */
export function eventShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, mac = isMac): string {
  const parts: string[] = [];
  const mod = mac ? event.metaKey : event.ctrlKey;
  if (mod) parts.push('Mod');
  if (mac && event.ctrlKey) parts.push('Ctrl');
  if (event.altKey) parts.push('Alt');
  if (event.shiftKey) parts.push('Shift');
  const key = event.key.length === 1 ? event.key.toUpperCase() : event.key;
  parts.push(key === ' ' ? 'Space' : key);
  return parts.join('+');
}

/** True when the key event comes from a text field, where most shortcuts must not fire. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
