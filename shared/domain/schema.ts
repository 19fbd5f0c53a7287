/**
 * The zod schema of the project document at the CURRENT file version.
 * Model types are inferred from it (see model.ts), so the two cannot drift.
 *
 * Key order in each `z.object` is the key order on disk: serialising parses
 * through this schema, which rebuilds every object in shape order. Keep `id`
 * first and put new fields where a reader of a diff expects them.
 */
import { z } from 'zod';
import {
  ALIGNMENT_STATUSES, CHANNELS, CRITICALITIES, DIRECTIONS, ELEMENT_KINDS, EMOTION_MAX, EMOTION_MIN,
  EVIDENCE, FRESHNESS, FRICTION_STATUSES, HOSTING, INTEGRATIONS, JOURNEY_KINDS, LANE_ROLES,
  LIFECYCLES, OPPORTUNITY_STATUSES, OWNER_SIDES, PERSONAL_DATA_CATEGORIES, PRIORITIES, ROLES,
  SEVERITIES, SYSTEM_KINDS,
} from './vocab.ts';

// zod compiles its object parsers with `new Function` unless told not to.
// Where eval is allowed, in Node (the desktop main process, which validates
// every save; the command line; tests), that halves the time to validate a big
// project. The renderer's Content-Security-Policy forbids eval, and zod's own
// probe for it would be reported as a violation, so in a browser parsers run
// interpreted. Decided here, before any schema is built: zod reads it then.
const runsInNode = typeof (globalThis as { process?: { versions?: { node?: unknown } } }).process?.versions?.node === 'string';
z.config({ jitless: !runsInNode });

/** Upper bounds keep a hostile file from exhausting memory after parsing. */
export const LIMITS = {
  name: 300,
  text: 20_000,
  list: 50_000,
  coordinate: 1_000_000,
  size: 20_000,
} as const;

const id = z.string().min(1, 'must not be empty').max(100).regex(/^[A-Za-z0-9_-]+$/, 'may hold only letters, digits, - and _');
const name = z.string().max(LIMITS.name);
const text = z.string().max(LIMITS.text);
const coordinate = z.number().finite().min(-LIMITS.coordinate).max(LIMITS.coordinate);
const isoTime = z.string().datetime({ offset: true });
const list = <T extends z.ZodType>(item: T) => z.array(item).max(LIMITS.list);
const emotion = z.number().int().min(EMOTION_MIN).max(EMOTION_MAX);

export const PositionSchema = z.object({ x: coordinate, y: coordinate });

export const StageSchema = z.object({
  id,
  name,
  /** Accent colour of the column, `#rrggbb`. */
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1f6feb'),
  /** Width of the column in canvas pixels; touchpoints are placed inside it. */
  width: z.number().finite().min(120).max(LIMITS.size),
  goal: text,
  kpi: text,
});

export const LaneSchema = z.object({
  id,
  name,
  role: z.enum(LANE_ROLES.values),
  /** Height of the row in canvas pixels. */
  height: z.number().finite().min(60).max(LIMITS.size),
  hidden: z.boolean(),
});

export const EmotionSchema = z.object({
  personaId: id,
  /** As-is score, −2…+2. */
  current: emotion,
  /** To-be score, −2…+2; null when the team has not set a target. */
  target: emotion.nullable(),
});

export const TouchpointSchema = z.object({
  id,
  stageId: id,
  laneId: id,
  title: name,
  channel: z.enum(CHANNELS.values),
  customerAction: text,
  description: text,
  evidence: z.enum(EVIDENCE.values),
  /** Top-left corner relative to the stage column's left edge and the board top. */
  position: PositionSchema,
  emotions: list(EmotionSchema),
  /** IT side: this touchpoint needs real-time data (stale data is a gap here). */
  needsRealTime: z.boolean(),
});

export const ConnectionSchema = z.object({
  id,
  from: id,
  to: id,
  label: name,
});

export const FrictionSchema = z.object({
  id,
  touchpointId: id,
  title: name,
  description: text,
  severity: z.enum(SEVERITIES.values),
  evidence: z.enum(EVIDENCE.values),
  ownerSide: z.enum(OWNER_SIDES.values),
  status: z.enum(FRICTION_STATUSES.values),
  /** Systems this friction is caused by (ids in the project's catalog). */
  causedBySystemIds: list(id),
});

export const OpportunitySchema = z.object({
  id,
  title: name,
  description: text,
  owner: name,
  priority: z.enum(PRIORITIES.values),
  status: z.enum(OPPORTUNITY_STATUSES.values),
  frictionIds: list(id),
});

export const DataLinkSchema = z.object({
  id,
  touchpointId: id,
  systemId: id,
  dataObjects: list(name),
  direction: z.enum(DIRECTIONS.values),
  personalData: z.boolean(),
  personalDataCategories: list(z.enum(PERSONAL_DATA_CATEGORIES.values)),
  integration: z.enum(INTEGRATIONS.values),
  freshness: z.enum(FRESHNESS.values),
  evidence: z.enum(EVIDENCE.values),
});

/** Where a catalog system sits in a journey's support-systems lane. */
export const SystemPlacementSchema = z.object({ systemId: id, position: PositionSchema });

export const VoteSchema = z.object({
  participant: name,
  frictionId: id,
  count: z.number().int().min(1).max(1000),
});

export const WorkshopSchema = z.object({
  votesPerParticipant: z.number().int().min(0).max(1000),
  participants: list(name),
});

export const ElementRefSchema = z.object({ kind: z.enum(ELEMENT_KINDS.values), id });

export const NoteSchema = z.object({
  id,
  author: name,
  role: z.enum(ROLES.values),
  at: isoTime,
  text,
});

export const ThreadSchema = z.object({
  id,
  target: ElementRefSchema,
  resolved: z.boolean(),
  notes: list(NoteSchema),
});

export const AlignmentSchema = z.object({
  target: ElementRefSchema,
  status: z.enum(ALIGNMENT_STATUSES.values),
});

export const JourneySchema = z.object({
  id,
  name,
  kind: z.enum(JOURNEY_KINDS.values),
  description: text,
  stages: list(StageSchema),
  lanes: list(LaneSchema),
  touchpoints: list(TouchpointSchema),
  connections: list(ConnectionSchema),
  frictions: list(FrictionSchema),
  opportunities: list(OpportunitySchema),
  dataLinks: list(DataLinkSchema),
  systemPlacements: list(SystemPlacementSchema),
  votes: list(VoteSchema),
  threads: list(ThreadSchema),
  alignment: list(AlignmentSchema),
});

export const PersonaSchema = z.object({
  id,
  name,
  role: name,
  goals: text,
  quote: text,
  /** Colour of the persona's emotion curve, `#rrggbb`. */
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1f6feb'),
});

export const SystemSchema = z.object({
  id,
  name,
  kind: z.enum(SYSTEM_KINDS.values),
  vendor: name,
  businessOwner: name,
  technicalOwner: name,
  hosting: z.enum(HOSTING.values),
  lifecycle: z.enum(LIFECYCLES.values),
  criticality: z.enum(CRITICALITIES.values),
  systemOfRecord: z.boolean(),
  /** Reference link, stored as text only: never opened without the user asking. */
  link: name,
  notes: text,
});

export const ProjectSchema = z.object({
  id,
  name: name.min(1, 'must not be empty'),
  createdAt: isoTime,
  updatedAt: isoTime,
  journeys: z.array(JourneySchema).min(1, 'must hold at least one journey').max(100),
  personas: list(PersonaSchema),
  systems: list(SystemSchema),
  workshop: WorkshopSchema,
});
