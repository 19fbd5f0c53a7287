/**
 * The project model. Types are inferred from the zod schema of the current
 * file version, so the schema is the one definition of what a project is.
 *
 * @example
 * const project: Project = createProject({ id: 'prj_1', name: 'Loyalty', now: '2026-01-01T00:00:00.000Z' });
 */
import type { z } from 'zod';
import type {
  AlignmentSchema, ConnectionSchema, DataLinkSchema, ElementRefSchema, EmotionSchema,
  FrictionSchema, JourneySchema, LaneSchema, NoteSchema, OpportunitySchema, PersonaSchema,
  PositionSchema, ProjectSchema, StageSchema, SystemPlacementSchema, SystemSchema, ThreadSchema,
  TouchpointSchema, VoteSchema, WorkshopSchema,
} from './schema.ts';

export type Position = z.infer<typeof PositionSchema>;
export type Stage = z.infer<typeof StageSchema>;
export type Lane = z.infer<typeof LaneSchema>;
export type Emotion = z.infer<typeof EmotionSchema>;
export type Touchpoint = z.infer<typeof TouchpointSchema>;
export type Connection = z.infer<typeof ConnectionSchema>;
export type Friction = z.infer<typeof FrictionSchema>;
export type Opportunity = z.infer<typeof OpportunitySchema>;
export type DataLink = z.infer<typeof DataLinkSchema>;
export type SystemPlacement = z.infer<typeof SystemPlacementSchema>;
export type Vote = z.infer<typeof VoteSchema>;
export type Workshop = z.infer<typeof WorkshopSchema>;
export type ElementRef = z.infer<typeof ElementRefSchema>;
export type Note = z.infer<typeof NoteSchema>;
export type Thread = z.infer<typeof ThreadSchema>;
export type Alignment = z.infer<typeof AlignmentSchema>;
export type Journey = z.infer<typeof JourneySchema>;
export type Persona = z.infer<typeof PersonaSchema>;
export type System = z.infer<typeof SystemSchema>;
export type Project = z.infer<typeof ProjectSchema>;
