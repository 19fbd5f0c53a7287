/**
 * Node components draw from the store by id; of React Flow's props they use
 * only these. Ignoring the rest (absolute position above all) means a drag
 * moves a card without re-rendering what is inside it. `data` is compared key
 * by key: a node that moves is a new object with a new `data` holding the
 * same id, and an undo that shifts the board moves hundreds of them.
 */
import type { NodeProps } from '@xyflow/react';
import { sameExcept } from '../../state/store.ts';

type Watched = Pick<NodeProps, 'id' | 'selected' | 'dragging' | 'data' | 'width' | 'height'>;

export function sameNodeProps(a: Watched, b: Watched): boolean {
  return a.id === b.id && a.selected === b.selected && a.dragging === b.dragging && sameData(a.data, b.data) && a.width === b.width && a.height === b.height;
}

const sameData = sameExcept<Record<string, unknown>>([]);
