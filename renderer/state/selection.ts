/** What is selected: ids of stages and touchpoints (view state, never saved). */
export type Selection = readonly string[];
export const EMPTY_SELECTION: Selection = Object.freeze([]) as Selection;

export function sameSelection(a: Selection, b: Selection): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
