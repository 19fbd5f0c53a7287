/**
 * The headless `touchline` command: argument parsing and dispatch. Commands
 * live one per file and load projects through the shared loader only.
 *
 * Exit codes: 0 success, 1 a file is invalid or unreadable, 2 usage error.
 */
import { readFileSync } from 'node:fs';
import { defaultExportDeps, exportCommand } from './export.ts';
import { processIo, type CliIo } from './io.ts';
import { statsCommand } from './stats.ts';
import { validateCommand } from './validate.ts';

export type { CliIo } from './io.ts';

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export const USAGE = `Usage: touchline <command> [options]

Commands:
  validate FILE...   Check .touchline files; prints "FILE: ok" or one line per problem
  stats FILE         Print counts, data coverage and the alignment score as JSON
  export FILE --format json|roadmap-json|roadmap-csv|mermaid|canvas|decisions-md|decisions-csv
                     [--journey ID] [--persona ID] [--out PATH]
                     Write an export to stdout, or to PATH (see docs/exports.md)
  help               Show this help

Options:
  -h, --help         Show this help
  -v, --version      Show the version

Exit codes: 0 ok, 1 invalid or unreadable file, 2 usage error.`;

interface Parsed { command: string | undefined; args: string[]; flags: string[] }

/** Split argv into the command, its positional arguments and its flags (`--` ends flags). */
function parse(argv: readonly string[]): Parsed {
  const positional: string[] = [];
  const flags: string[] = [];
  let flagsDone = false;
  for (const arg of argv) {
    if (!flagsDone && arg === '--') flagsDone = true;
    else if (!flagsDone && arg.startsWith('-') && arg !== '-') flags.push(arg);
    else positional.push(arg);
  }
  const [command, ...args] = positional;
  return { command, args, flags };
}

export function appVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

function usageError(io: CliIo, message: string): number {
  io.stderr(`touchline: ${message}`);
  io.stderr('Run "touchline --help" for usage.');
  return EXIT.usage;
}

const KNOWN_FLAGS = new Set(['-h', '--help', '-v', '--version']);

/** Run the CLI in-process and return its exit code. Never throws. */
export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  try {
    const { command, args, flags } = parse(argv);
    if (command === 'export' && !flags.includes('-h') && !flags.includes('--help')) {
      return await exportCommand(argv.slice(argv.indexOf('export') + 1), io, defaultExportDeps(appVersion()));
    }
    const unknown = flags.find((f) => !KNOWN_FLAGS.has(f));
    if (unknown) return usageError(io, `unknown option "${unknown}"`);
    if (flags.includes('-h') || flags.includes('--help') || command === 'help') {
      io.stdout(USAGE);
      return EXIT.ok;
    }
    if (flags.includes('-v') || flags.includes('--version')) {
      io.stdout(`touchline ${appVersion()}`);
      return EXIT.ok;
    }
    switch (command) {
      case undefined:
        return usageError(io, 'no command given');
      case 'validate':
        if (args.length === 0) return usageError(io, 'validate needs at least one FILE');
        return await validateCommand(args, io);
      case 'stats':
        if (args.length !== 1) return usageError(io, args.length === 0 ? 'stats needs a FILE' : 'stats takes exactly one FILE');
        return await statsCommand(args[0]!, io);
      default:
        return usageError(io, `unknown command "${command}"`);
    }
  } catch (error) {
    // Last resort: a bug must still end with one readable line, not a stack trace.
    io.stderr(`touchline: internal error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return EXIT.failed;
  }
}
