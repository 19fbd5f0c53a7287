// @vitest-environment node
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { patchReactFlowSource, reactFlowFix } from '../../../scripts/reactFlowFix.ts';
import viteConfig from '../../../vite.config.ts';

const packageDir = dirname(createRequire(import.meta.url).resolve('@xyflow/react/package.json'));
const source = readFileSync(join(packageDir, 'dist/esm/index.mjs'), 'utf8');
// The browser build takes the core's `index.js` (its package's "browser" export).
const coreDir = join(dirname(createRequire(join(packageDir, 'package.json')).resolve('@xyflow/system')), '../..');
const coreSource = readFileSync(join(coreDir, 'dist/esm/index.js'), 'utf8');

describe('the build-time React Flow fix', () => {
  it('turns the selection listener on only when a handler is registered', () => {
    const patched = patchReactFlowSource(source);
    expect(patched).toContain('s.onSelectionChangeHandlers.length > 0');
    expect(patched).not.toContain('!!s.onSelectionChangeHandlers');
  });

  it('does not measure a mounted node that declares its size and handles', () => {
    const patched = patchReactFlowSource(source);
    expect(patched).toContain('!(node.width && node.height && node.handles)');
  });

  it('keeps the handle bounds of a changed node whose handle list is the same', () => {
    const patched = patchReactFlowSource(coreSource, 'system');
    expect(patched).toContain('userNode.handles === internalNode?.internals.userNode.handles');
    // and only there: React Flow's own bundle has no handle parsing to patch
    expect(patchReactFlowSource(source, 'react')).not.toContain('internals.userNode.handles');
  });

  it('is part of the app build', () => {
    const names = (viteConfig.plugins ?? []).flat().map((p) => (p && typeof p === 'object' && 'name' in p ? p.name : null));
    expect(names).toContain(reactFlowFix().name);
  });

  it('fails the build loudly when React Flow changed the code it patches', () => {
    expect(() => patchReactFlowSource('export const nothing = 1;')).toThrow(/React Flow no longer contains/);
  });
});
