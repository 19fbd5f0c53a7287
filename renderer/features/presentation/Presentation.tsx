/** Presentation mode. (Filled in by the presentation work.) */
export function Presentation() {
  return null;
}
