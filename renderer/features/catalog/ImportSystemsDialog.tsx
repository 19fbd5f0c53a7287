/**
 * "Import from CSV…": pick a file, preview what it would add, update and
 * skip, then import it as one undo step — or cancel and change nothing.
 */
import { Upload } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { createId } from '../../../shared/domain/ids.ts';
import { describeChanges, IMPORT_LIMITS, planSystemImport, type SystemImportPlan } from '../../../shared/import/systemsCsv.ts';
import { useAppStoreApi } from '../../state/store.ts';

const MAX_LISTED = 50;
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many).replace('#', String(n));

/** The button and hidden file input; opens the preview dialog once a file is read. */
export function ImportSystemsButton() {
  const store = useAppStoreApi();
  const input = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<{ fileName: string; plan: SystemImportPlan } | null>(null);

  const read = async (file: File | undefined) => {
    if (input.current) input.current.value = '';
    if (!file) return;
    if (file.size > IMPORT_LIMITS.bytes) {
      store.getState().notify('error', `${file.name} is larger than 2 MB. Split it into smaller files and import them one by one.`);
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      store.getState().notify('error', `${file.name} could not be read.`);
      return;
    }
    setPreview({ fileName: file.name, plan: planSystemImport(text, store.getState().project.systems, () => createId('system')) });
  };

  return (
    <>
      <button type="button" className="button" onClick={() => input.current?.click()}>
        <Upload size={16} aria-hidden="true" />Import from CSV…
      </button>
      <input
        ref={input}
        type="file"
        accept=".csv,text/csv"
        className="visually-hidden"
        tabIndex={-1}
        aria-label="CSV file with systems"
        onChange={(e) => void read(e.target.files?.[0])}
      />
      {preview && <ImportSystemsDialog fileName={preview.fileName} plan={preview.plan} onClose={() => setPreview(null)} />}
    </>
  );
}

export function ImportSystemsDialog({ fileName, plan, onClose }: { fileName: string; plan: SystemImportPlan; onClose(): void }) {
  const store = useAppStoreApi();
  const first = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const count = plan.add.length + plan.update.length;
  const problemLines = new Set(plan.errors.map((e) => e.line)).size;
  useEffect(() => { (count > 0 ? first : cancel).current?.focus(); }, [count]);

  const importNow = () => {
    if (count === 0) return;
    const { dispatch, sealHistory, notify } = store.getState();
    sealHistory();
    dispatch({ name: 'importSystems', payload: { add: plan.add, update: plan.update.map(({ systemId, changes }) => ({ systemId, changes })) } });
    sealHistory();
    const added = plural(plan.add.length, '# system', '# systems');
    const updated = plan.update.length;
    notify('success', plan.add.length === 0 ? `Updated ${plural(updated, '# system', '# systems')}`
      : updated ? `Imported ${added} and updated ${updated}` : `Imported ${added}`);
    onClose();
  };

  // In a portal so no panel's overflow or stacking can clip the modal.
  return createPortal(
    <div className="backdrop" onKeyDown={(e) => { if (e.key === 'Escape') onClose(); }}>
      <div className="dialog catalog-import" role="dialog" aria-modal="true" aria-labelledby="import-systems-title">
        <h2 id="import-systems-title" className="dialog-title">Import systems</h2>
        <p className="dialog-message">From <strong>{fileName}</strong></p>

        <section aria-label="Systems to add">
          <h3>{plural(plan.add.length, '1 system will be added', '# systems will be added')}</h3>
          <NameList names={plan.add.map((s) => s.name)} />
        </section>
        <section aria-label="Systems to update">
          <h3>{plural(plan.update.length, '1 will be updated', '# will be updated')}</h3>
          <NameList names={plan.update.map((u) => `${u.name}: ${describeChanges(u.changes)}`)} />
          {plan.unchanged.length > 0 && <p className="dialog-note">{plural(plan.unchanged.length, '1 row matches', '# rows match')} an existing system and changes nothing.</p>}
        </section>
        {plan.errors.length > 0 && (
          <section aria-label="Rows with problems" className="catalog-import-problems">
            <h3>{plural(problemLines, '1 row has problems', '# rows have problems')} and will be skipped</h3>
            <ul className="dialog-details">
              {plan.errors.slice(0, MAX_LISTED).map((e, i) => <li key={i}>Line {e.line}: {e.message}</li>)}
              {plan.errors.length > MAX_LISTED && <li>… and {plan.errors.length - MAX_LISTED} more</li>}
            </ul>
          </section>
        )}
        {plan.unknownColumns.length > 0 && (
          <p className="dialog-note">Columns ignored (not system fields): {plan.unknownColumns.join(', ')}</p>
        )}
        {count === 0 && <p className="dialog-note">Nothing to import.</p>}
        <p className="dialog-note">You can undo the whole import in one step.</p>
        <div className="dialog-buttons">
          <button ref={first} type="button" className="button primary" disabled={count === 0} onClick={importNow}>Import</button>
          <button ref={cancel} type="button" className="button" onClick={onClose}>Cancel</button>
        </div>
      </div>
    </div>,
    document.body,
  );
}

function NameList({ names }: { names: string[] }) {
  if (names.length === 0) return null;
  return (
    <ul className="catalog-import-names">
      {names.slice(0, MAX_LISTED).map((n, i) => <li key={i}>{n}</li>)}
      {names.length > MAX_LISTED && <li>… and {names.length - MAX_LISTED} more</li>}
    </ul>
  );
}
