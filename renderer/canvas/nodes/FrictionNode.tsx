/** A friction point chip: severity colour, title, status and dot-vote total. */
import { sameNodeProps } from './sameNodeProps.ts';
import { AnnotationBadge } from '../AnnotationBadge.tsx';
import type { NodeProps } from '@xyflow/react';
import { Zap } from 'lucide-react';
import { memo } from 'react';
import { FRICTION_STATUSES, SEVERITIES } from '../../../shared/domain/vocab.ts';
import { byId } from '../../state/indexes.ts';
import { selectJourney, useAppStore } from '../../state/store.ts';
import { voteTotals } from '../../state/votes.ts';
import type { FrictionFlowNode } from '../flowModel.ts';
import { useBlocksOnly } from '../levelOfDetail.ts';

function FrictionNodeView({ id, selected }: NodeProps<FrictionFlowNode>) {
  const friction = useAppStore((s) => byId(selectJourney(s).frictions, id));
  const votes = useAppStore((s) => voteTotals(selectJourney(s).votes).get(id) ?? 0);
  const block = useBlocksOnly();
  if (!friction) return null;
  return (
    <div className={`chip-node friction-node severity-${friction.severity}${selected ? ' is-selected' : ''}${friction.status === 'resolved' ? ' is-resolved' : ''}${block ? ' is-block' : ''}`}
      title={`${SEVERITIES.labels[friction.severity]} friction · ${FRICTION_STATUSES.labels[friction.status]}`}>
      <AnnotationBadge id={id} />
      {!block && (
        <>
          <Zap size={14} aria-hidden="true" className="chip-node-icon" />
          <span className="chip-node-title">{friction.title || 'Untitled friction point'}</span>
          <span className="sr-only">Severity {SEVERITIES.labels[friction.severity]}</span>
          {votes > 0 && <span className="vote-badge" aria-label={`${votes} votes`}>{votes}</span>}
        </>
      )}
    </div>
  );
}

export const FrictionNode = memo(FrictionNodeView, sameNodeProps);
