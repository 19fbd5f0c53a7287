/** As-is and to-be emotion scores of each persona at one touchpoint. */
import { Users } from 'lucide-react';
import type { Touchpoint } from '../../../shared/domain/model.ts';
import { EMOTION_MAX, EMOTION_MIN } from '../../../shared/domain/vocab.ts';
import { useAppStore } from '../../state/store.ts';
import { Section, SelectField, useCommands, type Option } from './fields.tsx';

const SCORE_WORDS: Record<number, string> = { [-2]: 'Very negative', [-1]: 'Negative', 0: 'Neutral', 1: 'Positive', 2: 'Very positive' };
const NOT_SET = '';

/** "−2 Very negative" … "+2 Very positive", plus "Not set". */
export function scoreLabel(score: number): string {
  const sign = score < 0 ? '−' : score > 0 ? '+' : '';
  return `${sign}${Math.abs(score)} ${SCORE_WORDS[score] ?? ''}`.trim();
}

const SCORE_OPTIONS: Option<string>[] = [
  { value: NOT_SET, label: 'Not set' },
  ...Array.from({ length: EMOTION_MAX - EMOTION_MIN + 1 }, (_, i) => EMOTION_MIN + i).reverse()
    .map((n) => ({ value: String(n), label: scoreLabel(n) })),
];

export function EmotionsSection({ touchpoint }: { touchpoint: Touchpoint }) {
  const { store, journeyId, run } = useCommands();
  const personas = useAppStore((s) => s.project.personas);
  const set = (personaId: string, change: { current?: number | null; target?: number | null }) =>
    run({ name: 'setEmotion', payload: { journeyId: journeyId(), touchpointId: touchpoint.id, personaId, ...change } });
  const parse = (value: string) => (value === NOT_SET ? null : Number(value));

  if (personas.length === 0) {
    return (
      <Section title="Emotions">
        <p className="hint">Add a persona to score how this touchpoint feels to them.</p>
        <div className="button-row">
          <button type="button" className="button" onClick={() => store.getState().setUi({ sidePanel: 'journey' })}>
            <Users size={16} aria-hidden="true" />Set up personas
          </button>
        </div>
      </Section>
    );
  }
  return (
    <Section title="Emotions">
      {personas.map((p) => {
        const emotion = touchpoint.emotions.find((e) => e.personaId === p.id);
        return (
          <fieldset key={p.id} className="emotion-row">
            <legend className="emotion-persona">
              <span className="swatch-dot" style={{ background: p.color }} aria-hidden="true" />
              {p.name || 'Unnamed persona'}
            </legend>
            <div className="field-row">
              <SelectField label="As-is" value={emotion ? String(emotion.current) : NOT_SET} options={SCORE_OPTIONS}
                onChange={(v) => set(p.id, { current: parse(v) })} />
              <SelectField label="To-be" value={emotion?.target == null ? NOT_SET : String(emotion.target)} options={SCORE_OPTIONS}
                disabled={!emotion} title={emotion ? undefined : 'Set the as-is score first'}
                onChange={(v) => set(p.id, { target: parse(v) })} />
            </div>
          </fieldset>
        );
      })}
    </Section>
  );
}
