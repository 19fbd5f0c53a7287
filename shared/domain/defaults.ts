/**
 * Factories for new model objects with sensible defaults. Commands receive
 * ids and timestamps from the caller so that they stay pure and repeatable.
 */
import { BOARD } from './layout.ts';
import type { Journey, Lane, Persona, Position, Project, Stage, System, Touchpoint } from './model.ts';
import { createId } from './ids.ts';
import type { JourneyKind, LaneRole } from './vocab.ts';
import { LANE_ROLES } from './vocab.ts';

/** A small palette of stage accents that read well on white and in print. */
export const STAGE_COLORS = ['#2563eb', '#7c3aed', '#db2777', '#ea580c', '#16a34a', '#0891b2', '#ca8a04', '#475569'] as const;
export const PERSONA_COLORS = ['#e11d48', '#2563eb', '#16a34a', '#9333ea', '#ea580c'] as const;

export const LANE_PRESETS: Record<JourneyKind, LaneRole[]> = {
  'journey-map': ['customer-actions', 'touchpoints', 'emotions', 'friction', 'opportunities', 'systems'],
  'service-blueprint': ['physical-evidence', 'customer-actions', 'frontstage', 'backstage', 'support-processes', 'systems'],
};

/** Lane roles where touchpoint cards are placed by default, best first. */
export const CARD_LANE_ROLES: LaneRole[] = ['touchpoints', 'frontstage', 'customer-actions'];

export function createLane(id: string, role: LaneRole, name: string = LANE_ROLES.labels[role]): Lane {
  return { id, name, role, height: role === 'emotions' ? 120 : BOARD.defaultLaneHeight, hidden: false };
}

export function createStage(id: string, name: string, index = 0): Stage {
  return { id, name, color: STAGE_COLORS[index % STAGE_COLORS.length]!, width: BOARD.defaultStageWidth, goal: '', kpi: '' };
}

export function createTouchpoint(id: string, stageId: string, laneId: string, title: string, position: Position = { x: BOARD.padding, y: BOARD.padding }): Touchpoint {
  return {
    id, stageId, laneId, title,
    channel: 'web', customerAction: '', description: '', evidence: 'assumed',
    position, emotions: [], needsRealTime: false,
  };
}

export function createPersona(id: string, name: string, index = 0): Persona {
  return { id, name, role: '', goals: '', quote: '', color: PERSONA_COLORS[index % PERSONA_COLORS.length]! };
}

export function createSystem(id: string, name: string): System {
  return {
    id, name, kind: 'other', vendor: '', businessOwner: '', technicalOwner: '',
    hosting: 'saas', lifecycle: 'active', criticality: 'medium', systemOfRecord: false, link: '', notes: '',
  };
}

export function createJourney(id: string, name: string, kind: JourneyKind = 'journey-map', makeId: (k: 'lane') => string = (k) => createId(k)): Journey {
  return {
    id, name, kind, description: '',
    stages: [],
    lanes: LANE_PRESETS[kind].map((role) => createLane(makeId('lane'), role)),
    touchpoints: [], connections: [], frictions: [], opportunities: [], dataLinks: [],
    systemPlacements: [], votes: [], threads: [], alignment: [],
  };
}

export interface NewProjectOptions { id?: string; name?: string; now: string; kind?: JourneyKind }

/** A new, empty project with one journey of the chosen preset. */
export function createProject({ id = createId('project'), name = 'Untitled journey', now, kind = 'journey-map' }: NewProjectOptions): Project {
  return {
    id, name, createdAt: now, updatedAt: now,
    journeys: [createJourney(createId('journey'), name, kind)],
    personas: [], systems: [],
    workshop: { votesPerParticipant: 5, participants: [] },
  };
}

/** The lane a new card goes into when none is named: the first visible card lane. */
export function defaultCardLane(journey: Journey): Lane | undefined {
  const visible = journey.lanes.filter((l) => !l.hidden);
  for (const role of CARD_LANE_ROLES) {
    const lane = visible.find((l) => l.role === role);
    if (lane) return lane;
  }
  return visible.find((l) => l.role !== 'systems' && l.role !== 'emotions') ?? visible[0];
}
