#!/usr/bin/env node
// The hostile-file corpus: what each file is and what the loader must do with
// it. Small files are committed in test/fixtures/hostile (regenerate with
// `node scripts/hostile/generate.mjs small test/fixtures/hostile`); big ones
// (60 MB, millions of elements, 10,000-deep nesting) are written at test time
// into a temp dir with `writeCorpus(dir, BIG)`.
//
// `expect` is the LoadError code, or 'accepted' for the documented cases that
// load; `mention` is a pattern the user-facing message must match.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { damaged, envelope, nested, pseudoRandomBytes, richProject, withRaw } from './base.mjs';

const base = () => JSON.stringify(envelope(richProject()), null, 2);
const utf16le = (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text) => Buffer.from(utf16le(text).swap16());
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]),
  Buffer.from([0x1f, 0x15, 0xc4, 0x89, 0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]),
]);
const version = (v) => JSON.stringify(envelope(richProject(), { version: v }), null, 2);
export const DATA_URL = 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==';
export const RTL_EMOJI = 'רחלי מסעדה ‏مقهى‎ 👩🏽‍💻☕️🇫🇷 \u202Egnp.exe';

export const SMALL = [
  { name: 'truncated.touchline', expect: 'not-json', mention: 'ends too early', make: () => base().slice(0, 900) },
  { name: 'not-json.touchline', expect: 'not-json', mention: 'not valid JSON', make: () => 'Journey map, version 2 (exported from a spreadsheet)\n' },
  { name: 'trailing-garbage.touchline', expect: 'not-json', mention: 'unexpected', make: () => `${base()}\n}garbage` },
  { name: 'comments.touchline', expect: 'not-json', mention: 'unexpected character "/"', make: () => `// saved by hand\n${base()}` },
  { name: 'binary-png.touchline', expect: 'not-json', mention: 'not valid JSON|not UTF-8', make: () => PNG },
  { name: 'binary-random.touchline', expect: 'not-json', mention: 'not valid JSON|not UTF-8', make: () => pseudoRandomBytes(4096) },
  { name: 'nul-bytes.touchline', expect: 'not-json', mention: 'control character U\\+0000', make: () => Buffer.alloc(1024) },
  { name: 'bom-utf8.touchline', expect: 'accepted', mention: '', make: () => `\uFEFF${base()}` },
  { name: 'utf16le.touchline', expect: 'not-json', mention: 'not valid JSON|not UTF-8', make: () => utf16le(base()) },
  { name: 'utf16be.touchline', expect: 'not-json', mention: 'not valid JSON|not UTF-8', make: () => utf16be(base()) },
  { name: 'empty.touchline', expect: 'not-json', mention: 'ends too early', make: () => '' },
  { name: 'whitespace.touchline', expect: 'not-json', mention: 'ends too early', make: () => ' \n\t\r\n   \n' },
  { name: 'null.touchline', expect: 'not-touchline', mention: 'no "format"', make: () => 'null' },
  { name: 'array-top.touchline', expect: 'not-touchline', mention: 'no "format"', make: () => `[${base()}]` },
  { name: 'string-top.touchline', expect: 'not-touchline', mention: 'no "format"', make: () => '"touchline"' },
  { name: 'missing-envelope.touchline', expect: 'not-touchline', mention: 'no "format"', make: () => JSON.stringify(richProject(), null, 2) },
  { name: 'wrong-format.touchline', expect: 'not-touchline', mention: 'format tag is "journeymap"', make: () => JSON.stringify({ ...envelope(richProject()), format: 'journeymap' }) },
  { name: 'version-0.touchline', expect: 'unsupported-version', mention: 'format version', make: () => version(0) },
  { name: 'version-negative.touchline', expect: 'unsupported-version', mention: 'format version', make: () => version(-1) },
  { name: 'version-string.touchline', expect: 'unsupported-version', mention: 'format version', make: () => version('1') },
  { name: 'version-fraction.touchline', expect: 'unsupported-version', mention: 'format version', make: () => version(1.5) },
  { name: 'version-missing.touchline', expect: 'unsupported-version', mention: 'format version', make: () => version(undefined) },
  { name: 'version-newer.touchline', expect: 'too-new', mention: 'newer Touchline \\(file format 2', make: () => version(2) },
  { name: 'version-huge.touchline', expect: 'too-new', mention: 'newer Touchline', make: () => version(1e300) },
  { name: 'proto-envelope.touchline', expect: 'invalid', mention: '"__proto__" is not allowed', make: () => base().replace('{', '{ "__proto__": { "polluted": true },') },
  { name: 'proto-project.touchline', expect: 'invalid', mention: '"__proto__" is not allowed', make: () => withRaw((p) => { p.name = '__MARK__'; }, '"x", "__proto__": { "polluted": true }') },
  { name: 'proto-deep.touchline', expect: 'invalid', mention: '"__proto__" is not allowed', make: () => withRaw((_p, j) => { j.stages[1].kpi = '__MARK__'; }, '"", "__proto__": { "isAdmin": true }') },
  { name: 'constructor-key.touchline', expect: 'invalid', mention: '"constructor" is not allowed', make: () => withRaw((p) => { p.personas[0].quote = '__MARK__'; }, '"", "constructor": { "prototype": { "polluted": true } }') },
  { name: 'prototype-key.touchline', expect: 'invalid', mention: '"prototype" is not allowed', make: () => withRaw((p) => { p.workshop.votesPerParticipant = '__MARK__'; }, '5, "prototype": {}') },
  { name: 'duplicate-id-same-kind.touchline', expect: 'inconsistent', mention: 'duplicate id "stg_a"', make: () => damaged((_p, j) => { j.stages[1].id = 'stg_a'; j.touchpoints[1].stageId = 'stg_a'; }) },
  { name: 'duplicate-id-across-kinds.touchline', expect: 'inconsistent', mention: 'duplicate id "stg_b"', make: () => damaged((_p, j) => { j.lanes[0].id = 'stg_b'; j.touchpoints.forEach((t) => { t.laneId = 'stg_b'; }); }) },
  { name: 'dangling-stage.touchline', expect: 'inconsistent', mention: 'refers to stage "stg_gone"', make: () => damaged((_p, j) => { j.touchpoints[0].stageId = 'stg_gone'; }) },
  { name: 'dangling-lane.touchline', expect: 'inconsistent', mention: 'refers to lane "lan_gone"', make: () => damaged((_p, j) => { j.touchpoints[1].laneId = 'lan_gone'; }) },
  { name: 'dangling-touchpoint.touchline', expect: 'inconsistent', mention: 'refers to touchpoint "tp_gone"', make: () => damaged((_p, j) => { j.connections[0].to = 'tp_gone'; }) },
  { name: 'dangling-friction.touchline', expect: 'inconsistent', mention: 'refers to friction point "fr_gone"', make: () => damaged((_p, j) => { j.opportunities[0].frictionIds = ['fr_gone']; }) },
  { name: 'dangling-system.touchline', expect: 'inconsistent', mention: 'refers to system "sys_gone"', make: () => damaged((_p, j) => { j.dataLinks[0].systemId = 'sys_gone'; }) },
  { name: 'dangling-persona.touchline', expect: 'inconsistent', mention: 'refers to persona "per_gone"', make: () => damaged((_p, j) => { j.touchpoints[0].emotions[0].personaId = 'per_gone'; }) },
  { name: 'dangling-thread-target.touchline', expect: 'inconsistent', mention: 'refers to opportunity "opp_gone"', make: () => damaged((_p, j) => { j.threads[0].target = { kind: 'opportunity', id: 'opp_gone' }; }) },
  { name: 'nan-token.touchline', expect: 'not-json', mention: 'unexpected character "N"', make: () => withRaw((_p, j) => { j.touchpoints[0].position.x = '__MARK__'; }, 'NaN') },
  { name: 'infinity-token.touchline', expect: 'not-json', mention: 'unexpected character "I"', make: () => withRaw((_p, j) => { j.stages[0].width = '__MARK__'; }, 'Infinity') },
  { name: 'coordinate-negative-huge.touchline', expect: 'invalid', mention: 'position.x: must be at least -1000000', make: () => damaged((_p, j) => { j.touchpoints[0].position.x = -1e12; }) },
  { name: 'coordinate-1e308.touchline', expect: 'invalid', mention: 'position.y: must be at most 1000000', make: () => damaged((_p, j) => { j.touchpoints[0].position.y = 1e308; }) },
  { name: 'coordinate-overflow.touchline', expect: 'invalid', mention: 'position.x: must be a number', make: () => withRaw((_p, j) => { j.systemPlacements[0].position.x = '__MARK__'; }, '1e999') },
  { name: 'control-chars-raw.touchline', expect: 'not-json', mention: 'control character U\\+0007', make: () => withRaw((p) => { p.name = '__MARK__'; }, '"Bell\u0007 and escape\u001b[31m"') },
  { name: 'control-chars-escaped.touchline', expect: 'accepted', mention: '', make: () => damaged((p) => { p.name = 'Bell\u0007 and escape\u001b[31mred'; }) },
  { name: 'rtl-emoji-names.touchline', expect: 'accepted', mention: '', make: () => damaged((p, j) => { p.name = RTL_EMOJI; j.stages[0].name = RTL_EMOJI; p.personas[0].name = '👩‍👩‍👧‍👦'; }) },
  { name: 'data-url-names.touchline', expect: 'accepted', mention: '', make: () => damaged((p, j) => { j.touchpoints[0].title = DATA_URL; p.systems[0].link = 'javascript:alert(1)'; }) },
  { name: 'name-too-long.touchline', expect: 'invalid', mention: 'name: is longer than 300 characters', make: () => damaged((_p, j) => { j.stages[0].name = 'x'.repeat(301); }) },
  { name: 'text-too-long.touchline', expect: 'invalid', mention: 'description: is longer than 20000 characters', make: () => damaged((_p, j) => { j.description = 'y'.repeat(20_001); }) },
  { name: 'nested-arrays-in-field.touchline', expect: 'invalid', mention: 'nested deeper than any Touchline project', make: () => withRaw((_p, j) => { j.description = '__MARK__'; }, nested(100, '[', ']', '"deep"')) },
  { name: 'shallow-array-in-field.touchline', expect: 'invalid', mention: 'goal: must be a string', make: () => withRaw((_p, j) => { j.stages[0].goal = '__MARK__'; }, '[["a"], [["b"]]]') },
];

