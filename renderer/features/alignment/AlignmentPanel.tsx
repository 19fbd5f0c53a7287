/**
 * The Alignment panel: how well the journey is backed by data and owned,
 * stage by stage. Numbers come from shared/analysis/alignment.ts (the same
 * functions `touchline stats` uses); every item selects and reveals its
 * element on the canvas.
 */
import { SidePanelHeader } from '../SidePanelHeader.tsx';
import { useMemo } from 'react';
import { alignmentScore, journeyAlignment, unusedSystems } from '../../../shared/analysis/alignment.ts';
import { selectJourney, useAppStore, useAppStoreApi } from '../../state/store.ts';
import { AlignmentHeatmap } from './AlignmentHeatmap.tsx';
import { FrictionLists, UnlinkedTouchpoints, UnusedSystems } from './AlignmentLists.tsx';
import './AlignmentPanel.css';

/** Select an element and scroll the canvas to it. */
export type Reveal = (id: string) => void;

export function AlignmentPanel() {
  const store = useAppStoreApi();
  const journey = useAppStore(selectJourney);
  const journeys = useAppStore((s) => s.project.journeys);
  const systems = useAppStore((s) => s.project.systems);
  // Journeys and the catalog are immutable: identity changes exactly when content does.
  const analysis = useMemo(() => journeyAlignment(journey, systems), [journey, systems]);
  const unused = useMemo(() => unusedSystems(journeys, systems), [journeys, systems]);
  const reveal: Reveal = (id) => {
    const state = store.getState();
    state.setSelection([id]);
    state.reveal(id);
  };
  const linked = analysis.stages.reduce((n, s) => n + s.linked, 0);
  const total = analysis.stages.reduce((n, s) => n + s.touchpoints, 0);
  const percent = Math.round(analysis.coverage.overall * 100);
  const score = alignmentScore(analysis.stages);

  return (
    <aside className="side-panel alignment-panel" aria-label="Alignment">
      <SidePanelHeader title="Alignment" />
      <section className="panel-section" aria-label="Summary">
        <p className="alignment-score" data-testid="alignment-score">
          Alignment <strong className="alignment-score-value">{score}</strong> / 100
        </p>
        <div className="alignment-coverage">
          <div
            className="alignment-bar"
            role="meter"
            aria-label="Coverage"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            aria-valuetext={`${percent}%`}
          >
            <div className="alignment-bar-fill" style={{ width: `${percent}%` }} />
          </div>
          <p className="alignment-note" data-testid="alignment-coverage">
            Coverage <strong>{percent}%</strong>: {linked} of {total} touchpoints have a data link
          </p>
        </div>
        {total === 0 && <p className="alignment-note">Add touchpoints and attach systems to them to see how well the journey is backed by data.</p>}
      </section>
      <AlignmentHeatmap stages={analysis.stages} reveal={reveal} />
      <UnlinkedTouchpoints groups={analysis.unlinkedTouchpoints} reveal={reveal} />
      <FrictionLists unowned={analysis.unownedFrictions} causes={analysis.frictionSystems} stages={journey.stages} reveal={reveal} />
      <UnusedSystems systems={unused} reveal={reveal} />
    </aside>
  );
}
