/** The bottom bar: who is speaking, what is in the journey, whether it is saved, and which mode runs. */
import { memo } from 'react';
import { selectDirty, selectJourney, useAppStore } from '../state/store.ts';
import { IdentityControl } from './identity/IdentityControl.tsx';

// The bar redraws when an undo or redo crosses the saved state; who is speaking has not changed.
const Identity = memo(IdentityControl);

export function StatusBar({ mode }: { mode: 'desktop' | 'browser' }) {
  // Counts, not the journey: an edit that moves cards does not redraw the bar.
  const stages = useAppStore((s) => selectJourney(s).stages.length);
  const touchpoints = useAppStore((s) => selectJourney(s).touchpoints.length);
  const dirty = useAppStore(selectDirty);
  const fileName = useAppStore((s) => s.file?.name ?? null);
  const selected = useAppStore((s) => s.selection.length);
  return (
    <footer className="status-bar" aria-label="Status">
      <Identity />
      <span>{plural(stages, 'stage')} · {plural(touchpoints, 'touchpoint')}</span>
      {selected > 0 && <span>{selected} selected</span>}
      <span className="status-spacer" />
      <span className={dirty ? 'save-state is-dirty' : 'save-state'} role="status">
        {dirty ? 'Unsaved changes' : fileName ? `Saved · ${fileName}` : 'Not saved yet'}
      </span>
      <span className="mode-badge" title={mode === 'browser' ? 'Running in a browser tab: files are opened and saved through the browser.' : 'Desktop app'}>
        {mode === 'browser' ? 'Browser mode' : 'Desktop'}
      </span>
    </footer>
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
