/**
 * Points of a persona's emotion curve: one per scored touchpoint, in reading
 * order (stage by stage, then top to bottom), spread evenly across each
 * stage's column so stacked cards still give a readable left-to-right line.
 * −2 sits at the bottom of the band and +2 at the top.
 */
import type { BoardLayout } from '../../shared/domain/layout.ts';
import type { Journey } from '../../shared/domain/model.ts';
import { EMOTION_MAX, EMOTION_MIN } from '../../shared/domain/vocab.ts';

export interface CurvePoint { touchpointId: string; x: number; current: number; target: number | null; yCurrent: number; yTarget: number | null }

const MARGIN = 18;

export function buildCurve(journey: Journey, personaId: string, layout: BoardLayout, band: { x: number; height: number }, visible: Set<string>): CurvePoint[] {
  const span = band.height - MARGIN * 2;
  const yOf = (score: number) => MARGIN + ((EMOTION_MAX - score) / (EMOTION_MAX - EMOTION_MIN)) * span;
  const laneOrder = new Map(journey.lanes.map((l, i) => [l.id, i]));
  const points: CurvePoint[] = [];
  // One pass to group the scored cards by stage (filtering per stage made a 5,000-card journey's curve quadratic).
  const byStage = new Map<string, Journey['touchpoints'][number][]>();
  for (const t of journey.touchpoints) {
    if (!visible.has(t.id) || !t.emotions.some((e) => e.personaId === personaId)) continue;
    const list = byStage.get(t.stageId);
    if (list) list.push(t);
    else byStage.set(t.stageId, [t]);
  }
  for (const stage of journey.stages) {
    const column = layout.stages.get(stage.id);
    if (!column) continue;
    const scored = (byStage.get(stage.id) ?? [])
      .sort((a, b) => (laneOrder.get(a.laneId) ?? 0) - (laneOrder.get(b.laneId) ?? 0) || a.position.y - b.position.y || a.position.x - b.position.x);
    scored.forEach((t, i) => {
      const emotion = t.emotions.find((e) => e.personaId === personaId)!;
      points.push({
        touchpointId: t.id,
        x: column.x + ((i + 0.5) * column.width) / scored.length - band.x,
        current: emotion.current,
        target: emotion.target,
        yCurrent: yOf(emotion.current),
        yTarget: emotion.target === null ? null : yOf(emotion.target),
      });
    });
  }
  return points;
}

/** A smooth SVG path through the points (Catmull-Rom turned into cubic Béziers). */
/**
 * Dots of radius `r` at the points, as one path: an undo that moves a stage's points changes one
 * attribute, where a circle per point changed two each (and was a React element each to compare).
 */
export function dotsPath(points: readonly { x: number; y: number }[], r: number): string {
  const f = (n: number) => n.toFixed(1);
  let d = '';
  for (const p of points) d += `M${f(p.x - r)},${f(p.y)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
  return d;
}

export function smoothPath(points: { x: number; y: number }[]): string {
  if (points.length === 0) return '';
  const f = (n: number) => n.toFixed(1);
  let d = `M${f(points[0]!.x)},${f(points[0]!.y)}`;
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[Math.max(0, i - 1)]!;
    const p1 = points[i]!;
    const p2 = points[i + 1]!;
    const p3 = points[Math.min(points.length - 1, i + 2)]!;
    const c1 = { x: p1.x + (p2.x - p0.x) / 6, y: p1.y + (p2.y - p0.y) / 6 };
    const c2 = { x: p2.x - (p3.x - p1.x) / 6, y: p2.y - (p3.y - p1.y) / 6 };
    d += ` C${f(c1.x)},${f(c1.y)} ${f(c2.x)},${f(c2.y)} ${f(p2.x)},${f(p2.y)}`;
  }
  return d;
}
