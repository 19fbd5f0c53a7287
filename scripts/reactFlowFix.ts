/**
 * Build-time fixes for React Flow 12.12.1 (`@xyflow/react`). If React Flow's
 * code changes, the build fails here rather than silently losing a fix.
 *
 * 1. The selection listener is meant to run only when someone listens for
 *    selection changes, but it tests the handler list for truthiness, and an
 *    empty list is truthy. So on every store update (each frame of a pan,
 *    zoom or drag, each undo) it walked every node and edge: on a 1,000-card
 *    map about 90 KB of garbage per update. Touchline listens through its own
 *    store, so the listener should be off: the patch checks the list's length.
 *
 * 2. Every node that mounts is handed to a ResizeObserver, whose first report
 *    makes React Flow measure the node and its handles from the DOM (forced
 *    layout, a new internal node, one more store update and render). A node
 *    that declares its width, height and handles (every Touchline node does;
 *    flowModel.ts `sized`) is drawn at exactly that size, so the measurement
 *    only repeats what React Flow already knows. Such a node is not observed.
 *    This is most of the cost of nodes scrolling into view and of drawing the
 *    export view (about 1,700 mounts for a 1,000-card picture).
 */
import type { Plugin } from 'vite';

const FILE = /[\\/]@xyflow[\\/]react[\\/]dist[\\/]esm[\\/]index\.m?js$/;

interface Fix { what: string; before: string; after: string }

export const REACT_FLOW_FIXES: readonly Fix[] = [
  {
    what: 'the selection-listener check',
    before: 'const changeSelector = (s) => !!s.onSelectionChangeHandlers;',
    after: 'const changeSelector = (s) => s.onSelectionChangeHandlers.length > 0;',
  },
  {
    what: 'the resize observation of each mounted node',
    before: 'if (nodeRef.current && !node.hidden && (!isInitialized || observedNode.current !== nodeRef.current)) {',
    after: 'if (nodeRef.current && !node.hidden && (!isInitialized || (observedNode.current !== nodeRef.current && !(node.width && node.height && node.handles)))) {',
  },
];

export function patchReactFlowSource(code: string): string {
  let patched = code;
  for (const fix of REACT_FLOW_FIXES) {
    if (!patched.includes(fix.before)) {
      throw new Error(`React Flow no longer contains ${fix.what} that scripts/reactFlowFix.ts patches: check whether the fix is still needed and update or remove it.`);
    }
    patched = patched.replace(fix.before, fix.after);
  }
  return patched;
}

export function reactFlowFix(): Plugin {
  return {
    name: 'touchline:react-flow-fixes',
    enforce: 'pre',
    transform(code, id) {
      return FILE.test(id) ? { code: patchReactFlowSource(code), map: null } : null;
    },
  };
}
