/** The per-stage heatmap: one row per stage, darker cells where there is more to fix. */
import type { CSSProperties } from 'react';
import type { StageAlignment } from '../../../shared/analysis/alignment.ts';
import type { Reveal } from './AlignmentPanel.tsx';

type CountKey = 'personalData' | 'weakIntegrations' | 'stale' | 'retiringSystems';

const COUNT_COLUMNS: { key: CountKey; label: string; title: string }[] = [
  { key: 'personalData', label: 'Personal data', title: 'Data links carrying personal data' },
  { key: 'weakIntegrations', label: 'Manual/none', title: 'Data links with a manual or no integration' },
  { key: 'stale', label: 'Stale', title: 'Touchpoints needing real-time data fed daily, weekly or unknown' },
  { key: 'retiringSystems', label: 'EOL systems', title: 'Distinct phase-out or end-of-life systems in use' },
];

export const percent = (ratio: number | null) => (ratio === null ? '–' : `${Math.round(ratio * 100)}%`);

/** 0–1 heat of a cell, given as a CSS variable the stylesheet turns into colour. */
const heat = (value: number): CSSProperties => ({ '--heat': value.toFixed(2) } as CSSProperties);

export function AlignmentHeatmap({ stages, reveal }: { stages: StageAlignment[]; reveal: Reveal }) {
  if (stages.length === 0) {
    return (
      <section className="panel-section" aria-labelledby="alignment-stages">
        <h3 id="alignment-stages">By stage</h3>
        <p className="panel-empty">No stages yet.</p>
      </section>
    );
  }
  const max = (key: CountKey) => Math.max(1, ...stages.map((s) => s[key]));
  const maxima = Object.fromEntries(COUNT_COLUMNS.map(({ key }) => [key, max(key)])) as Record<CountKey, number>;
  return (
    <section className="panel-section" aria-labelledby="alignment-stages">
      <h3 id="alignment-stages">By stage</h3>
      <div className="alignment-table-wrap">
        <table className="alignment-table alignment-heatmap" aria-labelledby="alignment-stages">
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col" title="Share of touchpoints with at least one data link">Coverage</th>
              {COUNT_COLUMNS.map((c) => <th key={c.key} scope="col" title={c.title}>{c.label}</th>)}
              <th scope="col" title="Alignment score, 0–100">Score</th>
            </tr>
          </thead>
          <tbody>
            {stages.map((s) => (
              <tr key={s.stageId}>
                <th scope="row">
                  <button type="button" className="alignment-link" onClick={() => reveal(s.stageId)}>{s.name || 'Untitled stage'}</button>
                </th>
                <td className="alignment-heat" style={heat(s.coverage === null ? 0 : 1 - s.coverage)}>{percent(s.coverage)}</td>
                {COUNT_COLUMNS.map((c) => (
                  <td key={c.key} className="alignment-heat" style={heat(s[c.key] / maxima[c.key])}>{s[c.key]}</td>
                ))}
                <td className="alignment-heat alignment-cell-score" style={heat(s.score === null ? 0 : 1 - s.score / 100)}>{s.score ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
