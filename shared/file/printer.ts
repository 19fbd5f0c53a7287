/**
 * Prints project files exactly as `serializeParsedProject` does, remembering
 * the text of every list item it printed. A save after a small change hands
 * back mostly the same item objects (shared/file/recheck.ts reuses them), so
 * their bytes are taken from memory and only the changed items are printed:
 * 20 ms (plus encoding the text for the disk) → a few at 5,000 touchpoints.
 *
 * Only for schema output, which nothing changes afterwards: an item changed
 * in place after printing would be printed as it was.
 */
import type { Project } from '../domain/model.ts';
import { envelopeOf, serializeParsedProject } from './save.ts';

type Plain = Record<string, unknown>;

const pads: string[] = [];
const pad = (depth: number): string => (pads[depth] ??= '  '.repeat(depth));

/**
 * `JSON.stringify(value, null, 2)` as it reads `depth` levels down (JSON text
 * has no raw newlines inside strings). Split and joined rather than
 * `replaceAll`, which leaves a rope that every later join of it walks again:
 * 20 ms against 5 to join the items of a 5,000-touchpoint project.
 */
const plain = (value: unknown, depth: number): string => {
  const text = JSON.stringify(value, null, 2);
  return depth === 0 ? text : text.split('\n').join(`\n${pad(depth)}`);
};

type Printer = (value: unknown, depth: number, out: Uint8Array[]) => void;

/** Where `print` puts the items of the project's lists and of a journey's lists (see the printers below). */
const PROJECT_ITEM_DEPTH = 3;
const JOURNEY_ITEM_DEPTH = 5;

/** UTF-8 encoding, given by the caller (shared code sees neither the DOM's TextEncoder nor Node's Buffer). */
export type Encode = (text: string) => Uint8Array;

export class ProjectPrinter {
  readonly #encode: Encode;
  /** The bytes of the small pieces between items, which repeat thousands of times. */
  readonly #pieces = new Map<string, Uint8Array>();
  /** Item bytes by the depth they were printed at (an object could in principle appear at two). */
  readonly #texts = new Map<number, WeakMap<object, Uint8Array>>();

  constructor(encode: Encode) {
    this.#encode = encode;
  }

