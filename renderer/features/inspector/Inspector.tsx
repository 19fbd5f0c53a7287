/** The inspector: edits whatever is selected. (Filled in by the inspector work.) */
export function Inspector() {
  return <aside className="side-panel inspector" aria-label="Inspector" />;
}
