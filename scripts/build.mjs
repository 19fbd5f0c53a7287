#!/usr/bin/env node
// One build for the whole app, with Vite: the renderer (vite.config.ts), the
// main process (ESM, Node dependencies left external) and the preload
// (CommonJS with everything bundled in, because a sandboxed preload can
// require nothing but `electron`). `--renderer` builds the renderer only.
import { existsSync } from 'node:fs';
import { build } from 'vite';

const rendererOnly = process.argv.includes('--renderer');
const quiet = { logLevel: 'warn' };

await build({ ...quiet, configFile: 'vite.config.ts' });

if (!rendererOnly && existsSync('electron/main/index.ts')) {
  await build({
    ...quiet,
    configFile: false,
    build: {
      ssr: 'electron/main/index.ts',
      outDir: 'out/main',
      emptyOutDir: true,
      target: 'node22',
      rollupOptions: { external: ['electron'], output: { format: 'es', entryFileNames: 'index.js' } },
    },
  });
  await build({
    ...quiet,
    configFile: false,
    ssr: { noExternal: true },
    build: {
      ssr: 'electron/preload/index.ts',
      outDir: 'out/preload',
      emptyOutDir: true,
      target: 'node22',
      rollupOptions: { external: ['electron'], output: { format: 'cjs', entryFileNames: 'index.cjs' } },
    },
  });
}
console.log(rendererOnly ? 'Built the renderer into out/renderer.' : 'Built main, preload and renderer into out/.');
