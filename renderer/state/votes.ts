/** Dot-vote totals per friction point, cached per votes list. */
import type { Vote } from '../../shared/domain/model.ts';

const cache = new WeakMap<readonly Vote[], Map<string, number>>();

export function voteTotals(votes: readonly Vote[]): Map<string, number> {
  let totals = cache.get(votes);
  if (!totals) {
    totals = new Map();
    for (const v of votes) totals.set(v.frictionId, (totals.get(v.frictionId) ?? 0) + v.count);
    cache.set(votes, totals);
  }
  return totals;
}