const MB = 1024 * 1024;
const compact = () => JSON.stringify(envelope(richProject()));
/** The compact base file with the touchpoints array replaced by `count` copies of `item`. */
const manyTouchpoints = (count, item) => {
  const [head, tail] = compact().split(/"touchpoints":\[.*?\],"connections"/);
  return Buffer.concat([Buffer.from(`${head}"touchpoints":[`), Buffer.from(`${item},`.repeat(count - 1) + item), Buffer.from(`],"connections"${tail}`)]);
};
/** The compact base file with the value of `field` (first occurrence) replaced by `length` letters. */
const withHugeString = (field, value, length) => {
  const [head, ...tail] = compact().split(`"${field}":"${value}"`);
  return Buffer.concat([Buffer.from(`${head}"${field}":"`), Buffer.alloc(length, 'a'), Buffer.from(`"${tail.join(`"${field}":"${value}"`)}`)]);
};

export const BIG = [
  { name: 'big-60mb.touchline', expect: 'too-large', mention: 'too large.*20 MB', make: () => Buffer.concat([Buffer.from(compact().slice(0, -2)), Buffer.from(',"pad":"'), Buffer.alloc(60 * MB, 'x'), Buffer.from('"}}')]) },
  { name: 'deep-10000-objects.touchline', expect: 'invalid', mention: 'nested deeper than any Touchline project', make: () => compact().replace('"description":""', `"description":${nested(10_000, '{"a":', '}', '1')}`) },
  { name: 'deep-10000-arrays.touchline', expect: 'invalid', mention: 'nested deeper than any Touchline project', make: () => nested(10_000, '[', ']', '0') },
  { name: 'millions-of-touchpoints.touchline', expect: 'invalid', mention: 'touchpoints: has more than 50000 items', make: () => manyTouchpoints(2_000_000, '{}') },
  { name: 'nine-million-items.touchline', expect: 'invalid', mention: 'touchpoints: has more than 50000 items', make: () => manyTouchpoints(9_000_000, '0') },
  { name: 'huge-string-name.touchline', expect: 'invalid', mention: 'name: is longer than 300 characters', make: () => withHugeString('name', 'Hostile corpus base', 15 * MB) },
  { name: 'huge-string-id.touchline', expect: 'invalid', mention: 'id: is longer than 100 characters', make: () => withHugeString('id', 'prj_hostile', 19 * MB) },
];

export function writeCorpus(dir, entries) {
  mkdirSync(dir, { recursive: true });
  for (const entry of entries) writeFileSync(join(dir, entry.name), entry.make());
  return entries.map((e) => join(dir, e.name));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [which, dir] = process.argv.slice(2);
  if (!dir || (which !== 'small' && which !== 'big')) {
    console.error('Usage: node scripts/hostile/generate.mjs small|big DIR');
    process.exit(2);
  }
  const written = writeCorpus(dir, which === 'small' ? SMALL : BIG);
  console.log(`Wrote ${written.length} files into ${dir}.`);
}
