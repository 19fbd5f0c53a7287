/** The Export dialog's controls; every one has an accessible name. */
import type { Project } from '../../../shared/domain/model.ts';
import type { Lens } from '../../state/viewSlice.ts';
import { choiceLabel, EXPORT_CHOICES, type ExportChoice } from './formats.ts';
import './ExportDialog.css';

export interface FormState {
  format: ExportChoice;
  journeyId: string;
  personaId: string;
  area: 'whole' | 'view';
  lens: Lens;
  scale: 1 | 2 | 3;
  title: boolean;
  white: boolean;
}

interface Props {
  project: Project;
  form: FormState;
  onChange(changes: Partial<FormState>): void;
  disabled: boolean;
}

const AREAS = [['whole', 'Whole journey'], ['view', 'Current view']] as const;
const LENSES = [['marketing', 'Marketing'], ['it', 'IT'], ['combined', 'Combined']] as const;
const SCALES = [1, 2, 3] as const;

export function ExportForm({ project, form, onChange, disabled }: Props) {
  const png = form.format === 'png';
  return (
    <fieldset className="export-form" disabled={disabled}>
      <fieldset className="export-group">
        <legend>Format</legend>
        {EXPORT_CHOICES.map((choice) => (
          <label key={choice} className="export-option">
            <input type="radio" name="export-format" value={choice} checked={form.format === choice} onChange={() => onChange({ format: choice })} />
            {choiceLabel(choice)}
          </label>
        ))}
      </fieldset>
      {project.journeys.length > 1 && (png || form.format !== 'json') && (
        <label className="export-field">
          Journey
          <select value={form.journeyId} onChange={(e) => onChange({ journeyId: e.target.value })}>
            {project.journeys.map((j) => <option key={j.id} value={j.id}>{j.name || 'Untitled journey'}</option>)}
          </select>
        </label>
      )}
      {form.format === 'mermaid' && project.personas.length > 0 && (
        <label className="export-field">
          Persona
          <select value={form.personaId} onChange={(e) => onChange({ personaId: e.target.value })}>
            {project.personas.map((p) => <option key={p.id} value={p.id}>{p.name || 'Unnamed persona'}</option>)}
          </select>
        </label>
      )}
      {png && (
        <>
          <Radios legend="Area" name="export-area" items={AREAS} value={form.area} onChange={(area) => onChange({ area })} />
          <Radios legend="Lens" name="export-lens" items={LENSES} value={form.lens} onChange={(lens) => onChange({ lens })} />
          <Radios legend="Scale" name="export-scale" items={SCALES.map((n) => [n, `${n}x`] as const)} value={form.scale} onChange={(scale) => onChange({ scale })} />
          <label className="export-option">
            <input type="checkbox" checked={form.title} disabled={form.area === 'view'} onChange={(e) => onChange({ title: e.target.checked })} />
            Include title
          </label>
          <label className="export-option">
            <input type="checkbox" checked={form.white} onChange={(e) => onChange({ white: e.target.checked })} />
            White background
          </label>
        </>
      )}
    </fieldset>
  );
}

function Radios<T extends string | number>({ legend, name, items, value, onChange }: {
  legend: string; name: string; items: readonly (readonly [T, string])[]; value: T; onChange(value: T): void;
}) {
  return (
    <fieldset className="export-group export-inline">
      <legend>{legend}</legend>
      {items.map(([v, label]) => (
        <label key={String(v)} className="export-option">
          <input type="radio" name={name} value={String(v)} checked={value === v} onChange={() => onChange(v)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
