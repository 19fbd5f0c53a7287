/**
 * Service-blueprint lines, derived from lane roles instead of drawn by hand:
 * - line of interaction: between what the customer does and what the
 *   organisation does in front of them;
 * - line of visibility: between what the customer sees and what they don't;
 * - line of internal interaction: between backstage staff and the support
 *   processes and systems behind them.
 * Each line sits on the top edge of the first visible lane past the boundary.
 */
import type { Lane } from './model.ts';
import type { LaneRole } from './vocab.ts';

export type BlueprintLine = 'interaction' | 'visibility' | 'internal';

export const BLUEPRINT_LINE_LABELS: Record<BlueprintLine, string> = {
  interaction: 'Line of interaction',
  visibility: 'Line of visibility',
  internal: 'Line of internal interaction',
};

/** How far from the customer a lane role sits: 0 customer, 1 frontstage, 2 backstage, 3 support. */
const DEPTH: Partial<Record<LaneRole, number>> = {
  'physical-evidence': 0,
  'customer-actions': 0,
  frontstage: 1,
  backstage: 2,
  'support-processes': 3,
  systems: 3,
};
const LINE_AT_DEPTH: Record<number, BlueprintLine> = { 1: 'interaction', 2: 'visibility', 3: 'internal' };

/** Map of lane id → the line drawn on its top edge. Lanes without a depth (emotions, custom…) are ignored. */
export function blueprintLines(lanes: readonly Lane[]): Map<string, BlueprintLine> {
  const lines = new Map<string, BlueprintLine>();
  let depth = -1;
  for (const lane of lanes) {
    if (lane.hidden) continue;
    const d = DEPTH[lane.role];
    if (d === undefined) continue;
    // Crossing from a shallower to a deeper layer draws the deepest line crossed.
    if (depth >= 0 && d > depth) lines.set(lane.id, LINE_AT_DEPTH[d]!);
    depth = Math.max(depth, d);
  }
  return lines;
}
