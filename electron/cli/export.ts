/**
 * `touchline export FILE --format F [--journey ID] [--persona ID] [--out PATH]`.
 * Without --out the export goes to stdout byte for byte; with --out it is
 * written through atomicWrite, so an interrupted export never leaves a
 * half-written file. Formats are described in docs/exports.md.
 */
import { EXPORT_FORMATS, exportProject, isExportFormat } from '../../shared/export/index.ts';
import { atomicWrite } from '../services/atomicWrite.ts';
import type { CliIo } from './io.ts';
import { loadFile, summaryLine } from './load-file.ts';
import { pngCommand } from './png.ts';

export const EXPORT_USAGE = 'export FILE --format json|roadmap-json|roadmap-csv|mermaid|canvas|decisions-md|decisions-csv [--journey ID] [--persona ID] [--out PATH]';

const VALUE_FLAGS = new Set(['--format', '--journey', '--persona', '--out', '--lens', '--scale']);

export interface ExportArgs { file: string; format: string; journey?: string; persona?: string; out?: string; lens?: string; scale?: number }

export interface ExportDeps {
  write(path: string, text: string): Promise<void>;
  appVersion: string;
}

/** Parse the arguments after `export`; a string is a usage error. */
export function parseExportArgs(argv: readonly string[]): ExportArgs | string {
  const values = new Map<string, string>();
  const files: string[] = [];
  let flagsDone = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (flagsDone || !arg.startsWith('-') || arg === '-') { files.push(arg); continue; }
    if (arg === '--') { flagsDone = true; continue; }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!VALUE_FLAGS.has(name)) return `unknown option "${name}"`;
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '') return `${name} needs a value`;
    if (values.has(name)) return `${name} is given more than once`;
    values.set(name, value);
  }
  if (files.length !== 1) return files.length === 0 ? 'export needs a FILE' : 'export takes exactly one FILE';
  const format = values.get('--format');
  if (format === undefined) return `export needs --format (${EXPORT_FORMATS.join(', ')})`;
  const args: ExportArgs = { file: files[0]!, format };
  const optional = { journey: '--journey', persona: '--persona', out: '--out', lens: '--lens' } as const;
  for (const [key, flag] of Object.entries(optional) as [keyof typeof optional, string][]) {
    const v = values.get(flag);
    if (v !== undefined) args[key] = v;
  }
  const scale = values.get('--scale');
  if (scale !== undefined) {
    const n = Number(scale);
    if (!Number.isFinite(n) || n <= 0 || n > 8) return `--scale must be a number above 0 and at most 8, not "${scale}"`;
    args.scale = n;
  }
  return args;
}

const usage = (io: CliIo, message: string) => {
  io.stderr(`touchline: ${message}`);
  io.stderr('Run "touchline --help" for usage.');
  return 2;
};

/** Run `touchline export` with the arguments that follow the command name. */
export async function exportCommand(argv: readonly string[], io: CliIo, deps: ExportDeps): Promise<number> {
  const args = parseExportArgs(argv);
  if (typeof args === 'string') return usage(io, args);
  if (args.format === 'png') return pngCommand(args, io);
  if (!isExportFormat(args.format)) return usage(io, `unknown export format "${args.format}" (use ${EXPORT_FORMATS.join(', ')})`);

  const loaded = await loadFile(io, args.file);
  if (!loaded.ok) {
    io.stderr(summaryLine(args.file, loaded));
    return 1;
  }
  const exported = exportProject(loaded.project, args.format, { journeyId: args.journey, personaId: args.persona, appVersion: deps.appVersion });
  if (!exported.ok) {
    io.stderr(`${args.file}: ${exported.error}`);
    return 1;
  }
  if (args.out === undefined) {
    // io.stdout adds the final "\n" back: stdout gets exactly the exported bytes.
    io.stdout(exported.text.endsWith('\n') ? exported.text.slice(0, -1) : exported.text);
    return 0;
  }
  try {
    await deps.write(args.out, exported.text);
  } catch (error) {
    io.stderr(`${args.out}: ${error instanceof Error ? error.message.split('\n')[0] : 'could not be written'}`);
    return 1;
  }
  return 0;
}

export const defaultExportDeps = (appVersion: string): ExportDeps => ({
  write: (path, text) => atomicWrite(path, text, { backup: false }),
  appVersion,
});
