/**
 * The connection points of cards and systems. On the canvas they are React
 * Flow handles (drag one to connect). In a picture nobody connects anything,
 * and each live handle subscribes to React Flow's store: the export view draws
 * plain elements with the same classes instead, where React Flow still finds
 * them to anchor the lines (it measures handles by class) — about 3,000
 * fewer store subscriptions for a 1,000-card picture. Put them last in a node:
 * earlier, the card's own content paints over them and they cannot be grabbed.
 */
import { Handle, Position } from '@xyflow/react';
import { useContext } from 'react';
import { PictureScaleContext } from '../levelOfDetail.ts';

interface HandleSpec { type: 'source' | 'target'; id: string; position: Position; className: string; connectable: boolean }

const CARD: readonly HandleSpec[] = [
  { type: 'target', id: 'in', position: Position.Left, className: 'card-handle', connectable: true },
  { type: 'source', id: 'out', position: Position.Right, className: 'card-handle', connectable: true },
  { type: 'source', id: 'data', position: Position.Bottom, className: 'data-handle', connectable: false },
];
const SYSTEM: readonly HandleSpec[] = [{ type: 'target', id: 'in', position: Position.Top, className: 'system-handle', connectable: false }];

function Handles({ specs }: { specs: readonly HandleSpec[] }) {
  const inPicture = useContext(PictureScaleContext) !== null;
  return specs.map((h) => inPicture
    ? <div key={h.id} className={`react-flow__handle react-flow__handle-${h.position} ${h.className} ${h.type}`} data-handleid={h.id} data-handlepos={h.position} />
    : <Handle key={h.id} type={h.type} id={h.id} position={h.position} className={h.className} isConnectable={h.connectable} />);
}

/** Flows come in on the left and leave on the right; data links leave from the bottom. */
export const CardHandles = () => <Handles specs={CARD} />;

/** A system receives data links on its top edge. */
export const SystemHandles = () => <Handles specs={SYSTEM} />;
