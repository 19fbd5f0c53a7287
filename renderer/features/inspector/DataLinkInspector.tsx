/** A data link: what data a touchpoint exchanges with a system, and how well it is integrated. */
import { Trash2 } from 'lucide-react';
import type { DataLink } from '../../../shared/domain/model.ts';
import { DIRECTIONS, EVIDENCE, FRESHNESS, INTEGRATIONS, PERSONAL_DATA_CATEGORIES } from '../../../shared/domain/vocab.ts';
import { byId } from '../../state/indexes.ts';
import { selectJourney, useAppStore } from '../../state/store.ts';
import { CheckboxField, Section, SelectField, TextField, useCommands } from './fields.tsx';
import { NotesSection } from '../annotations/NotesSection.tsx';

type Changes = Partial<Omit<DataLink, 'id' | 'touchpointId' | 'systemId'>>;

/** "Customer profile, order" ⇄ ['Customer profile', 'order']. */
const toList = (text: string) => text.split(',').map((s) => s.trimStart());
const fromList = (items: string[]) => items.join(',');

export function DataLinkInspector({ link }: { link: DataLink }) {
  const { journeyId, run, select } = useCommands();
  const journey = useAppStore(selectJourney);
  const system = useAppStore((s) => byId(s.project.systems, link.systemId));
  const touchpoint = byId(journey.touchpoints, link.touchpointId);
  const update = (changes: Changes) => run({ name: 'updateDataLink', payload: { journeyId: journeyId(), dataLinkId: link.id, changes } });
  const toggleCategory = (category: DataLink['personalDataCategories'][number], on: boolean) =>
    update({ personalDataCategories: on ? [...link.personalDataCategories, category] : link.personalDataCategories.filter((c) => c !== category) });
  const remove = () => run({ name: 'deleteElements', payload: { journeyId: journeyId(), ids: [link.id] } }, [link.touchpointId]);
  return (
    <>
      <Section title="Link">
        <p className="hint">
          <button type="button" className="link-button" onClick={() => select([link.touchpointId])}>{touchpoint?.title || 'Untitled touchpoint'}</button>
          {' → '}
          <button type="button" className="link-button" onClick={() => select([link.systemId])}>{system?.name || 'Untitled system'}</button>
        </p>
        <TextField label="Data objects" value={fromList(link.dataObjects)} placeholder="Customer profile, order, consent"
          onChange={(text) => update({ dataObjects: toList(text).filter((item, i, all) => item !== '' || i === all.length - 1) })} />
        <div className="field-row">
          <SelectField label="Direction" value={link.direction} options={DIRECTIONS.options} onChange={(direction) => update({ direction })} />
          <SelectField label="Evidence" value={link.evidence} options={EVIDENCE.options} onChange={(evidence) => update({ evidence })} />
        </div>
        <div className="field-row">
          <SelectField label="Integration" value={link.integration} options={INTEGRATIONS.options} onChange={(integration) => update({ integration })} />
          <SelectField label="Data freshness" value={link.freshness} options={FRESHNESS.options} onChange={(freshness) => update({ freshness })} />
        </div>
      </Section>
      <Section title="Personal data">
        <CheckboxField label="Carries personal data" checked={link.personalData} onChange={(personalData) => update({ personalData })} />
        {link.personalData && (
          <div className="check-list" role="group" aria-label="Personal data categories">
            {PERSONAL_DATA_CATEGORIES.options.map((c) => (
              <CheckboxField key={c.value} label={c.label} checked={link.personalDataCategories.includes(c.value)} onChange={(on) => toggleCategory(c.value, on)} />
            ))}
          </div>
        )}
      </Section>
      <NotesSection target={{ kind: 'dataLink', id: link.id }} />
      <div className="panel-section">
        <div className="button-row">
          <button type="button" className="button danger" onClick={remove}><Trash2 size={16} aria-hidden="true" />Remove link</button>
        </div>
      </div>
    </>
  );
}
