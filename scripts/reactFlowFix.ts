/**
 * Build-time fixes for React Flow 12.12.1 (`@xyflow/react` and its core,
 * `@xyflow/system` 0.0.84). If React Flow's
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
 *
 * 3. (core) Each node object that changes gets its handle bounds rebuilt from
 *    its declared handles: per card an object, two arrays and three handles,
 *    although the handles are the same shared list as before. An undo that
 *    shifts the board hands React Flow a new object for every card, and those
 *    copies outlive the undo, so the garbage collector copies them too. When
 *    the node's handle list is the very one it had, its bounds are kept.
 */
import type { Plugin } from 'vite';

const FILE = /[\\/]@xyflow[\\/](react|system)[\\/]dist[\\/]esm[\\/]index\.m?js$/;

type Package = 'react' | 'system';
interface Fix { what: string; package: Package; before: string; after: string }

export const REACT_FLOW_FIXES: readonly Fix[] = [
  {
    what: 'the selection-listener check',
    package: 'react',
    before: 'const changeSelector = (s) => !!s.onSelectionChangeHandlers;',
    after: 'const changeSelector = (s) => s.onSelectionChangeHandlers.length > 0;',
  },
  {
    what: 'the resize observation of each mounted node',
    package: 'react',
    before: 'if (nodeRef.current && !node.hidden && (!isInitialized || observedNode.current !== nodeRef.current)) {',
    after: 'if (nodeRef.current && !node.hidden && (!isInitialized || (observedNode.current !== nodeRef.current && !(node.width && node.height && node.handles)))) {',
  },
  {
    what: 'the handle bounds made for each changed node',
    package: 'system',
    before: 'function parseHandles(userNode, internalNode) {\n',
    after: 'function parseHandles(userNode, internalNode) {\n' +
      '    if (userNode.handles && userNode.handles === internalNode?.internals.userNode.handles && internalNode.internals.handleBounds) return internalNode.internals.handleBounds;\n',
  },
];

/** `code` (React Flow's or its core's bundle) with that package's fixes applied. */
export function patchReactFlowSource(code: string, pkg: Package = 'react'): string {
  let patched = code;
  for (const fix of REACT_FLOW_FIXES.filter((f) => f.package === pkg)) {
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
      const pkg = FILE.exec(id)?.[1] as Package | undefined;
      return pkg ? { code: patchReactFlowSource(code, pkg), map: null } : null;
    },
  };
}
