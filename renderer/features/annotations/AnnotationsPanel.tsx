/** Notes and decisions. (Filled in by the annotations work.) */
export function AnnotationsPanel() {
  return <aside className="side-panel" aria-label="Notes and decisions" />;
}
