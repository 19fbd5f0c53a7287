/** An opportunity chip: title and priority; it becomes a roadmap item later. */
import { sameNodeProps } from './sameNodeProps.ts';
import { AnnotationBadge } from '../AnnotationBadge.tsx';
import type { NodeProps } from '@xyflow/react';
import { Lightbulb } from 'lucide-react';
import { memo } from 'react';
import { OPPORTUNITY_STATUSES, PRIORITIES } from '../../../shared/domain/vocab.ts';
import { byId } from '../../state/indexes.ts';
import { selectJourney, useAppStore } from '../../state/store.ts';
import type { OpportunityFlowNode } from '../flowModel.ts';
import { useBlocksOnly } from '../levelOfDetail.ts';

function OpportunityNodeView({ id, selected }: NodeProps<OpportunityFlowNode>) {
  const opportunity = useAppStore((s) => byId(selectJourney(s).opportunities, id));
  const block = useBlocksOnly();
  if (!opportunity) return null;
  return (
    <div className={`chip-node opportunity-node priority-${opportunity.priority}${selected ? ' is-selected' : ''}${block ? ' is-block' : ''}`}
      title={`${PRIORITIES.labels[opportunity.priority]} priority · ${OPPORTUNITY_STATUSES.labels[opportunity.status]}`}>
      <AnnotationBadge id={id} />
      {!block && (
        <>
          <Lightbulb size={14} aria-hidden="true" className="chip-node-icon" />
          <span className="chip-node-title">{opportunity.title || 'Untitled opportunity'}</span>
          <span className="chip">{OPPORTUNITY_STATUSES.labels[opportunity.status]}</span>
        </>
      )}
    </div>
  );
}

export const OpportunityNode = memo(OpportunityNodeView, sameNodeProps);
