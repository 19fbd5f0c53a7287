/** The bottom bar: who is speaking, what is in the journey, whether it is saved, and which mode runs. */
import { selectDirty, selectJourney, useAppStore } from '../state/store.ts';
import { IdentityControl } from './identity/IdentityControl.tsx';

export function StatusBar({ mode }: { mode: 'desktop' | 'browser' }) {
  const journey = useAppStore(selectJourney);
  const dirty = useAppStore(selectDirty);
  const fileName = useAppStore((s) => s.file?.name ?? null);
  const selected = useAppStore((s) => s.selection.length);
  return (
    <footer className="status-bar" aria-label="Status">
      <IdentityControl />
      <span>{plural(journey.stages.length, 'stage')} · {plural(journey.touchpoints.length, 'touchpoint')}</span>
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
