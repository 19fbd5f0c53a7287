/**
 * A parser built from a zod schema that only says yes quickly.
 *
 * zod checks a 5,000-touchpoint project in 25–60 ms, most of it bookkeeping
 * for issues that valid data never has. Every save of a project the main
 * process has not seen before pays it, and so does every open. This walks
 * the schema once and builds plain closures that do the same checks and
 * build the same output (a new object per object, keys in the shape's order,
 * unknown keys dropped), but keep no issues: at the first thing that is
 * wrong, or anything it is not sure of, it answers `undefined`, and the
 * caller asks zod, which then gives its usual messages. So it never accepts
 * what zod refuses nor changes what zod returns; it only answers sooner.
 *
 * It knows the kinds the project schema uses (object, array, string, number,
 * boolean, enum, nullable, unknown) with their length, range, integer and
 * pattern checks, mirroring zod 4.6's own rules (strings are measured in code
 * points). Any other kind or check is handed to zod for that part and named
 * in `delegated`, which a test keeps empty for the project schema so a
 * schema change cannot quietly make it slow.
 */
import type { z } from 'zod';

type Parse = (value: unknown) => unknown;

export interface QuickParser<T> {
  /** The value as zod would return it, or `undefined`: ask zod. */
  parse(value: unknown): T | undefined;
  /** Paths of the parts that zod parses itself (kinds or checks this file does not know). */
  delegated: readonly string[];
}

/** Thrown at the first problem and caught at the top; made once, so throwing it costs no stack trace. */
const INVALID: unknown = Object.freeze({ invalid: true });

export function quickParser<T>(schema: z.ZodType<T>): QuickParser<T> {
  const delegated: string[] = [];
  const parse = compile(schema, '(top level)', delegated);
  return {
    parse(value) {
      try {
        return parse(value) as T;
      } catch {
        // INVALID, or anything stranger (a throwing getter): zod decides, exactly as before.
        return undefined;
      }
    },
    delegated,
  };
}

interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
}
interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: unknown;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}

/**
 * The settings each known kind may have. Anything more changes what zod
 * accepts (`coerce`, `catchall` of strict and loose objects, the `format` of
 * z.email() or z.int() carried by the schema itself), so that part goes to
 * zod. `error` only changes messages.
 */
const KNOWN_SETTINGS: Record<string, ReadonlySet<string>> = {
  object: new Set(['type', 'shape', 'checks', 'error']),
  array: new Set(['type', 'element', 'checks', 'error']),
  string: new Set(['type', 'checks', 'error']),
  number: new Set(['type', 'checks', 'error']),
  boolean: new Set(['type', 'error']),
  enum: new Set(['type', 'entries', 'error']),
  nullable: new Set(['type', 'innerType', 'error']),
  unknown: new Set(['type', 'error']),
};

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

function compile(schema: z.ZodType, path: string, delegated: string[]): Parse {
  const quick = compileKnown(schema, path, delegated);
  if (quick) return quick;
  delegated.push(path);
  return (value) => {
    const result = schema.safeParse(value);
    if (!result.success) throw INVALID;
    return result.data;
  };
}

function compileKnown(schema: z.ZodType, path: string, delegated: string[]): Parse | undefined {
  const def = defOf(schema);
  const known = KNOWN_SETTINGS[def.type];
  if (!known || Object.keys(def).some((key) => !known.has(key))) return undefined;
  // A check's own `when` or `abort` can only make zod skip a check or stop reporting, never accept more than these closures do.
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  switch (def.type) {
    case 'object':
      return checks.length === 0 && def.shape ? objectParser(def.shape, path, delegated) : undefined;
    case 'array': {
      const length = lengthCheck(checks, (value) => (value as unknown[]).length);
      return length && def.element ? arrayParser(compile(def.element, `${path}[]`, delegated), length) : undefined;
    }
    case 'string':
      return stringParser(checks);
    case 'number':
      return numberParser(checks);
    case 'boolean':
      return (value) => (typeof value === 'boolean' ? value : fail());
    case 'enum': {
      const values = (schema as unknown as { _zod: { values?: Set<unknown> } })._zod.values;
      return values ? (value) => (values.has(value) ? value : fail()) : undefined;
    }
    case 'nullable': {
      if (!def.innerType) return undefined;
      const inner = compile(def.innerType, path, delegated);
      return (value) => (value === null ? null : inner(value));
    }
    case 'unknown':
      return (value) => value;
    default:
      return undefined;
  }
}

