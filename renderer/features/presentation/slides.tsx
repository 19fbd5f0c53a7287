/** The slides of presentation mode: title, one per stage, and the top-voted friction points. */
import type { CSSProperties } from 'react';
import { CHANNELS, JOURNEY_KINDS, SEVERITIES } from '../../../shared/domain/vocab.ts';
import type { Friction, Journey, Persona, Project, Stage, Touchpoint } from '../../../shared/domain/model.ts';
import { rankFrictions } from '../voting/ranking.ts';

export type Slide = { kind: 'title' } | { kind: 'stage'; stage: Stage; index: number } | { kind: 'closing' };

export function buildSlides(journey: Journey): Slide[] {
  return [{ kind: 'title' }, ...journey.stages.map((stage, index) => ({ kind: 'stage' as const, stage, index })), { kind: 'closing' }];
}

export function slideTitle(slide: Slide, project: Project): string {
  if (slide.kind === 'title') return project.name;
  if (slide.kind === 'stage') return slide.stage.name || 'Untitled stage';
  return 'Top friction points';
}

/** "Emotion −1", "Emotion +2", "Emotion 0" (a real minus sign, readable from the back row). */
export function emotionLabel(score: number): string {
  return `Emotion ${score > 0 ? `+${score}` : score < 0 ? `−${-score}` : '0'}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function totalsOf(journey: Journey): Map<string, number> {
  const totals = new Map<string, number>();
  for (const v of journey.votes) totals.set(v.frictionId, (totals.get(v.frictionId) ?? 0) + v.count);
  return totals;
}

export function TitleSlide({ project, journey }: { project: Project; journey: Journey }) {
  const counts: [number, string, string][] = [
    [journey.stages.length, 'stage', 'stages'],
    [journey.touchpoints.length, 'touchpoint', 'touchpoints'],
    [journey.frictions.length, 'friction point', 'friction points'],
    [project.personas.length, 'persona', 'personas'],
  ];
  return (
    <div className="slide slide-title">
      <p className="slide-eyebrow">{JOURNEY_KINDS.labels[journey.kind]}</p>
      <h2 className="slide-project">{project.name}</h2>
      {journey.name !== project.name && <p className="slide-journey">{journey.name}</p>}
      {journey.description && <p className="slide-description">{journey.description}</p>}
      <ul className="slide-counts">
        {counts.map(([n, one, many]) => (
          <li key={one}><strong>{n}</strong> <span>{n === 1 ? one : many}</span></li>
        ))}
      </ul>
    </div>
  );
}

export function StageSlide({ journey, stage, index, persona }: { journey: Journey; stage: Stage; index: number; persona: Persona | null }) {
  const touchpoints = storyOrder(journey, journey.touchpoints.filter((t) => t.stageId === stage.id));
  const totals = totalsOf(journey);
  return (
    <div className="slide slide-stage" style={{ '--stage-color': stage.color } as CSSProperties}>
      <header className="slide-stage-header">
        <p className="slide-eyebrow">Stage {index + 1} of {journey.stages.length}</p>
        <h2 className="slide-stage-name">{stage.name || 'Untitled stage'}</h2>
        {(stage.goal || stage.kpi) && (
          <dl className="slide-facts">
            {stage.goal && <div><dt>Goal</dt><dd>{stage.goal}</dd></div>}
            {stage.kpi && <div><dt>KPI</dt><dd>{stage.kpi}</dd></div>}
          </dl>
        )}
        {persona && touchpoints.length > 0 && <p className="slide-persona"><span className="slide-persona-swatch" style={{ background: persona.color }} />Emotions as felt by {persona.name}</p>}
      </header>
      {touchpoints.length === 0 ? (
        <p className="slide-empty">No touchpoints in this stage yet.</p>
      ) : (
        <ul className="slide-cards">
          {touchpoints.map((t) => (
            <TouchpointCard key={t.id} touchpoint={t} persona={persona} frictions={journey.frictions.filter((f) => f.touchpointId === t.id)} totals={totals} />
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * Touchpoints in the order the customer meets them: along the connections
 * drawn between them, otherwise left to right, then lane by lane.
 */
export function storyOrder(journey: Journey, touchpoints: Touchpoint[]): Touchpoint[] {
  const laneOrder = new Map(journey.lanes.map((l, i) => [l.id, i]));
  const byPlace = (a: Touchpoint, b: Touchpoint) =>
    a.position.x - b.position.x || (laneOrder.get(a.laneId) ?? 0) - (laneOrder.get(b.laneId) ?? 0) || a.position.y - b.position.y;
  const ids = new Set(touchpoints.map((t) => t.id));
  const incoming = new Map(touchpoints.map((t) => [t.id, 0]));
  const edges = journey.connections.filter((c) => ids.has(c.from) && ids.has(c.to) && c.from !== c.to);
  for (const c of edges) incoming.set(c.to, incoming.get(c.to)! + 1);
  const remaining = touchpoints.slice().sort(byPlace);
  const out: Touchpoint[] = [];
  while (remaining.length > 0) {
    // The first card (by place) nobody leads to; on a cycle, simply the first by place.
    const index = Math.max(0, remaining.findIndex((t) => incoming.get(t.id) === 0));
    const [next] = remaining.splice(index, 1);
    out.push(next!);
    for (const c of edges) if (c.from === next!.id) incoming.set(c.to, incoming.get(c.to)! - 1);
  }
  return out;
}

function TouchpointCard({ touchpoint: t, persona, frictions, totals }: { touchpoint: Touchpoint; persona: Persona | null; frictions: Friction[]; totals: Map<string, number> }) {
  const emotion = persona ? t.emotions.find((e) => e.personaId === persona.id) : undefined;
  const tone = emotion ? (emotion.current < 0 ? 'negative' : emotion.current > 0 ? 'positive' : 'neutral') : null;
  return (
    <li className="slide-card">
      <div className="slide-card-top">
        <span className="slide-channel">{CHANNELS.labels[t.channel]}</span>
        {emotion && <span className={`slide-emotion is-${tone}`}>{emotionLabel(emotion.current)}</span>}
      </div>
      <h3 className="slide-card-title">{t.title || 'Untitled touchpoint'}</h3>
      {t.customerAction && <p className="slide-card-action">{t.customerAction}</p>}
      {frictions.length > 0 && (
        <ul className="slide-frictions" aria-label="Friction points">
          {frictions.map((f) => <FrictionLine key={f.id} friction={f} votes={totals.get(f.id) ?? 0} />)}
        </ul>
      )}
    </li>
  );
}

function FrictionLine({ friction, votes }: { friction: Friction; votes: number }) {
  const severity = SEVERITIES.labels[friction.severity];
  return (
    <li className={`slide-friction severity-${friction.severity}`}>
      <span className="slide-severity">{severity}</span>
      <span className="slide-friction-title">{friction.title || 'Untitled friction point'}</span>
      {votes > 0 && <span className="slide-votes">{plural(votes, 'vote', 'votes')}</span>}
    </li>
  );
}

export function ClosingSlide({ journey }: { journey: Journey }) {
  const ranked = rankFrictions(journey);
  const voted = ranked.filter((r) => r.total > 0).slice(0, 5);
  const list = voted.length > 0 ? voted : ranked.slice(0, 3);
  const stageOf = new Map(journey.touchpoints.map((t) => [t.id, journey.stages.find((s) => s.id === t.stageId)?.name ?? '']));
  const touchpointOf = new Map(journey.touchpoints.map((t) => [t.id, t.title]));
  return (
    <div className="slide slide-closing">
      <p className="slide-eyebrow">{voted.length > 0 ? 'What the team voted to fix first' : 'No votes yet: the most severe friction points'}</p>
      <h2 className="slide-stage-name">Top friction points</h2>
      {list.length === 0 ? (
        <p className="slide-empty">No friction points on this journey yet.</p>
      ) : (
        <ol className="slide-ranking">
          {list.map(({ friction, total, rank }) => (
            <li key={friction.id} className={`slide-rank-row severity-${friction.severity}`}>
              <span className="slide-rank">{rank}</span>
              <span className="slide-rank-main">
                <span className="slide-rank-title">{friction.title || 'Untitled friction point'}</span>
                <span className="slide-rank-where">
                  {[stageOf.get(friction.touchpointId), touchpointOf.get(friction.touchpointId)].filter(Boolean).join(' · ')} · {SEVERITIES.labels[friction.severity]} severity
                </span>
              </span>
              {voted.length > 0 && <span className="slide-rank-votes"><strong>{total}</strong> {total === 1 ? 'vote' : 'votes'}</span>}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
