/**
 * Keyboard behaviour every modal dialog shares: keys typed inside never
 * reach the app's shortcuts (S would add a stage), Escape closes, and Tab
 * stays inside the dialog.
 */
import type { KeyboardEvent } from 'react';

const FOCUSABLE = 'button:not(:disabled), [href], input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

export function modalKeyDown(event: KeyboardEvent, root: HTMLElement | null, onEscape: () => void): void {
  event.stopPropagation();
  if (event.key === 'Escape') {
    event.preventDefault();
    onEscape();
  } else if (event.key === 'Tab') {
    trapFocus(event, root);
  }
}

function trapFocus(event: KeyboardEvent, root: HTMLElement | null) {
  if (!root) return;
  const items = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)];
  if (items.length === 0) return;
  const first = items[0]!;
  const last = items[items.length - 1]!;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}
