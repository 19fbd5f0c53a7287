/**
 * Node components draw from the store by id; of React Flow's props they use
 * only these. Ignoring the rest (absolute position above all) means a drag
 * moves a card without re-rendering what is inside it.
 */
import type { NodeProps } from '@xyflow/react';

type Watched = Pick<NodeProps, 'id' | 'selected' | 'dragging' | 'data' | 'width' | 'height'>;

export function sameNodeProps(a: Watched, b: Watched): boolean {
  return a.id === b.id && a.selected === b.selected && a.dragging === b.dragging && a.data === b.data && a.width === b.width && a.height === b.height;
}
