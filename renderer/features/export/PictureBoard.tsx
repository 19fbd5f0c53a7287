/**
 * The board drawn as a picture, without React Flow's interactive machinery.
 * The export view is drawn once and captured: nothing in it moves, is
 * selected or connected, so React Flow's per-node work (a store entry, drag,
 * selection and visibility subscriptions, edge bookkeeping on every batch)
 * bought nothing there and was most of the time to draw a big picture.
 *
 * The same node components are placed in the same wrappers, with the same
 * class names, so the canvas's styles apply unchanged; lines are the same SVG
 * paths (StillDrawing.tsx). The end-to-end reference-image test holds the
 * picture to what React Flow drew.
 */
import type { Edge } from '@xyflow/react';
import { memo, useMemo } from 'react';
import type { JourneyFlowNode } from '../../canvas/flowModel.ts';
import { anchor, EdgeMarkers, StillEdge, StillNodeContent } from '../../canvas/StillDrawing.tsx';

/** One batch of nodes; a batch already drawn never renders again while later ones are added. */
export const PictureNodes = memo(function PictureNodes({ nodes }: { nodes: readonly JourneyFlowNode[] }) {
  return nodes.map((node) => <PictureNode key={node.id} node={node} />);
});

function PictureNode({ node }: { node: JourneyFlowNode }) {
  const { x, y } = node.position;
  const zIndex = node.zIndex ?? 0;
  return (
    <div
      className={`react-flow__node react-flow__node-${node.type}`}
      data-id={node.id}
      style={{ zIndex, transform: `translate(${x}px, ${y}px)`, pointerEvents: 'none', visibility: 'visible', width: node.width, height: node.height }}
    >
      <StillNodeContent node={node} />
    </div>
  );
}

/** Every line of the board, with its arrowheads and labels, under the nodes (as on the canvas). */
export const PictureEdges = memo(function PictureEdges({ nodes, edges }: { nodes: readonly JourneyFlowNode[]; edges: readonly Edge[] }) {
  const byId = useMemo(() => new Map(nodes.map((n) => [n.id, n])), [nodes]);
  return (
    <div className="react-flow__edges">
      <EdgeMarkers edges={edges} />
      <svg style={{ zIndex: 0 }}>
        {edges.map((edge) => {
          const from = anchor(byId.get(edge.source), edge.sourceHandle, 'source');
          const to = anchor(byId.get(edge.target), edge.targetHandle, 'target');
          return from && to ? <StillEdge key={edge.id} edge={edge} from={from} to={to} /> : null;
        })}
      </svg>
    </div>
  );
});
