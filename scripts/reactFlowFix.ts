/**
 * A build-time fix for React Flow 12.12.1 (`@xyflow/react`). Its selection
 * listener is meant to run only when someone listens for selection changes,
 * but it tests the handler list for truthiness, and an empty list is truthy.
 * So on every store update (each frame of a pan, zoom or drag, each undo) it
 * walks every node and edge and allocates entries for them: on a 1,000-card
 * map about 90 KB per update of garbage, and more collection pauses. Touchline
 * listens through its own store, never through React Flow's, so the listener
 * should be off. The patch checks the list's length instead. If React Flow's
 * code changes, the build fails here rather than silently losing the fix.
 */
import type { Plugin } from 'vite';

const FILE = /[\\/]@xyflow[\\/]react[\\/]dist[\\/]esm[\\/]index\.m?js$/;
const BEFORE = 'const changeSelector = (s) => !!s.onSelectionChangeHandlers;';
const AFTER = 'const changeSelector = (s) => s.onSelectionChangeHandlers.length > 0;';

export function patchReactFlowSource(code: string): string {
  if (!code.includes(BEFORE)) {
    throw new Error('React Flow no longer contains the selection-listener check that scripts/reactFlowFix.ts patches: check whether the fix is still needed and update or remove it.');
  }
  return code.replace(BEFORE, AFTER);
}

export function reactFlowFix(): Plugin {
  return {
    name: 'touchline:react-flow-selection-listener',
    enforce: 'pre',
    transform(code, id) {
      return FILE.test(id) ? { code: patchReactFlowSource(code), map: null } : null;
    },
  };
}
