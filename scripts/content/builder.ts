/**
 * A small, deterministic builder for sample and template projects. It uses
 * the shared factories, fixed ids and fixed timestamps, and stacks cards in
 * their cells the way `nextSlot` does, so regenerating gives identical files.
 */
import { createJourney, createPersona, createProject, createStage, createSystem, createTouchpoint, LANE_PRESETS } from '../../shared/domain/defaults.ts';
import { BOARD, nextSlot } from '../../shared/domain/layout.ts';
import type {
  AlignmentStatus, Channel, Direction, ElementKind, Evidence, Freshness, FrictionStatus, Integration, JourneyKind,
  LaneRole, OpportunityStatus, OwnerSide, PersonalDataCategory, Priority, Role, Severity,
} from '../../shared/domain/vocab.ts';
import type { DataLink, Friction, Journey, Opportunity, Persona, Project, System, Touchpoint } from '../../shared/domain/model.ts';

/** [personaId, current, target] */
export type Score = [string, number, number | null];

export interface TouchpointSpec {
  channel: Channel;
  action: string;
  description: string;
  evidence: Evidence;
  realTime?: boolean;
  emotions?: Score[];
}

export interface FrictionSpec {
  title: string;
  description: string;
  severity: Severity;
  evidence: Evidence;
  owner: OwnerSide;
  status: FrictionStatus;
  systems?: string[];
}

export interface OpportunitySpec {
  title: string;
  description: string;
  owner: string;
  priority: Priority;
  status: OpportunityStatus;
  frictions: string[];
}

export interface DataLinkSpec {
  objects: string[];
  direction: Direction;
  personal?: PersonalDataCategory[];
  integration: Integration;
  freshness: Freshness;
  evidence: Evidence;
}

export type NoteSpec = [author: string, role: Role, at: string, text: string];

export class ProjectBuilder {
  readonly project: Project;
  private readonly journeyIndex = 0;

  constructor(opts: { id: string; name: string; createdAt: string; updatedAt: string; journeyId: string; kind: JourneyKind; description: string }) {
    const base = createProject({ id: opts.id, name: opts.name, now: opts.createdAt, kind: opts.kind });
    const roles = LANE_PRESETS[opts.kind];
    let lane = 0;
    const journey = createJourney(opts.journeyId, opts.name, opts.kind, () => `lan_${roles[lane++]!}`);
    this.project = { ...base, updatedAt: opts.updatedAt, journeys: [{ ...journey, description: opts.description }] };
  }

  get journey(): Journey {
    return this.project.journeys[this.journeyIndex]!;
  }

  lane(role: LaneRole): string {
    const found = this.journey.lanes.find((l) => l.role === role);
    if (!found) throw new Error(`no ${role} lane in ${this.journey.kind}`);
    return found.id;
  }

  stage(id: string, name: string, goal: string, kpi: string): this {
    const j = this.journey;
    j.stages.push({ ...createStage(id, name, j.stages.length), goal, kpi });
    return this;
  }

  persona(id: string, name: string, fields: Pick<Persona, 'role' | 'goals' | 'quote'>): this {
    this.project.personas.push({ ...createPersona(id, name, this.project.personas.length), ...fields });
    return this;
  }

  system(id: string, name: string, fields: Omit<System, 'id' | 'name'>): this {
    this.project.systems.push({ ...createSystem(id, name), ...fields });
    return this;
  }

  /** Add a card at the next free slot of its cell (below the cards already there). */
  touchpoint(id: string, stageId: string, role: LaneRole, title: string, spec: TouchpointSpec): this {
    const j = this.journey;
    const laneId = this.lane(role);
    const card: Touchpoint = {
      ...createTouchpoint(id, stageId, laneId, title, nextSlot(j, stageId, laneId)),
      channel: spec.channel,
      customerAction: spec.action,
      description: spec.description,
      evidence: spec.evidence,
      emotions: (spec.emotions ?? []).map(([personaId, current, target]) => ({ personaId, current, target })),
      needsRealTime: spec.realTime ?? false,
    };
    j.touchpoints.push(card);
    return this;
  }

  connect(id: string, from: string, to: string, label = ''): this {
    this.journey.connections.push({ id, from, to, label });
    return this;
  }

  friction(id: string, touchpointId: string, spec: FrictionSpec): this {
    const f: Friction = {
      id, touchpointId, title: spec.title, description: spec.description, severity: spec.severity,
      evidence: spec.evidence, ownerSide: spec.owner, status: spec.status, causedBySystemIds: spec.systems ?? [],
    };
    this.journey.frictions.push(f);
    return this;
  }

  opportunity(id: string, spec: OpportunitySpec): this {
    const o: Opportunity = {
      id, title: spec.title, description: spec.description, owner: spec.owner,
      priority: spec.priority, status: spec.status, frictionIds: spec.frictions,
    };
    this.journey.opportunities.push(o);
    return this;
  }

  dataLink(id: string, touchpointId: string, systemId: string, spec: DataLinkSpec): this {
    const d: DataLink = {
      id, touchpointId, systemId, dataObjects: spec.objects, direction: spec.direction,
      personalData: (spec.personal ?? []).length > 0, personalDataCategories: spec.personal ?? [],
      integration: spec.integration, freshness: spec.freshness, evidence: spec.evidence,
    };
    this.journey.dataLinks.push(d);
    return this;
  }

  /** Put systems in the support-systems lane, left to right, two rows of chips per stage column. */
  placeSystems(ids: string[]): this {
    const perRow = Math.max(1, this.journey.stages.length);
    ids.forEach((systemId, i) => {
      const column = i % perRow;
      const row = Math.floor(i / perRow);
      this.journey.systemPlacements.push({
        systemId,
        position: { x: column * BOARD.defaultStageWidth + BOARD.padding, y: BOARD.padding + row * 56 },
      });
    });
    return this;
  }

  workshop(votesPerParticipant: number, participants: string[]): this {
    this.project.workshop = { votesPerParticipant, participants };
    return this;
  }

  vote(participant: string, frictionId: string, count: number): this {
    this.journey.votes.push({ participant, frictionId, count });
    return this;
  }

  thread(id: string, target: [ElementKind, string], resolved: boolean, notes: NoteSpec[]): this {
    this.journey.threads.push({
      id,
      target: { kind: target[0], id: target[1] },
      resolved,
      notes: notes.map(([author, role, at, text], i) => ({ id: `${id}_n${i + 1}`, author, role, at, text })),
    });
    return this;
  }

  align(target: [ElementKind, string], status: AlignmentStatus): this {
    this.journey.alignment.push({ target: { kind: target[0], id: target[1] }, status });
    return this;
  }

  build(): Project {
    return structuredClone(this.project);
  }
}
