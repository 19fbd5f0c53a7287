/** What a new user sees on an empty journey: what to do first, and how. */
import { Coffee, Map as MapIcon } from 'lucide-react';
import sampleText from '../../assets/samples/coffee-loyalty.touchline?raw';
import { loadProjectText } from '../../shared/file/load.ts';
import type { ActionContext } from '../actions/registry.ts';
import { selectJourney, useAppStore } from '../state/store.ts';
import { ActionButton } from './Toolbar.tsx';

/** The coffee-chain sample opens as an untitled copy, so saving never overwrites the bundled file. */
function openSample({ store }: ActionContext) {
  const loaded = loadProjectText(sampleText);
  if (loaded.ok) store.getState().replaceDocument(loaded.project, null);
}

export function EmptyState({ ctx }: { ctx: ActionContext }) {
  const empty = useAppStore((s) => selectJourney(s).stages.length === 0);
  if (!empty) return null;
  return (
    <section className="empty-state" aria-labelledby="empty-title">
      <MapIcon size={36} aria-hidden="true" className="empty-icon" />
      <h2 id="empty-title">Map your customer journey</h2>
      <p>Start with the stages a customer goes through — discover, buy, use, get help — then add the touchpoints in each stage.</p>
      <div className="empty-actions">
        <ActionButton id="addStage" ctx={ctx} showLabel />
        <ActionButton id="open" ctx={ctx} showLabel />
        <button type="button" className="button" onClick={() => openSample(ctx)}>
          <Coffee size={18} aria-hidden="true" /><span>Explore the sample</span>
        </button>
      </div>
      <p className="hint">Tip: press <kbd>S</kbd> to add a stage and <kbd>T</kbd> to add a touchpoint.</p>
    </section>
  );
}
