/** New from template. (Filled in by the templates work.) */
export function TemplatesDialog() {
  return null;
}
