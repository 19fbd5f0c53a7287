/** What a new user sees on an empty journey: what to do first, and how. */
import { Map as MapIcon } from 'lucide-react';
import type { ActionContext } from '../actions/registry.ts';
import { selectJourney, useAppStore } from '../state/store.ts';
import { ActionButton } from './Toolbar.tsx';

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
      </div>
      <p className="hint">Tip: press <kbd>S</kbd> to add a stage and <kbd>T</kbd> to add a touchpoint.</p>
    </section>
  );
}
