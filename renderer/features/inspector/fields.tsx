/**
 * Form controls shared by the inspector and the journey panel. Every control
 * is controlled by the store's value and labelled by its visible label. Text
 * controls dispatch on each keystroke (the commands coalesce into one undo
 * step) and seal the history on blur, so the next field edit is a new step.
 */
import { useId, type ReactNode } from 'react';
import { LIMITS } from '../../../shared/domain/schema.ts';
import type { CommandCall } from '../../../shared/commands/registry.ts';
import type { Selection } from '../../state/selection.ts';
import { useAppStoreApi } from '../../state/store.ts';
import './inspector.css';

/** Dispatch commands and seal typing bursts from a component. */
export function useCommands() {
  const store = useAppStoreApi();
  return {
    store,
    journeyId: () => store.getState().journeyId,
    run: (call: CommandCall, selectionAfter?: Selection) => store.getState().dispatch(call, selectionAfter),
    seal: () => store.getState().sealHistory(),
    select: (ids: string[]) => store.getState().setSelection(ids),
  };
}

interface TextProps {
  label: string;
  value: string;
  onChange(value: string): void;
  placeholder?: string;
  /** Long text (descriptions) gets the larger limit. */
  long?: boolean;
  autoFocus?: boolean;
  hideLabel?: boolean;
}

export function TextField({ label, value, onChange, placeholder, long, autoFocus, hideLabel }: TextProps) {
  const store = useAppStoreApi();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field-label'}>{label}</label>
      <input
        id={id}
        className="input"
        value={value}
        placeholder={placeholder}
        maxLength={long ? LIMITS.text : LIMITS.name}
        autoFocus={autoFocus}
        onFocus={autoFocus ? (e) => e.currentTarget.select() : undefined}
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => store.getState().sealHistory()}
        onKeyDown={(e) => { if (e.key === 'Enter') store.getState().sealHistory(); }}
      />
    </div>
  );
}

export function TextArea({ label, value, onChange, placeholder, rows = 3 }: TextProps & { rows?: number }) {
  const store = useAppStoreApi();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">{label}</label>
      <textarea
        id={id}
        className="textarea"
        rows={rows}
        value={value}
        placeholder={placeholder}
        maxLength={LIMITS.text}
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => store.getState().sealHistory()}
      />
    </div>
  );
}

export interface Option<V extends string> { value: V; label: string }

interface SelectProps<V extends string> {
  label: string;
  value: V;
  options: readonly Option<V>[];
  onChange(value: NoInfer<V>): void;
  /** Something shown before the select, e.g. a severity dot. */
  adornment?: ReactNode;
  disabled?: boolean;
  title?: string;
}

/** A discrete change is its own undo step: seal after it. */
function useSealed<A extends unknown[]>(handler: (...args: A) => void) {
  const store = useAppStoreApi();
  return (...args: A) => {
    handler(...args);
    store.getState().sealHistory();
  };
}

export function SelectField<V extends string>({ label, value, options, onChange, adornment, disabled, title }: SelectProps<V>) {
  const id = useId();
  const change = useSealed(onChange);
  const select = (
    <select id={id} className="select" value={value} disabled={disabled} title={title} onChange={(e) => change(e.target.value as V)}>
      {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
    </select>
  );
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">{label}</label>
      {adornment ? <div className="adorned">{adornment}{select}</div> : select}
    </div>
  );
}

export function CheckboxField({ label, checked, onChange, children }: { label: string; checked: boolean; onChange(checked: boolean): void; children?: ReactNode }) {
  const change = useSealed(onChange);
  return (
    <label className="checkbox">
      <input type="checkbox" checked={checked} onChange={(e) => change(e.target.checked)} />
      {children}
      <span>{label}</span>
    </label>
  );
}

/** A row of colour swatches as radio buttons ("Colour #2563eb"), the current value and a custom picker. */
export function ColourField({ value, colours, onChange }: { value: string; colours: readonly string[]; onChange(colour: string): void }) {
  const store = useAppStoreApi();
  const name = useId();
  const pick = useSealed(onChange);
  return (
    <fieldset className="field swatch-field">
      <legend className="field-label">Colour</legend>
      <div className="swatches">
        {colours.map((c) => (
          <label key={c} className="swatch" style={{ ['--swatch' as string]: c }} title={c}>
            <input type="radio" name={name} value={c} aria-label={`Colour ${c}`} checked={value.toLowerCase() === c} onChange={() => pick(c)} />
          </label>
        ))}
      </div>
      <div className="swatch-extra">
        <label className="swatch-custom" title="Pick any colour">
          <input type="color" value={value} onChange={(e) => onChange(e.target.value)} onBlur={() => store.getState().sealHistory()} />
          <span>Custom</span>
        </label>
        <span className="swatch-value">{value}</span>
      </div>
    </fieldset>
  );
}

/** A titled group of fields. */
export function Section({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  const id = useId();
  return (
    <section className="panel-section" aria-labelledby={id}>
      <div className="section-heading">
        <h3 id={id}>{title}</h3>
        {actions}
      </div>
      {children}
    </section>
  );
}

/** The header of a panel: kind label and an optional close button. */
export function PanelHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <header className="panel-header">
      <h2 className="panel-title">{title}</h2>
      {children}
    </header>
  );
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
