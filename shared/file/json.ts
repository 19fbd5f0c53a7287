/**
 * JSON parsing for untrusted files: the engine's fast parser, plus what it
 * does not give us — a line and column for syntax errors (engines disagree on
 * whether they report a position), and a walk that refuses keys that could
 * pollute prototypes and nesting deeper than any real project.
 */
import { MAX_DEPTH } from './format.ts';

export type JsonProblem =
  | { kind: 'syntax'; message: string; line: number; column: number }
  | { kind: 'forbidden-key'; key: string; path: string }
  | { kind: 'too-deep'; path: string };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; problem: JsonProblem } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: describeSyntaxError(text, error) };
  }
  const structural = checkStructure(value);
  return structural ? { ok: false, problem: structural } : { ok: true, value };
}

/** Iterative walk (no recursion, so hostile nesting cannot overflow the stack). */
interface Frame { value: object; depth: number; parent: Frame | null; key: string | number }

function checkStructure(root: unknown): JsonProblem | null {
  if (root === null || typeof root !== 'object') return null;
  // Only containers are pushed and paths are built only for the one reported
  // problem: a file of millions of array items stays a linear, cheap walk.
  const stack: Frame[] = [{ value: root, depth: 0, parent: null, key: '' }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame.depth > MAX_DEPTH) return { kind: 'too-deep', path: pathOf(frame) || '(top level)' };
    const value = frame.value;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const child: unknown = value[i];
        if (child !== null && typeof child === 'object') stack.push({ value: child, depth: frame.depth + 1, parent: frame, key: i });
      }
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return { kind: 'forbidden-key', key, path: pathOf({ value, depth: frame.depth + 1, parent: frame, key }) };
      const child: unknown = (value as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') stack.push({ value: child, depth: frame.depth + 1, parent: frame, key });
    }
  }
  return null;
}

function pathOf(frame: Frame): string {
  const parts: (string | number)[] = [];
  for (let f: Frame | null = frame; f?.parent; f = f.parent) parts.push(f.key);
  let path = '';
  for (const part of parts.reverse()) path += typeof part === 'number' ? `[${part}]` : path ? `.${part}` : part;
  return path;
}

function describeSyntaxError(text: string, error: unknown): JsonProblem {
  const offset = locateSyntaxError(text);
  const { line, column } = lineAndColumn(text, offset);
  const found = offset >= text.length ? 'the file ends too early' : `unexpected ${describeChar(text[offset]!)}`;
  const detail = error instanceof RangeError ? 'it is nested too deeply' : found;
  return { kind: 'syntax', message: `not valid JSON at line ${line}, column ${column}: ${detail}`, line, column };
}

function describeChar(ch: string): string {
  const code = ch.codePointAt(0)!;
  if (code === 0xfeff) return 'byte-order mark';
  if (code < 0x20 || code === 0x7f) return `control character U+${code.toString(16).padStart(4, '0').toUpperCase()}`;
  return `character "${ch}"`;
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * Find the offset of the first syntax error with a small validating scanner.
 * Only called after JSON.parse failed, so speed matters less than clarity.
 */
export function locateSyntaxError(text: string): number {
  let i = 0;
  const ws = () => { while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++; };
  const fail = (): never => { throw i; };
  const literal = (word: string) => { if (text.startsWith(word, i)) i += word.length; else fail(); };
  const string = () => {
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 34) { i++; return; }
      if (c < 0x20) fail();
      if (c === 92) {
        const next = text[i + 1];
        if (next === 'u') { if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) { i += 2; fail(); } i += 6; continue; }
        if (next === undefined || !'"\\/bfnrt'.includes(next)) { i++; fail(); }
        i += 2;
        continue;
      }
      i++;
    }
    fail();
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match || match[0].length === 0) fail();
    i += match![0].length;
  };
  // Explicit stack instead of recursion: hostile nesting must not overflow.
  const containers: ('{' | '[')[] = [];
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{' || c === '[') { containers.push(c); i++; return; }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    fail();
  };
  try {
    value();
    // After an opening bracket we expect a member or the close; after a value, a comma or close.
    let justOpened = containers.length > 0;
    while (containers.length > 0) {
      ws();
      const top = containers[containers.length - 1]!;
      const close = top === '{' ? '}' : ']';
      if (text[i] === close) { containers.pop(); i++; justOpened = false; continue; }
      if (!justOpened) { if (text[i] !== ',') fail(); i++; ws(); }
      if (top === '{') {
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
      }
      const depth = containers.length;
      value();
      justOpened = containers.length > depth;
    }
    ws();
    if (i < text.length) fail();
    return text.length; // valid as JSON; the engine failed for another reason (e.g. depth)
  } catch (at) {
    if (typeof at === 'number') return at;
    throw at;
  }
}
