/**
 * "Recover unsaved work?" at start: drafts an earlier session left behind (a
 * crash, a killed process), each with Restore or Discard. Also runs the
 * autosave that writes this session's draft. Always mounted by App.
 */
import { History } from 'lucide-react';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { modalKeyDown } from '../modalKeys.ts';
import type { DraftInfo } from '../../../shared/ipc/contract.ts';
import type { Platform } from '../../platform/types.ts';
import { useAppStoreApi } from '../../state/store.ts';
import { formatDraftTime, formatSize } from './format.ts';
import { discardDraft, restoreDraft } from './restore.ts';
import { SESSION_DRAFT_ID } from './session.ts';
import { useAutosave } from './useAutosave.ts';

export function RecoveryDialog({ platform }: { platform: Platform }) {
  const store = useAppStoreApi();
  useAutosave(store, platform);
  const [drafts, setDrafts] = useState<DraftInfo[]>([]);
  const [hidden, setHidden] = useState(false);

  useEffect(() => {
    let live = true;
    void platform.drafts.list().then((result) => {
      if (live && result.ok) setDrafts(result.value.filter((d) => d.draftId !== SESSION_DRAFT_ID));
    });
    return () => { live = false; };
  }, [platform]);

  if (hidden || drafts.length === 0) return null;
  const remove = (draftId: string) => setDrafts((list) => list.filter((d) => d.draftId !== draftId));
  return <RecoveryList drafts={drafts} ctx={{ store, platform }} onDone={remove} onLater={() => setHidden(true)} />;
}

interface ListProps {
  drafts: DraftInfo[];
  ctx: Parameters<typeof restoreDraft>[0];
  onDone(draftId: string): void;
  onLater(): void;
}

function RecoveryList({ drafts, ctx, onDone, onLater }: ListProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);
  const now = useMemo(() => new Date(), []);

  useEffect(() => {
    dialog.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [drafts.length]);

  const run = async (draft: DraftInfo, action: typeof restoreDraft) => {
    if (busy) return;
    setBusy(true);
    try {
      // After a restore the other drafts stay listed: restoring one more would replace this one (and ask first).
      if (await action(ctx, draft)) onDone(draft.draftId);
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => modalKeyDown(event, dialog.current, onLater);

  return (
    <div className="backdrop" onKeyDown={onKeyDown}>
      <div ref={dialog} className="dialog" role="dialog" aria-modal="true" aria-labelledby="recovery-title" aria-describedby="recovery-intro">
        <h2 id="recovery-title" className="dialog-title"><History size={20} aria-hidden="true" />Recover unsaved work?</h2>
        <p id="recovery-intro" className="dialog-message">
          Touchline closed without saving {drafts.length === 1 ? 'this map' : 'these maps'}. Restore to continue where you left off, or discard to delete the recovered copy.
        </p>
        <ul className="dialog-details" aria-label="Recovered maps" style={{ listStyle: 'none', padding: 0 }}>
          {drafts.map((draft) => (
            <li key={draft.draftId} aria-label={draft.name} style={{ display: 'flex', alignItems: 'center', gap: 8, padding: '6px 0' }}>
              <span style={{ flex: 1 }}>
                <strong>{draft.name || 'Untitled'}</strong>
                <br />
                <small>{`Saved ${formatDraftTime(draft.savedAt, now)} · ${formatSize(draft.bytes)}`}</small>
              </span>
              <button type="button" className="button primary" disabled={busy} onClick={() => void run(draft, restoreDraft)}>Restore</button>
              <button type="button" className="button danger" disabled={busy} onClick={() => void run(draft, discardDraft)}>Discard</button>
            </li>
          ))}
        </ul>
        <p className="dialog-note">Decide later to keep the copies until Touchline starts again.</p>
        <div className="dialog-buttons">
          <button type="button" className="button" onClick={onLater}>Decide later</button>
        </div>
      </div>
    </div>
  );
}
