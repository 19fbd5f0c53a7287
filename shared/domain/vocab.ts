/**
 * The closed vocabularies of the model: every enum the file format stores,
 * with the label a person sees. The zod schema, the UI pickers and the
 * exporters all read these lists, so a new value is added in one place.
 */

/** Build a `{ value, label }` list plus the tuple of values zod needs. */
function vocabulary<const V extends string>(entries: readonly (readonly [V, string])[]) {
  const values = entries.map(([value]) => value) as unknown as readonly [V, ...V[]];
  const labels = Object.fromEntries(entries) as Record<V, string>;
  return { values, labels, options: entries.map(([value, label]) => ({ value, label })) };
}

export const CHANNELS = vocabulary([
  ['web', 'Web'],
  ['mobile-app', 'Mobile app'],
  ['email', 'Email'],
  ['store', 'Store'],
  ['call-centre', 'Call centre'],
  ['chat', 'Chat'],
  ['social', 'Social'],
  ['advertising', 'Advertising'],
  ['partner', 'Partner'],
  ['other', 'Other'],
] as const);
export type Channel = (typeof CHANNELS.values)[number];

export const EVIDENCE = vocabulary([
  ['assumed', 'Assumed'],
  ['partly-validated', 'Partly validated'],
  ['validated', 'Validated'],
] as const);
export type Evidence = (typeof EVIDENCE.values)[number];

export const SEVERITIES = vocabulary([
  ['low', 'Low'],
  ['medium', 'Medium'],
  ['high', 'High'],
  ['critical', 'Critical'],
] as const);
export type Severity = (typeof SEVERITIES.values)[number];

export const OWNER_SIDES = vocabulary([
  ['unassigned', 'Unassigned'],
  ['marketing', 'Marketing'],
  ['it', 'IT'],
  ['shared', 'Shared'],
] as const);
export type OwnerSide = (typeof OWNER_SIDES.values)[number];

export const FRICTION_STATUSES = vocabulary([
  ['open', 'Open'],
  ['in-progress', 'In progress'],
  ['resolved', 'Resolved'],
] as const);
export type FrictionStatus = (typeof FRICTION_STATUSES.values)[number];

export const PRIORITIES = vocabulary([
  ['low', 'Low'],
  ['medium', 'Medium'],
  ['high', 'High'],
] as const);
export type Priority = (typeof PRIORITIES.values)[number];

export const OPPORTUNITY_STATUSES = vocabulary([
  ['idea', 'Idea'],
  ['planned', 'Planned'],
  ['in-progress', 'In progress'],
  ['done', 'Done'],
] as const);
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES.values)[number];

/**
 * What a lane holds. Service-blueprint lines (interaction, visibility,
 * internal interaction) are drawn between lanes of different roles, so they
 * follow the lanes instead of being drawn by hand.
 */
export const LANE_ROLES = vocabulary([
  ['customer-actions', 'Customer actions'],
  ['touchpoints', 'Touchpoints'],
  ['emotions', 'Emotions'],
  ['friction', 'Friction'],
  ['opportunities', 'Opportunities'],
  ['physical-evidence', 'Physical evidence'],
  ['frontstage', 'Frontstage'],
  ['backstage', 'Backstage'],
  ['support-processes', 'Support processes'],
  ['systems', 'Support systems'],
  ['custom', 'Custom'],
] as const);
export type LaneRole = (typeof LANE_ROLES.values)[number];

export const JOURNEY_KINDS = vocabulary([
  ['journey-map', 'Journey map'],
  ['service-blueprint', 'Service blueprint'],
] as const);
export type JourneyKind = (typeof JOURNEY_KINDS.values)[number];

export const SYSTEM_KINDS = vocabulary([
  ['crm', 'CRM'],
  ['cdp', 'CDP'],
  ['cms', 'CMS'],
  ['ecommerce', 'E-commerce platform'],
  ['marketing-automation', 'Marketing automation'],
  ['analytics', 'Analytics'],
  ['data-warehouse', 'Data warehouse'],
  ['erp', 'ERP'],
  ['pos', 'POS'],
  ['identity-consent', 'Identity & consent'],
  ['support', 'Support/ticketing'],
  ['payment', 'Payment'],
  ['loyalty', 'Loyalty'],
  ['custom', 'Custom'],
  ['other', 'Other'],
] as const);
export type SystemKind = (typeof SYSTEM_KINDS.values)[number];

export const HOSTING = vocabulary([
  ['on-premises', 'On-premises'],
  ['cloud', 'Cloud'],
  ['saas', 'SaaS'],
] as const);
export type Hosting = (typeof HOSTING.values)[number];

export const LIFECYCLES = vocabulary([
  ['plan', 'Plan'],
  ['phase-in', 'Phase-in'],
  ['active', 'Active'],
  ['phase-out', 'Phase-out'],
  ['end-of-life', 'End-of-life'],
] as const);
export type Lifecycle = (typeof LIFECYCLES.values)[number];

export const CRITICALITIES = vocabulary([
  ['low', 'Low'],
  ['medium', 'Medium'],
  ['high', 'High'],
  ['mission-critical', 'Mission-critical'],
] as const);
export type Criticality = (typeof CRITICALITIES.values)[number];

export const DIRECTIONS = vocabulary([
  ['reads', 'Reads'],
  ['writes', 'Writes'],
  ['both', 'Reads and writes'],
] as const);
export type Direction = (typeof DIRECTIONS.values)[number];

export const PERSONAL_DATA_CATEGORIES = vocabulary([
  ['contact', 'Contact'],
  ['payment', 'Payment'],
  ['location', 'Location'],
  ['behavioural', 'Behavioural'],
  ['health', 'Health'],
  ['other', 'Other'],
] as const);
export type PersonalDataCategory = (typeof PERSONAL_DATA_CATEGORIES.values)[number];

export const INTEGRATIONS = vocabulary([
  ['none', 'None'],
  ['manual', 'Manual'],
  ['file-batch', 'File batch'],
  ['api-batch', 'API batch'],
  ['real-time', 'Real time'],
] as const);
export type Integration = (typeof INTEGRATIONS.values)[number];

export const FRESHNESS = vocabulary([
  ['real-time', 'Real time'],
  ['minutes', 'Minutes'],
  ['hourly', 'Hourly'],
  ['daily', 'Daily'],
  ['weekly', 'Weekly'],
  ['unknown', 'Unknown'],
] as const);
export type Freshness = (typeof FRESHNESS.values)[number];

export const ROLES = vocabulary([
  ['marketing', 'Marketing'],
  ['it', 'IT'],
  ['facilitator', 'Facilitator'],
] as const);
export type Role = (typeof ROLES.values)[number];

export const ALIGNMENT_STATUSES = vocabulary([
  ['agreed', 'Agreed'],
  ['disputed', 'Disputed'],
  ['needs-data', 'Needs data'],
  ['open-question', 'Open question'],
] as const);
export type AlignmentStatus = (typeof ALIGNMENT_STATUSES.values)[number];

export const ELEMENT_KINDS = vocabulary([
  ['stage', 'Stage'],
  ['touchpoint', 'Touchpoint'],
  ['friction', 'Friction point'],
  ['opportunity', 'Opportunity'],
  ['system', 'System'],
  ['dataLink', 'Data link'],
] as const);
export type ElementKind = (typeof ELEMENT_KINDS.values)[number];

/** Emotion scores run from −2 (very negative) to +2 (very positive). */
export const EMOTION_MIN = -2;
export const EMOTION_MAX = 2;
