/** A system in the support-systems lane: kind icon, name, lifecycle warning, how many touchpoints use it here. */
import { SystemHandles } from './NodeHandles.tsx';
import { sameNodeProps } from './sameNodeProps.ts';
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { DataLink } from '../../../shared/domain/model.ts';
import { LIFECYCLES, SYSTEM_KINDS } from '../../../shared/domain/vocab.ts';
import { byId } from '../../state/indexes.ts';
import { selectJourney, useAppStore } from '../../state/store.ts';
import { AnnotationBadge } from '../AnnotationBadge.tsx';
import type { SystemFlowNode } from '../flowModel.ts';
import { useBlocksOnly } from '../levelOfDetail.ts';
import { SYSTEM_ICONS } from '../systemIcons.ts';

function SystemNodeView({ id, selected }: NodeProps<SystemFlowNode>) {
  const system = useAppStore((s) => byId(s.project.systems, id));
  const uses = useAppStore((s) => linkCounts(selectJourney(s).dataLinks).get(id) ?? 0);
  const block = useBlocksOnly();
  if (!system) return null;
  const Icon = SYSTEM_ICONS[system.kind];
  const ageing = system.lifecycle === 'phase-out' || system.lifecycle === 'end-of-life';
  return (
    <div className={`system-node${selected ? ' is-selected' : ''}${ageing ? ' is-ageing' : ''}${block ? ' is-block' : ''}`} title={`${SYSTEM_KINDS.labels[system.kind]} · ${LIFECYCLES.labels[system.lifecycle]}`}>
      <SystemHandles />
      <AnnotationBadge id={id} />
      {!block && (
        <>
          <Icon size={18} aria-hidden="true" className="system-icon" />
          <span className="system-text">
            <span className="system-name">{system.name || 'Untitled system'}</span>
            <span className="system-meta">{SYSTEM_KINDS.labels[system.kind]}{ageing ? ` · ${LIFECYCLES.labels[system.lifecycle]}` : ''}</span>
          </span>
          {uses > 0 && <span className="system-uses" title={`${uses} data link${uses === 1 ? '' : 's'} in this journey`}>{uses}</span>}
        </>
      )}
    </div>
  );
}

export const SystemNode = memo(SystemNodeView, sameNodeProps);

const counts = new WeakMap<readonly DataLink[], Map<string, number>>();

/** system id → how many data links use it, cached per list (every system node counting the whole list on each change was quadratic). */
function linkCounts(links: readonly DataLink[]): Map<string, number> {
  let map = counts.get(links);
  if (!map) {
    map = new Map();
    for (const link of links) map.set(link.systemId, (map.get(link.systemId) ?? 0) + 1);
    counts.set(links, map);
  }
  return map;
}
