/** The project's personas: add, edit, delete, and choose whose emotion curve the canvas draws. */
import { ChevronDown, ChevronRight, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { PERSONA_COLORS } from '../../../shared/domain/defaults.ts';
import { createId } from '../../../shared/domain/ids.ts';
import type { Persona } from '../../../shared/domain/model.ts';
import { ask } from '../../state/dialogs.ts';
import { useAppStore } from '../../state/store.ts';
import { ColourField, Section, TextArea, TextField, plural, useCommands } from '../inspector/fields.tsx';

export function PersonasSection() {
  const { store, run, seal } = useCommands();
  const personas = useAppStore((s) => s.project.personas);
  const curve = useAppStore((s) => s.curvePersonaId);
  const [open, setOpen] = useState<string | null>(null);
  const [fresh, setFresh] = useState<string | null>(null);
  const add = () => {
    const personaId = createId('persona');
    if (run({ name: 'addPersona', payload: { personaId, name: 'New persona' } })) {
      seal();
      setOpen(personaId);
      setFresh(personaId);
    }
  };
  const curveName = personas.find((p) => p.id === curve)?.name;
  return (
    <Section title="Personas">
      {personas.length === 0 ? (
        <p className="hint">Personas are shared by every journey of the project. Add one to score emotions per touchpoint and draw the curve.</p>
      ) : (
        <ul className="persona-list" aria-label="Personas">
          {personas.map((p) => (
            <PersonaRow key={p.id} persona={p} expanded={open === p.id} isNew={fresh === p.id} showsCurve={curve === p.id}
              onToggle={() => { setOpen(open === p.id ? null : p.id); setFresh(null); }} />
          ))}
        </ul>
      )}
      {curveName !== undefined && (
        <p className="hint curve-note">
          The canvas shows {curveName || 'this persona'}’s emotion curve.{' '}
          <button type="button" className="link-button" onClick={() => store.getState().setCurvePersona(null)}>Hide curve</button>
        </p>
      )}
      <div className="button-row">
        <button type="button" className="button" onClick={add}><Plus size={16} aria-hidden="true" />Add persona</button>
      </div>
    </Section>
  );
}

interface RowProps { persona: Persona; expanded: boolean; isNew: boolean; showsCurve: boolean; onToggle(): void }

function PersonaRow({ persona, expanded, isNew, showsCurve, onToggle }: RowProps) {
  const { store, run } = useCommands();
  const scored = useAppStore((s) => s.project.journeys.reduce(
    (n, j) => n + j.touchpoints.filter((t) => t.emotions.some((e) => e.personaId === persona.id)).length, 0));
  const update = (changes: Partial<Omit<Persona, 'id'>>) => run({ name: 'updatePersona', payload: { personaId: persona.id, changes } });
  const name = persona.name || 'Unnamed persona';
  const remove = async () => {
    const choice = await ask(store, {
      title: 'Delete persona?',
      message: scored > 0
        ? `"${name}" has emotion scores on ${plural(scored, 'touchpoint')}. Their emotion scores go too.`
        : `"${name}" has no emotion scores yet. Delete the persona?`,
      choices: [{ id: 'delete', label: 'Delete', tone: 'danger' }, { id: 'cancel', label: 'Cancel' }],
      cancelId: 'cancel',
    });
    if (choice !== 'delete') return;
    if (store.getState().curvePersonaId === persona.id) store.getState().setCurvePersona(null);
    run({ name: 'deletePersonas', payload: { personaIds: [persona.id] } });
  };
  const Chevron = expanded ? ChevronDown : ChevronRight;
  return (
    <li className="persona-row" aria-label={name}>
      <div className="persona-head">
        <button type="button" className="persona-toggle" aria-expanded={expanded} onClick={onToggle}>
          <Chevron size={16} aria-hidden="true" />
          <span className="swatch-dot" style={{ background: persona.color }} aria-hidden="true" />
          <span className="persona-names">
            <span className="list-text">{name}</span>
            {persona.role && <span className="persona-role">{persona.role}</span>}
          </span>
        </button>
        <label className="curve-toggle" title="Draw this persona's emotion curve on the canvas">
          <input type="radio" name="curve-persona" checked={showsCurve} onChange={() => store.getState().setCurvePersona(persona.id)} />
          <span>Show curve</span>
        </label>
      </div>
      {expanded && (
        <div className="persona-form">
          <TextField label="Name" value={persona.name} onChange={(v) => update({ name: v })} placeholder="Unnamed persona" autoFocus={isNew} />
          <TextField label="Role" value={persona.role} onChange={(role) => update({ role })} placeholder="e.g. Loyal regular" />
          <TextArea label="Goals" value={persona.goals} onChange={(goals) => update({ goals })} rows={2} />
          <TextField label="Quote" value={persona.quote} onChange={(quote) => update({ quote })} placeholder="“I just want it to work.”" long />
          <ColourField value={persona.color} colours={PERSONA_COLORS} onChange={(color) => update({ color })} />
          <p className="hint">{plural(scored, 'touchpoint')} scored</p>
          <div className="button-row">
            <button type="button" className="button danger" onClick={() => void remove()}><Trash2 size={16} aria-hidden="true" />Delete persona</button>
          </div>
        </div>
      )}
    </li>
  );
}
