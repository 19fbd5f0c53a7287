/** Journey setup: lanes and personas. (Filled in by the journey-panel work.) */
export function JourneyPanel() {
  return <aside className="side-panel" aria-label="Journey setup" />;
}
