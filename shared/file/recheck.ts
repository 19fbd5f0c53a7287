/**
 * Checking a project again that differs little from one checked before.
 *
 * Every save sends the whole project from the window, and the main process
 * checks all of it: with zod that is 40–50 ms for 5,000 touchpoints, half of
 * a save. Between two saves a person changes a handful of cards. So the list
 * items of the project and of each journey are compared with the same item as
 * the schema produced it last time (found by id, or by place for items without
 * one); an item deep-equal to it is taken as it is, and only the others are
 * parsed. That is exactly what a full parse would give: the schema has no
 * transforms or defaults, so parsing an item equal to a parsed one yields an
 * equal copy. The lists' own checks (lengths) and every field outside the
 * lists still go through the schema.
 *
 * Any problem at all returns `undefined`, and the caller parses the whole
 * project as usual, so a refused project gets exactly the usual messages.
 */
import { z } from 'zod';
import type { Project } from '../domain/model.ts';
import { JourneySchema, ProjectSchema } from '../domain/schema.ts';
import { quickParser, type QuickParser } from './quickParse.ts';

type Plain = Record<string, unknown>;
const FAILED = Symbol('failed');
type Checked = Plain | typeof FAILED;

interface ListPart {
  key: string;
  item: QuickParser<unknown>;
  /** The list's own checks (type, length) with any item allowed. */
  lengthCheck: QuickParser<unknown>;
  byId: boolean;
  /** Items that are themselves taken apart (journeys), not compared whole. */
  layout?: Layout;
}
interface Layout {
  keys: string[];
  /** The object without its lists of objects. */
  rest: QuickParser<unknown>;
  lists: ListPart[];
}

function layoutOf(schema: z.ZodObject, containers: ReadonlyMap<z.ZodObject, Layout>): Layout {
  const lists: ListPart[] = [];
  for (const [key, field] of Object.entries(schema.shape)) {
    if (!(field instanceof z.ZodArray) || !(field.element instanceof z.ZodObject)) continue;
    const item = field.element as z.ZodObject;
    const layout = containers.get(item);
    const lengthCheck = quickParser(field.clone({ ...field.def, element: z.unknown() }));
    lists.push({ key, item: quickParser(item), lengthCheck, byId: 'id' in item.shape, ...(layout ? { layout } : {}) });
  }
  // zod types the mask by literal keys; these are read from the shape at run time.
  const omitted = Object.fromEntries(lists.map((part) => [part.key, true])) as never;
  return { keys: Object.keys(schema.shape), rest: quickParser(schema.omit(omitted)), lists };
}

let projectLayout: Layout | undefined;
function layout(): Layout {
  projectLayout ??= layoutOf(ProjectSchema, new Map([[JourneySchema, layoutOf(JourneySchema, new Map())]]));
  return projectLayout;
}

/** The project as the schema would return it, reusing `previous`'s unchanged items; `undefined`: parse it whole. */
export function recheckProject(value: unknown, previous: Project): Project | undefined {
  const checked = checkObject(layout(), value, previous as unknown as Plain);
  return checked === FAILED ? undefined : (checked as unknown as Project);
}

function checkObject(shape: Layout, input: unknown, previous: Plain | undefined): Checked {
  if (!isPlain(input)) return FAILED;
  const rest = shape.rest.parse(input) as Plain | undefined;
  if (rest === undefined) return FAILED;
  const lists = new Map<string, unknown[]>();
  for (const part of shape.lists) {
    const items = input[part.key];
    if (!Array.isArray(items) || part.lengthCheck.parse(items) === undefined) return FAILED;
    const before = previous?.[part.key];
    const counterpart = counterparts(Array.isArray(before) ? (before as unknown[]) : [], part.byId);
    const out = new Array<unknown>(items.length);
    for (let i = 0; i < items.length; i++) {
      const match = counterpart(items[i], i);
      const checked = part.layout ? checkObject(part.layout, items[i], match) : checkItem(part.item, items[i], match);
      if (checked === FAILED) return FAILED;
      out[i] = checked;
    }
    lists.set(part.key, out);
  }
  // Rebuilt in the schema's key order, as a full parse would.
  const result: Plain = {};
  for (const key of shape.keys) {
    const list = lists.get(key);
    if (list) result[key] = list;
    else if (key in rest) result[key] = rest[key];
  }
  return result;
}

function checkItem(parser: QuickParser<unknown>, item: unknown, match: Plain | undefined): Checked {
  if (match !== undefined && sameData(item, match)) return match;
  // The quick parser's undefined can mean "not sure"; the full parse that follows decides.
  return (parser.parse(item) as Plain | undefined) ?? FAILED;
}

/** Finds the earlier item to compare with: the one with the same id (tried at the same place first), else the one at the same place. */
function counterparts(before: unknown[], byId: boolean): (item: unknown, index: number) => Plain | undefined {
  let index: Map<unknown, Plain> | undefined;
  return (item, i) => {
    const same = before[i];
    const here = isPlain(same) ? same : undefined;
    if (!byId) return here;
    const id = isPlain(item) ? item.id : undefined;
    if (id === undefined) return undefined;
    if (here?.id === id) return here;
    if (!index) {
      index = new Map();
      for (const b of before) if (isPlain(b) && !index.has(b.id)) index.set(b.id, b);
    }
    return index.get(id);
  };
}

/**
 * Deep equality of JSON-like data, where `checked` is schema output (plain
 * objects, arrays and primitives only). Anything that is not plain data in
 * `input` (a Date, a Map, a class instance) is never equal.
 */
export function sameData(input: unknown, checked: unknown): boolean {
  if (input === checked) return true;
  if (typeof input !== 'object' || input === null || typeof checked !== 'object' || checked === null) return false;
  if (Array.isArray(checked)) {
    if (!Array.isArray(input) || input.length !== checked.length) return false;
    for (let i = 0; i < checked.length; i++) if (!sameData(input[i], checked[i])) return false;
    return true;
  }
  if (!isPlain(input)) return false;
  const keys = Object.keys(checked);
  if (Object.keys(input).length !== keys.length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(input, key) || !sameData(input[key], (checked as Plain)[key])) return false;
  }
  return true;
}

function isPlain(value: unknown): value is Plain {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