function fail(): never {
  throw INVALID;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function objectParser(shape: Record<string, z.ZodType>, path: string, delegated: string[]): Parse {
  const keys = Object.keys(shape);
  const fields = keys.map((key) => compile(shape[key]!, path === '(top level)' ? key : `${path}.${key}`, delegated));
  return (value) => {
    if (!isObject(value)) fail();
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const field = fields[i]!(value[key]);
      // As zod: an undefined result (an optional field zod parsed) is kept only for a key the input has.
      if (field !== undefined || key in value) out[key] = field;
    }
    return out;
  };
}

function arrayParser(item: Parse, length: (value: unknown) => boolean): Parse {
  return (value) => {
    if (!Array.isArray(value) || !length(value)) fail();
    const out = new Array<unknown>(value.length);
    // By index, as zod does: a hole is read as undefined.
    for (let i = 0; i < value.length; i++) out[i] = item(value[i]);
    return out;
  };
}

/** Min and max length only; `undefined` for any other check. */
function lengthCheck(checks: CheckDef[], measure: (value: unknown) => number): ((value: unknown) => boolean) | undefined {
  let min = 0;
  let max = Infinity;
  for (const check of checks) {
    if (check.check === 'min_length' && typeof check.minimum === 'number') min = Math.max(min, check.minimum);
    else if (check.check === 'max_length' && typeof check.maximum === 'number') max = Math.min(max, check.maximum);
    else return undefined;
  }
  return (value) => {
    const n = measure(value);
    return n >= min && n <= max;
  };
}

/** String formats whose whole check is their pattern (zod's datetime is one; url, email… are not checked here). */
const PATTERN_FORMATS = new Set(['regex', 'datetime']);

function stringParser(checks: CheckDef[]): Parse | undefined {
  const patterns: RegExp[] = [];
  const lengths: CheckDef[] = [];
  for (const check of checks) {
    if (check.check === 'string_format' && check.format !== undefined && PATTERN_FORMATS.has(check.format) && check.pattern instanceof RegExp) patterns.push(check.pattern);
    else lengths.push(check);
  }
  const length = lengthCheck(lengths, (value) => codePoints(value as string));
  if (!length) return undefined;
  return (value) => {
    if (typeof value !== 'string' || !length(value)) fail();
    for (const pattern of patterns) {
      pattern.lastIndex = 0;
      if (!pattern.test(value)) fail();
    }
    return value;
  };
}

/** zod 4.6 measures string lengths in code points: a surrogate pair is one, a lone surrogate one too. */
export function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

function numberParser(checks: CheckDef[]): Parse | undefined {
  const above: { value: number; inclusive: boolean }[] = [];
  const below: { value: number; inclusive: boolean }[] = [];
  let integer = false;
  for (const check of checks) {
    const bound = typeof check.value === 'number' ? { value: check.value, inclusive: check.inclusive === true } : undefined;
    if (check.check === 'greater_than' && bound) above.push(bound);
    else if (check.check === 'less_than' && bound) below.push(bound);
    else if (check.check === 'number_format' && check.format === 'safeint') integer = true;
    else return undefined;
  }
  return (value) => {
    // zod's number: finite, never NaN; then each check.
    if (typeof value !== 'number' || !Number.isFinite(value)) fail();
    if (integer && !Number.isSafeInteger(value)) fail();
    for (const b of above) if (b.inclusive ? value < b.value : value <= b.value) fail();
    for (const b of below) if (b.inclusive ? value > b.value : value >= b.value) fail();
    return value;
  };
}
