/** Dot voting. (Filled in by the voting work.) */
export function VotingPanel() {
  return <aside className="side-panel" aria-label="Dot voting" />;
}
