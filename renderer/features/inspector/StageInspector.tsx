/** Stage form: name, colour, goal, KPI; tidy, reorder and delete. */
import { ArrowLeft, ArrowRight, LayoutGrid, Trash2 } from 'lucide-react';
import { STAGE_COLORS } from '../../../shared/domain/defaults.ts';
import type { Stage } from '../../../shared/domain/model.ts';
import { ask } from '../../state/dialogs.ts';
import { selectJourney, useAppStore } from '../../state/store.ts';
import { ColourField, Section, TextArea, TextField, plural, useCommands } from './fields.tsx';
import { NotesSection } from '../annotations/NotesSection.tsx';

export function StageInspector({ stage }: { stage: Stage }) {
  const { store, journeyId, run } = useCommands();
  const journey = useAppStore(selectJourney);
  const index = journey.stages.findIndex((s) => s.id === stage.id);
  const touchpoints = journey.touchpoints.filter((t) => t.stageId === stage.id).length;
  const update = (changes: Partial<Omit<Stage, 'id'>>) => run({ name: 'updateStage', payload: { journeyId: journeyId(), stageId: stage.id, changes } });
  const move = (toIndex: number) => run({ name: 'moveStage', payload: { journeyId: journeyId(), stageId: stage.id, toIndex } });

  const remove = async () => {
    if (touchpoints > 0) {
      const choice = await ask(store, {
        title: 'Delete stage?',
        message: `"${stage.name || 'Untitled stage'}" holds ${plural(touchpoints, 'touchpoint')}. ${touchpoints === 1 ? 'It is' : 'They are'} deleted with the stage, together with ${touchpoints === 1 ? 'its' : 'their'} friction points and emotion scores.`,
        choices: [{ id: 'delete', label: 'Delete', tone: 'danger' }, { id: 'cancel', label: 'Cancel' }],
        cancelId: 'cancel',
      });
      if (choice !== 'delete') return;
    }
    run({ name: 'deleteStages', payload: { journeyId: journeyId(), stageIds: [stage.id] } }, []);
  };

  return (
    <>
      <Section title="Details">
        <TextField label="Name" value={stage.name} onChange={(name) => update({ name })} placeholder="Untitled stage" />
        <ColourField value={stage.color} colours={STAGE_COLORS} onChange={(color) => update({ color })} />
        <TextArea label="Goal" value={stage.goal} onChange={(goal) => update({ goal })} placeholder="What the customer wants to achieve here" rows={2} />
        <TextField label="KPI" value={stage.kpi} onChange={(kpi) => update({ kpi })} placeholder="How success is measured" long />
        <p className="hint">Stage {index + 1} of {journey.stages.length} · {plural(touchpoints, 'touchpoint')}</p>
      </Section>
      <Section title="Layout">
        <div className="button-row">
          <button type="button" className="button" onClick={() => run({ name: 'tidyStage', payload: { journeyId: journeyId(), stageId: stage.id } })} disabled={touchpoints === 0}>
            <LayoutGrid size={16} aria-hidden="true" />Tidy stage
          </button>
        </div>
        <div className="button-row">
          <button type="button" className="button" onClick={() => move(index - 1)} disabled={index <= 0}>
            <ArrowLeft size={16} aria-hidden="true" />Move left
          </button>
          <button type="button" className="button" onClick={() => move(index + 1)} disabled={index >= journey.stages.length - 1}>
            Move right<ArrowRight size={16} aria-hidden="true" />
          </button>
        </div>
      </Section>
      <NotesSection target={{ kind: 'stage', id: stage.id }} />
      <div className="panel-section">
        <div className="button-row">
          <button type="button" className="button danger" onClick={() => void remove()}><Trash2 size={16} aria-hidden="true" />Delete stage</button>
        </div>
      </div>
    </>
  );
}
