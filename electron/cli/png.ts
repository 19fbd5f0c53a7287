/**
 * `touchline export FILE --format png`: draws the journey with the app's own
 * renderer in headless Chromium and captures it through the DevTools
 * protocol with the same `capturePng` the desktop app uses. Builds the
 * renderer first when out/renderer is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { capturePng, planExportSize, type CaptureClip } from '../../shared/export/png/capture.ts';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from '../../scripts/find-chromium.mjs';
import { atomicWrite } from '../services/atomicWrite.ts';
import { serializeProject } from '../../shared/file/save.ts';
import type { ExportArgs } from './export.ts';
import type { CliIo } from './io.ts';
import { loadFile, summaryLine } from './load-file.ts';

export const PNG_LENSES = ['marketing', 'it', 'combined'] as const;
export type PngLens = (typeof PNG_LENSES)[number];

export interface PngOptions {
  projectText: string;
  journeyId?: string;
  lens: PngLens;
  scale: number;
  out?: string;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RENDERER = join(ROOT, 'out/renderer');
const TYPES: Record<string, string> = {
  '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.json': 'application/json', '.ico': 'image/x-icon',
};

/** Serve out/renderer on a free localhost port (read-only, no directory listings). */
async function serveRenderer(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(RENDERER, path === '/' ? 'index.html' : path));
    if (!file.startsWith(RENDERER + sep) && file !== RENDERER) { res.writeHead(403).end(); return; }
    readFile(file).then(
      (body) => { res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body); },
      () => { res.writeHead(404).end(); },
    );
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

function ensureRenderer(io: CliIo): boolean {
  if (existsSync(join(RENDERER, 'index.html'))) return true;
  io.stderr('touchline: building the renderer (first PNG export)…');
  const built = spawnSync(process.execPath, ['scripts/build.mjs', '--renderer'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  return built.status === 0 && existsSync(join(RENDERER, 'index.html'));
}

/** Exit code: 0 written, 1 failed (message on stderr). */
export async function exportPng(options: PngOptions, io: CliIo): Promise<number> {
  const executablePath = await findChromium();
  if (!executablePath) {
    io.stderr(`touchline: PNG export needs Chromium. ${NO_CHROMIUM_MESSAGE}`);
    return 1;
  }
  if (!ensureRenderer(io)) {
    io.stderr('touchline: the renderer could not be built; run "node scripts/build.mjs --renderer" to see why.');
    return 1;
  }
  const { chromium } = await import('playwright-core');
  const { server, url } = await serveRenderer();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${url}#cli-export`);
    await page.waitForFunction('typeof window.touchlineCliExport === "function"', null, { timeout: 30_000 });
    const request = { projectText: options.projectText, journeyId: options.journeyId, lens: options.lens, scale: options.scale };
    const clip: CaptureClip = await page.evaluate((r) => (globalThis as unknown as { touchlineCliExport(r: unknown): Promise<CaptureClip> }).touchlineCliExport(r), request).catch((error: unknown) => {
      throw new Error(String(error instanceof Error ? error.message : error).replace(/^page\.evaluate: (Error: )?/, '').split('\n')[0]);
    });
    const size = planExportSize(clip.width, clip.height, options.scale);
    if (size.message) io.stderr(`touchline: ${size.message}`);
    const session = await page.context().newCDPSession(page);
    const base64 = await capturePng((method, params) => session.send(method as 'Page.captureScreenshot', params as never), clip, size.scale);
    const bytes = Buffer.from(base64, 'base64');
    if (options.out === undefined) await new Promise<void>((resolve, reject) => process.stdout.write(bytes, (e) => (e ? reject(e) : resolve())));
    else await atomicWrite(options.out, bytes, { backup: false });
    if (problems.length) io.stderr(`touchline: the page reported: ${problems[0]}`);
    return 0;
  } finally {
    await browser.close().catch(() => undefined);
    server.close();
  }
}

/** The png branch of `touchline export`: check the PNG options, load the file, export. */
export async function pngCommand(args: ExportArgs, io: CliIo): Promise<number> {
  const lens = args.lens ?? 'combined';
  if (!(PNG_LENSES as readonly string[]).includes(lens)) {
    io.stderr(`touchline: --lens must be ${PNG_LENSES.join(', ')}, not "${lens}"`);
    io.stderr('Run "touchline --help" for usage.');
    return 2;
  }
  const loaded = await loadFile(io, args.file);
  if (!loaded.ok) {
    io.stderr(summaryLine(args.file, loaded));
    return 1;
  }
  if (args.journey !== undefined && !loaded.project.journeys.some((j) => j.id === args.journey)) {
    io.stderr(`${args.file}: journey "${args.journey}" is not in this project`);
    return 1;
  }
  try {
    return await exportPng({ projectText: serializeProject(loaded.project), journeyId: args.journey, lens: lens as PngLens, scale: args.scale ?? 1, out: args.out }, io);
  } catch (error) {
    io.stderr(`touchline: PNG export failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return 1;
  }
}
