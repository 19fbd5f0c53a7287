/** A touchpoint card: channel, title, customer action, evidence, friction and emotion at a glance. */
import { CardHandles } from './NodeHandles.tsx';
import { sameNodeProps } from './sameNodeProps.ts';
import type { NodeProps } from '@xyflow/react';
import { Frown, Meh, ShieldAlert, Smile, Zap } from 'lucide-react';
import { memo } from 'react';
import type { DataLink, Friction, Touchpoint } from '../../../shared/domain/model.ts';
import { CHANNELS, EVIDENCE, SEVERITIES, type Severity } from '../../../shared/domain/vocab.ts';
import { finishTouchpointName } from '../../actions/naming.ts';
import { byId } from '../../state/indexes.ts';
import { sameExcept, selectJourney, useAppStore, useAppStoreApi, useAppStoreWith } from '../../state/store.ts';
import { AnnotationBadge } from '../AnnotationBadge.tsx';
import { CHANNEL_ICONS } from '../icons.ts';
import { createElement, type ReactElement } from 'react';
import { useBlocksOnly, useZoomedOut } from '../levelOfDetail.ts';
import { InlineEditor } from '../InlineEditor.tsx';
import { useEditingHere } from '../paneContext.ts';
import type { TouchpointFlowNode } from '../flowModel.ts';
import { useCurvePersonaId } from '../useCurvePersona.ts';

/** Where a card sits is drawn by React Flow's wrapper; moving a card must not re-render its content. */
const sameContent = sameExcept<Touchpoint>(['position', 'stageId', 'laneId']);

// Icons are made once: an element that is the same object as last render is skipped by React,
// and a board re-renders dozens of cards at a time (an undo, a selection).
const CHANNEL_ICON = Object.fromEntries(
  Object.entries(CHANNEL_ICONS).map(([channel, Icon]) => [channel, createElement(Icon, { size: 14, 'aria-hidden': true })]),
) as Record<keyof typeof CHANNEL_ICONS, ReactElement>;
const ZAP = <Zap size={12} aria-hidden="true" />;
const PERSONAL_DATA = <ShieldAlert size={12} aria-hidden="true" />;
const FACES = { neg: <Frown size={12} aria-hidden="true" />, pos: <Smile size={12} aria-hidden="true" />, neutral: <Meh size={12} aria-hidden="true" /> };

const SEVERITY_RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2, critical: 3 };

function TouchpointNodeView({ id, selected }: NodeProps<TouchpointFlowNode>) {
  const zoomedOut = useZoomedOut();
  const editing = useEditingHere(id);
  // Renaming always shows the full card, whatever the zoom.
  const sketch = zoomedOut && !editing;
  // The frame, badge and connection points stay mounted when the zoom crosses the threshold; only
  // what is inside changes (swapping whole cards for every card in view cost a dropped frame or two).
  return (
    <div className={`card${sketch ? ' card-sketch' : ''}${selected ? ' is-selected' : ''}`}>
      <AnnotationBadge id={id} />
      {sketch ? <SketchContent id={id} /> : <CardContent id={id} />}
      <CardHandles />
    </div>
  );
}

/** Zoomed far out, a card is a coloured block with its title: cheap to draw by the thousand. */
function SketchContent({ id }: { id: string }) {
  const title = useAppStore((s) => byId(selectJourney(s).touchpoints, id)?.title ?? '');
  const blocksOnly = useBlocksOnly();
  return blocksOnly ? null : <span className="card-sketch-title">{title}</span>;
}

