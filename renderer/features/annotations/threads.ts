/**
 * What the notes panel and the inspector show about threads: the element a
 * thread is about, who has spoken, whether it waits on the other side, and
 * the panel's filters and counts. Pure functions of the project.
 */
import type { ElementRef, Journey, Note, Project, Thread } from '../../../shared/domain/model.ts';
import { ELEMENT_KINDS, type AlignmentStatus, type Role } from '../../../shared/domain/vocab.ts';
import { byId } from '../../state/indexes.ts';

export interface TargetInfo { name: string; kindLabel: string; stageId: string | null; stageName: string | null }

/** The element's display name, its kind and the stage it sits in (systems sit in none). */
export function describeTarget(project: Project, journey: Journey, target: ElementRef): TargetInfo {
  const kindLabel = ELEMENT_KINDS.labels[target.kind];
  const stage = (stageId: string | undefined) => {
    const s = stageId ? byId(journey.stages, stageId) : undefined;
    return { stageId: s?.id ?? null, stageName: s ? s.name || 'Untitled stage' : null };
  };
  const touchpointStage = (touchpointId: string | undefined) => stage(touchpointId ? byId(journey.touchpoints, touchpointId)?.stageId : undefined);
  const frictionStage = (frictionId: string | undefined) => touchpointStage(frictionId ? byId(journey.frictions, frictionId)?.touchpointId : undefined);
  switch (target.kind) {
    case 'stage': {
      const s = byId(journey.stages, target.id);
      return { name: s?.name || 'Untitled stage', kindLabel, ...stage(s?.id) };
    }
    case 'touchpoint': {
      const t = byId(journey.touchpoints, target.id);
      return { name: t?.title || 'Untitled touchpoint', kindLabel, ...stage(t?.stageId) };
    }
    case 'friction': {
      const f = byId(journey.frictions, target.id);
      return { name: f?.title || 'Untitled friction point', kindLabel, ...touchpointStage(f?.touchpointId) };
    }
    case 'opportunity': {
      const o = byId(journey.opportunities, target.id);
      return { name: o?.title || 'Untitled opportunity', kindLabel, ...frictionStage(o?.frictionIds[0]) };
    }
    case 'system':
      return { name: byId(project.systems, target.id)?.name || 'Unnamed system', kindLabel, stageId: null, stageName: null };
    case 'dataLink': {
      const d = byId(journey.dataLinks, target.id);
      const from = d ? byId(journey.touchpoints, d.touchpointId)?.title || 'Untitled touchpoint' : 'Untitled touchpoint';
      const to = d ? byId(project.systems, d.systemId)?.name || 'Unnamed system' : 'Unnamed system';
      return { name: `${from} → ${to}`, kindLabel, ...touchpointStage(d?.touchpointId) };
    }
  }
}

export const sameTarget = (a: ElementRef, b: ElementRef) => a.kind === b.kind && a.id === b.id;

export function alignmentOf(journey: Journey, target: ElementRef): AlignmentStatus | null {
  return journey.alignment.find((a) => sameTarget(a.target, target))?.status ?? null;
}

export function threadsOf(journey: Journey, target: ElementRef): Thread[] {
  return journey.threads.filter((t) => sameTarget(t.target, target));
}

/** The roles that have spoken in a thread, in the order they first spoke. */
export function speakers(thread: Thread): Role[] {
  return [...new Set(thread.notes.map((n) => n.role))];
}

/**
 * The side a thread waits on: only marketing or only IT has spoken so far.
 * Facilitator notes are not a side. Null when both sides (or neither) spoke.
 */
export function waitingOn(thread: Thread): 'marketing' | 'it' | null {
  const roles = speakers(thread);
  const marketing = roles.includes('marketing');
  const it = roles.includes('it');
  if (marketing === it) return null;
  return marketing ? 'it' : 'marketing';
}

export const lastNote = (thread: Thread): Note | undefined => thread.notes[thread.notes.length - 1];

export interface ThreadFilters {
  role: Role | 'all';
  status: AlignmentStatus | 'none' | 'all';
  stageId: string | 'all';
  resolved: 'open' | 'resolved' | 'all';
  waiting: boolean;
}

export const DEFAULT_FILTERS: ThreadFilters = { role: 'all', status: 'all', stageId: 'all', resolved: 'open', waiting: false };

export interface ThreadRow { thread: Thread; target: TargetInfo; status: AlignmentStatus | null; roles: Role[]; waiting: 'marketing' | 'it' | null; last: Note | undefined }

/** Every thread of the journey with what the panel shows about it: open ones first, most recent first. */
export function threadRows(project: Project, journey: Journey): ThreadRow[] {
  return journey.threads
    .map((thread) => ({
      thread,
      target: describeTarget(project, journey, thread.target),
      status: alignmentOf(journey, thread.target),
      roles: speakers(thread),
      waiting: waitingOn(thread),
      last: lastNote(thread),
    }))
    .sort((a, b) => Number(a.thread.resolved) - Number(b.thread.resolved) || (b.last?.at ?? '').localeCompare(a.last?.at ?? ''));
}

export function filterRows(rows: ThreadRow[], f: ThreadFilters): ThreadRow[] {
  return rows.filter((r) =>
    (f.role === 'all' || r.roles.includes(f.role))
    && (f.status === 'all' || (f.status === 'none' ? r.status === null : r.status === f.status))
    && (f.stageId === 'all' || r.target.stageId === f.stageId)
    && (f.resolved === 'all' || (f.resolved === 'resolved') === r.thread.resolved)
    && (!f.waiting || r.waiting !== null));
}

export interface Counts { open: number; disputed: number; waiting: number }

export function threadCounts(journey: Journey, rows: ThreadRow[]): Counts {
  return {
    open: rows.filter((r) => !r.thread.resolved).length,
    disputed: journey.alignment.filter((a) => a.status === 'disputed').length,
    waiting: rows.filter((r) => !r.thread.resolved && r.waiting !== null).length,
  };
}

/** "just now", "5 min ago", "3 h ago", "yesterday", "4 days ago", then the date. */
export function relativeTime(iso: string, now: number = Date.now()): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return '';
  const minutes = Math.round((now - then) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.round(hours / 24);
  if (days === 1) return 'yesterday';
  if (days < 14) return `${days} days ago`;
  return new Date(then).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}

/** Within the fortnight that `relativeTime` words as "… ago" (older notes show only the date). */
export function recent(iso: string, now: number = Date.now()): boolean {
  const then = Date.parse(iso);
  return !Number.isNaN(then) && now - then < 13.5 * 24 * 3_600_000;
}

export function absoluteTime(iso: string): string {
  const then = Date.parse(iso);
  return Number.isNaN(then) ? iso : new Date(then).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function excerpt(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
