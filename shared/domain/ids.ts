/**
 * Stable string ids: a short prefix naming the kind plus random characters,
 * e.g. `tp_k3j9x2m1qa`. Ids never change once made, so files diff cleanly and
 * references survive copy, paste and merges.
 */
export const ID_PREFIX = {
  project: 'prj',
  journey: 'jny',
  stage: 'stg',
  lane: 'lan',
  touchpoint: 'tp',
  connection: 'con',
  friction: 'fr',
  opportunity: 'opp',
  persona: 'per',
  system: 'sys',
  dataLink: 'dl',
  thread: 'thr',
  note: 'note',
} as const;
export type IdKind = keyof typeof ID_PREFIX;

const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** Make a new id of a kind. Uses the platform's crypto RNG when present. */
export function createId(kind: IdKind, random: () => number = Math.random): string {
  let body = '';
  const bytes = new Uint8Array(10);
  const cryptoApi = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto;
  if (cryptoApi?.getRandomValues && random === Math.random) cryptoApi.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(random() * 256);
  for (const byte of bytes) body += ALPHABET[byte % ALPHABET.length];
  return `${ID_PREFIX[kind]}_${body}`;
}
