/** Every field of one catalog system, edited in the catalog panel. */
import { ArrowLeft, ExternalLink, Trash } from 'lucide-react';
import { CRITICALITIES, HOSTING, LIFECYCLES, SYSTEM_KINDS } from '../../../shared/domain/vocab.ts';
import type { System } from '../../../shared/domain/model.ts';
import { deleteSystemsAsking } from '../../actions/systems.ts';
import { ask } from '../../state/dialogs.ts';
import { useAppStoreApi } from '../../state/store.ts';
import { CheckboxField, SelectField, TextArea, TextField } from '../inspector/fields.tsx';

type Changes = Partial<Omit<System, 'id'>>;

/** Only web links may be opened, and only after the user confirms. */
export function openableUrl(link: string): string | null {
  const text = link.trim();
  if (!/^https?:\/\//i.test(text)) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function SystemEditor({ system, onClose, autoFocus }: { system: System; onClose(): void; autoFocus?: boolean }) {
  const store = useAppStoreApi();
  const update = (changes: Changes) => store.getState().dispatch({ name: 'updateSystem', payload: { systemId: system.id, changes } });
  const url = openableUrl(system.link);

  const openLink = async () => {
    if (!url) return;
    const choice = await ask(store, {
      title: 'Open link?',
      message: `Open this link in your web browser?\n\n${url}\n\nOnly open links you trust.`,
      choices: [{ id: 'open', label: 'Open link', tone: 'primary' }, { id: 'cancel', label: 'Cancel' }],
      cancelId: 'cancel',
    });
    if (choice === 'open') window.open(url, '_blank', 'noopener');
  };

  const remove = async () => {
    if (await deleteSystemsAsking(store, [system.id])) onClose();
  };

  return (
    <section className="panel-section catalog-editor" aria-label={`Edit system ${system.name}`}>
      <div className="catalog-editor-bar">
        <button type="button" className="button" onClick={onClose}>
          <ArrowLeft size={16} aria-hidden="true" />All systems
        </button>
      </div>
      <TextField label="Name" value={system.name} onChange={(name) => update({ name })} autoFocus={autoFocus} />
      <SelectField label="Kind" value={system.kind} options={SYSTEM_KINDS.options} onChange={(kind) => update({ kind })} />
      <TextField label="Vendor" value={system.vendor} onChange={(vendor) => update({ vendor })} />
      <TextField label="Business owner" value={system.businessOwner} onChange={(businessOwner) => update({ businessOwner })} />
      <TextField label="Technical owner" value={system.technicalOwner} onChange={(technicalOwner) => update({ technicalOwner })} />
      <SelectField label="Hosting" value={system.hosting} options={HOSTING.options} onChange={(hosting) => update({ hosting })} />
      <SelectField label="Lifecycle" value={system.lifecycle} options={LIFECYCLES.options} onChange={(lifecycle) => update({ lifecycle })} />
      <SelectField label="Business criticality" value={system.criticality} options={CRITICALITIES.options} onChange={(criticality) => update({ criticality })} />
      <CheckboxField label="System of record" checked={system.systemOfRecord} onChange={(systemOfRecord) => update({ systemOfRecord })} />
      <TextField label="Reference link" value={system.link} placeholder="https://…" onChange={(link) => update({ link })} />
      <div className="catalog-link-row">
        <button
          type="button"
          className="button"
          disabled={!url}
          title={url ? 'Asks before opening the link in your browser' : 'Only web links (http or https) can be opened'}
          onClick={() => void openLink()}
        >
          <ExternalLink size={16} aria-hidden="true" />Open link…
        </button>
      </div>
      <TextArea label="Notes" value={system.notes} onChange={(notes) => update({ notes })} rows={4} />
      <div className="catalog-editor-bar">
        <button type="button" className="button danger" onClick={() => void remove()}>
          <Trash size={16} aria-hidden="true" />Delete system
        </button>
      </div>
    </section>
  );
}
