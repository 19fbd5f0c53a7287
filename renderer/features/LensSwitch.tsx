/** Marketing / IT / Combined: what the canvas emphasises. View state only — never saved. */
import { COMMAND_KEYS } from '../../shared/keymap.ts';
import { formatShortcut } from '../actions/shortcuts.ts';
import type { Lens } from '../state/viewSlice.ts';
import { useAppStore, useAppStoreApi } from '../state/store.ts';

const LENSES: { id: Lens; label: string; hint: string; shortcut: string }[] = [
  { id: 'marketing', label: 'Marketing', hint: 'Emotions and friction first; systems as chips on the cards', shortcut: COMMAND_KEYS.lensMarketing.keys[0]! },
  { id: 'it', label: 'IT', hint: 'Systems lane and data links first, with their integration and freshness', shortcut: COMMAND_KEYS.lensIt.keys[0]! },
  { id: 'combined', label: 'Combined', hint: 'Everything at once', shortcut: COMMAND_KEYS.lensCombined.keys[0]! },
];

export function LensSwitch() {
  const store = useAppStoreApi();
  const lens = useAppStore((s) => s.lens);
  return (
    <div className="lens-switch" role="radiogroup" aria-label="Lens">
      {LENSES.map((l) => (
        <button key={l.id} type="button" role="radio" aria-checked={lens === l.id} title={`${l.label} lens (${formatShortcut(l.shortcut)}) — ${l.hint}`}
          onClick={() => store.getState().setLens(l.id)}>
          {l.label}
        </button>
      ))}
    </div>
  );
}
