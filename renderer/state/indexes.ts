/**
 * Id → item lookups, cached per list object. Lists are immutable, so a list
 * that did not change keeps its index and node components do O(1) lookups.
 */
const cache = new WeakMap<readonly { id: string }[], Map<string, unknown>>();

export function byId<T extends { id: string }>(list: readonly T[], id: string): T | undefined {
  let index = cache.get(list) as Map<string, T> | undefined;
  if (!index) {
    index = new Map(list.map((item) => [item.id, item]));
    cache.set(list, index);
  }
  return index.get(id);
}
