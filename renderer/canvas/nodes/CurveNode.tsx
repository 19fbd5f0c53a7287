/** The emotion curve of one persona: as-is (solid) and to-be (dashed), drawn live from the scores. */
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { byId } from '../../state/indexes.ts';
import { useAppStore } from '../../state/store.ts';
import { dotsPath, smoothPath as path, type CurvePoint } from '../emotionCurve.ts';
import type { CurveFlowNode } from '../flowModel.ts';
import { sameNodeProps } from './sameNodeProps.ts';

const DOT_RADIUS = 5;

function CurveNodeView({ data, width = 0, height = 0 }: NodeProps<CurveFlowNode>) {
  const persona = useAppStore((s) => byId(s.project.personas, data.personaId));
  if (!persona) return null;
  const points: CurvePoint[] = data.points;
  const asIs = points.map((p) => ({ x: p.x, y: p.yCurrent }));
  const toBe = points.map((p) => ({ x: p.x, y: p.yTarget ?? p.yCurrent }));
  const hasTarget = points.some((p) => p.target !== null);
  const mid = height / 2;
  return (
    <div className="curve" {...(data.legend ? { role: 'img', 'aria-label': `Emotion curve of ${persona.name}` } : { 'aria-hidden': true })} data-points={points.length}>
      <svg width={width} height={height} className="curve-svg">
        <line x1={0} x2={width} y1={mid} y2={mid} className="curve-axis" />
        {hasTarget && <path d={path(toBe)} className="curve-target" style={{ stroke: persona.color }} />}
        <path d={path(asIs)} className="curve-current" style={{ stroke: persona.color }} />
        <path d={dotsPath(asIs, DOT_RADIUS)} className="curve-dot" style={{ stroke: persona.color }} />
      </svg>
      {data.legend && <span className="curve-legend" style={{ color: persona.color }}>
        {persona.name} · as-is{hasTarget ? ' — to-be dashed' : ''}
      </span>}
    </div>
  );
}

// A segment that only moved keeps its `data` (flowModel.ts): nothing to redraw.
export const CurveNode = memo(CurveNodeView, sameNodeProps);
