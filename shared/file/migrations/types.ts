/**
 * A migration upgrades the raw `project` object of a file by exactly one
 * version. It receives untrusted data that passed only the JSON checks, so it
 * must not assume the shape beyond what it tests for; the current schema
 * validates the result afterwards.
 */
export interface Migration {
  /** PascalCase description of the change, e.g. `AddPersonaColor`. */
  name: string;
  /** The version this step produces; it reads files of version `to - 1`. */
  to: number;
  up(project: Record<string, unknown>): Record<string, unknown>;
}