function CardContent({ id }: { id: string }) {
  const store = useAppStoreApi();
  const touchpoint = useAppStoreWith((s) => byId(selectJourney(s).touchpoints, id), sameContent);
  const editing = useEditingHere(id);
  // A primitive summary, so a card re-renders only when its own friction summary changes.
  const summary = useAppStore((s) => frictionSummary(selectJourney(s).frictions).get(id) ?? '');
  const personaId = useCurvePersonaId();
  // Primitive keys again: `sys_a,sys_b|pd` changes only when this card's links do.
  const links = useAppStore((s) => linkSummary(selectJourney(s).dataLinks).get(id) ?? '');
  if (!touchpoint) return null;
  const [count, worst] = summary ? (summary.split(':') as [string, Severity]) : ['0', null];
  const emotion = personaId ? touchpoint.emotions.find((e) => e.personaId === personaId) : undefined;
  return (
    <>
      <div className="card-top">
        <span className="card-channel" title={CHANNELS.labels[touchpoint.channel]}>
          {CHANNEL_ICON[touchpoint.channel]}
          {CHANNELS.labels[touchpoint.channel]}
        </span>
        <span className={`evidence evidence-${touchpoint.evidence}`} title={`Evidence: ${EVIDENCE.labels[touchpoint.evidence]}`}>
          {EVIDENCE.labels[touchpoint.evidence]}
        </span>
      </div>
      {editing ? (
        <InlineEditor value={touchpoint.title} label="Touchpoint name" placeholder="Name this touchpoint, then Enter" onCommit={(v, how) => finishTouchpointName(store, id, v, how)} onCancel={() => finishTouchpointName(store, id, '', 'cancel')} />
      ) : (
        <div className="card-title">{touchpoint.title || <span className="placeholder">Untitled touchpoint</span>}</div>
      )}
      <div className="card-bottom">
        {links && !editing ? <SystemChips summary={links} />
          : touchpoint.customerAction && !editing ? <span className="card-action">{touchpoint.customerAction}</span> : <span />}
        <span className="card-badges">
          {emotion && <EmotionBadge score={emotion.current} />}
          {worst && (
            <span className={`friction-badge severity-${worst}`} title={`${count} open friction point(s), worst ${SEVERITIES.labels[worst]}`}>
              {ZAP}{count}
            </span>
          )}
        </span>
      </div>
    </>
  );
}

const summaries = new WeakMap<readonly Friction[], Map<string, string>>();

/** touchpoint id → `count:worstSeverity` of its open friction points, cached per list. */
function frictionSummary(frictions: readonly Friction[]): Map<string, string> {
  let map = summaries.get(frictions);
  if (map) return map;
  const acc = new Map<string, { count: number; worst: Severity }>();
  for (const f of frictions) {
    if (f.status === 'resolved') continue;
    const a = acc.get(f.touchpointId);
    if (!a) acc.set(f.touchpointId, { count: 1, worst: f.severity });
    else { a.count++; if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[a.worst]) a.worst = f.severity; }
  }
  map = new Map([...acc].map(([id, a]) => [id, `${a.count}:${a.worst}`]));
  summaries.set(frictions, map);
  return map;
}

const linkSummaries = new WeakMap<readonly DataLink[], Map<string, string>>();

/** touchpoint id → `systemIds|pd` (pd when any link carries personal data), cached per list. */
function linkSummary(links: readonly DataLink[]): Map<string, string> {
  let map = linkSummaries.get(links);
  if (map) return map;
  const acc = new Map<string, { ids: string[]; pd: boolean }>();
  for (const l of links) {
    const a = acc.get(l.touchpointId) ?? { ids: [], pd: false };
    a.ids.push(l.systemId);
    a.pd ||= l.personalData;
    acc.set(l.touchpointId, a);
  }
  map = new Map([...acc].map(([tp, a]) => [tp, `${a.ids.join(',')}|${a.pd ? 'pd' : ''}`]));
  linkSummaries.set(links, map);
  return map;
}

const MAX_CHIPS = 2;

function SystemChips({ summary }: { summary: string }) {
  const [ids, pd] = summary.split('|') as [string, string];
  const systems = useAppStore((s) => s.project.systems);
  const names = ids.split(',').map((sid) => byId(systems, sid)?.name ?? '?');
  return (
    <div className="card-systems">
      {pd && <span className="pd-marker" title="Personal data flows here" aria-label="Personal data">{PERSONAL_DATA}</span>}
      {names.slice(0, MAX_CHIPS).map((name, i) => <span key={i} className="system-chip" title={name}>{name}</span>)}
      {names.length > MAX_CHIPS && <span className="system-chip more" title={names.slice(MAX_CHIPS).join(', ')}>+{names.length - MAX_CHIPS}</span>}
    </div>
  );
}

function EmotionBadge({ score }: { score: number }) {
  const tone = score < 0 ? 'neg' : score > 0 ? 'pos' : 'neutral';
  return (
    <span className={`emotion-badge emotion-${tone}`} title="Emotion (as-is) of the persona shown on the curve">
      {FACES[tone]}{formatScore(score)}
    </span>
  );
}

export function formatScore(score: number): string {
  return score > 0 ? `+${score}` : score < 0 ? `−${Math.abs(score)}` : '0';
}

export const TouchpointNode = memo(TouchpointNodeView, sameNodeProps);