  #piece(text: string): Uint8Array {
    let bytes = this.#pieces.get(text);
    if (!bytes) this.#pieces.set(text, (bytes = this.#encode(text)));
    return bytes;
  }

  /**
   * The file's bytes (UTF-8), the same as `serializeParsedProject` gives as text.
   * Printing items one by one is slower than one `JSON.stringify` of the whole
   * (90 against 35 ms at 5,000), so a project whose items are mostly unknown
   * is printed whole; `remember` it afterwards, when nobody waits.
   */
  print(project: Project, appVersion?: string): Uint8Array {
    if (!this.#mostlyKnown(project)) return this.#encode(serializeParsedProject(project, appVersion));
    // The pieces are copied into the file's bytes once, at the end.
    const out: Uint8Array[] = [];
    this.#object(envelopeOf(project, appVersion) as unknown as Plain, 0, out, (key) => (key === 'project' ? this.#project : undefined));
    out.push(this.#piece('\n'));
    let length = 0;
    for (const bytes of out) length += bytes.length;
    const file = new Uint8Array(length);
    let at = 0;
    for (const bytes of out) {
      file.set(bytes, at);
      at += bytes.length;
    }
    return file;
  }

  /** Learn the text of every list item not known yet, so the next print of a project sharing them is quick. */
  remember(project: Project): void {
    for (const step of this.rememberInSteps(project)) void step;
  }

  /** The same, a step at a time (`perStep` new items each), so a caller can let other work in between. */
  *rememberInSteps(project: Project, perStep = 500): Generator<void, void, void> {
    const unknown: [object, WeakMap<object, Uint8Array>, number][] = [];
    this.#eachItem(project, (item, texts, depth) => {
      if (!texts.has(item)) unknown.push([item, texts, depth]);
    });
    for (let i = 0; i < unknown.length; i++) {
      const [item, texts, depth] = unknown[i]!;
      if (!texts.has(item)) texts.set(item, this.#encode(plain(item, depth)));
      if ((i + 1) % perStep === 0 && i + 1 < unknown.length) yield;
    }
  }

  #mostlyKnown(project: Project): boolean {
    let known = 0;
    let all = 0;
    this.#eachItem(project, (item, texts) => {
      all++;
      if (texts.has(item)) known++;
    });
    return known * 2 >= all;
  }

  /** Every object in a list of the project or of a journey, with the depth `print` prints it at. */
  #eachItem(project: Project, visit: (item: object, texts: WeakMap<object, Uint8Array>, depth: number) => void): void {
    const lists = (owner: Plain, depth: number) => {
      const texts = this.#textsAt(depth);
      for (const value of Object.values(owner)) {
        if (value === project.journeys || !Array.isArray(value)) continue;
        for (const item of value as unknown[]) if (typeof item === 'object' && item !== null) visit(item, texts, depth);
      }
    };
    lists(project as unknown as Plain, PROJECT_ITEM_DEPTH);
    for (const journey of project.journeys) lists(journey as unknown as Plain, JOURNEY_ITEM_DEPTH);
  }

  #textsAt(depth: number): WeakMap<object, Uint8Array> {
    let texts = this.#texts.get(depth);
    if (!texts) this.#texts.set(depth, (texts = new WeakMap()));
    return texts;
  }

  // The envelope, the project and each journey are taken apart; the items of their lists are printed
  // whole. Depths, as JSON.stringify indents them: envelope 0 → project 1 → its lists 2 → their items 3;
  // the journeys' list 2 → a journey 3 → its lists 4 → their items 5 (see #eachItem).
  readonly #project: Printer = (value, depth, out) => this.#object(value as Plain, depth, out, (key) => (key === 'journeys' ? this.#journeys : undefined));
  readonly #journeys: Printer = (value, depth, out) => this.#array(value as unknown[], depth, out, this.#journey);
  readonly #journey: Printer = (value, depth, out) => this.#object(value as Plain, depth, out, () => undefined);

  /** An object as JSON.stringify prints it at `depth`; `inner(key)` may print a value its own way. */
  #object(obj: Plain, depth: number, out: Uint8Array[], inner: (key: string) => Printer | undefined): void {
    let first = true;
    for (const key of Object.keys(obj)) {
      const value = obj[key];
      if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
      out.push(this.#piece(first ? `{\n${pad(depth + 1)}` : `,\n${pad(depth + 1)}`), this.#piece(`${JSON.stringify(key)}: `));
      first = false;
      const own = inner(key);
      if (own) own(value, depth + 1, out);
      else if (Array.isArray(value)) this.#array(value, depth + 1, out);
      else out.push(this.#encode(plain(value, depth + 1)));
    }
    out.push(this.#piece(first ? '{}' : `\n${pad(depth)}}`));
  }

  /** An array at `depth`; object items are remembered by identity unless `item` prints them. */
  #array(list: unknown[], depth: number, out: Uint8Array[], item?: Printer): void {
    if (list.length === 0) {
      out.push(this.#piece('[]'));
      return;
    }
    const d = depth + 1;
    const texts = this.#textsAt(d);
    const open = this.#piece(`[\n${pad(d)}`);
    const between = this.#piece(`,\n${pad(d)}`);
    list.forEach((value, i) => {
      out.push(i === 0 ? open : between);
      if (item) item(value, d, out);
      else if (typeof value !== 'object' || value === null) out.push(this.#encode(plain(value ?? null, d)));
      else {
        let bytes = texts.get(value);
        if (bytes === undefined) texts.set(value, (bytes = this.#encode(plain(value, d))));
        out.push(bytes);
      }
    });
    out.push(this.#piece(`\n${pad(depth)}]`));
  }
}
