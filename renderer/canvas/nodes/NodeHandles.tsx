/**
 * The connection points of cards and systems: React Flow handles (drag one to
 * connect), shown on hover and selection. A picture (the export view) draws
 * none: nothing there is hovered or selected, so they would be invisible, and
 * its lines are anchored from the handles each node declares (flowModel.ts),
 * not measured in the DOM — some 3,000 fewer elements in a 1,000-card picture.
 * Nor does a block drawn outside React Flow (BlocksLayer.tsx): its card is
 * selected, and handed back to React Flow, before anything can be connected.
 * Put them last in a node: earlier, the card's own content paints over them
 * and they cannot be grabbed.
 */
import { Handle, Position } from '@xyflow/react';
import { useContext } from 'react';
import { OutsideFlowContext, PictureScaleContext } from '../levelOfDetail.ts';

interface HandleSpec { type: 'source' | 'target'; id: string; position: Position; className: string; connectable: boolean }

const CARD: readonly HandleSpec[] = [
  { type: 'target', id: 'in', position: Position.Left, className: 'card-handle', connectable: true },
  { type: 'source', id: 'out', position: Position.Right, className: 'card-handle', connectable: true },
  { type: 'source', id: 'data', position: Position.Bottom, className: 'data-handle', connectable: false },
];
const SYSTEM: readonly HandleSpec[] = [{ type: 'target', id: 'in', position: Position.Top, className: 'system-handle', connectable: false }];

function Handles({ specs }: { specs: readonly HandleSpec[] }) {
  const inPicture = useContext(PictureScaleContext) !== null;
  const outsideFlow = useContext(OutsideFlowContext);
  return inPicture || outsideFlow ? null : specs.map((h) => <Handle key={h.id} type={h.type} id={h.id} position={h.position} className={h.className} isConnectable={h.connectable} />);
}

/** Flows come in on the left and leave on the right; data links leave from the bottom. */
export const CardHandles = () => <Handles specs={CARD} />;

/** A system receives data links on its top edge. */
export const SystemHandles = () => <Handles specs={SYSTEM} />;
