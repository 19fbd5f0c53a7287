/**
 * The benchmark's baseline: a bare React Flow page with the same number of
 * nodes and edges as the generated journey, default nodes, no app around it.
 * `?n=1451&e=666` sets the node and edge counts (bench/run.ts passes what
 * Touchline hands React Flow for the journey: cards, chips, stages, lanes…).
 */
import { ReactFlow, ReactFlowProvider, useEdgesState, useNodesState, type Edge, type Node } from '@xyflow/react';
import { useEffect } from 'react';
import '@xyflow/react/dist/style.css';
import { createRoot } from 'react-dom/client';

const params = new URLSearchParams(location.search);
const n = Number(params.get('n') ?? 100);
const e = Number(params.get('e') ?? Math.round((n * 2) / 3));
const PER_STAGE = 12;
const initialNodes: Node[] = Array.from({ length: n }, (_, i) => {
  const stage = Math.floor(i / PER_STAGE);
  const slot = i % PER_STAGE;
  return { id: `n${i}`, position: { x: stage * 520 + (slot % 2) * 236, y: 240 + Math.floor(slot / 2) * 120 }, data: { label: `Touchpoint ${i + 1}` }, style: { width: 220, height: 104 } };
});
// `e` edges between neighbours, spread evenly along the board.
const initialEdges: Edge[] = initialNodes.slice(1).flatMap((node, i) =>
  Math.floor(((i + 1) * e) / (n - 1)) > Math.floor((i * e) / (n - 1)) ? [{ id: `e${i}`, source: `n${i}`, target: node.id }] : []);

function Bare() {
  const [nodes, setNodes, onNodesChange] = useNodesState(initialNodes);
  const [edges, , onEdgesChange] = useEdgesState(initialEdges);
  // The bare page's "undo": Ctrl+Z / Ctrl+Shift+Z move every node sideways and back, a new object
  // for each, as an undo that widens a column shifts every card after it. The floor for Touchline's undo.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.ctrlKey || e.key.toLowerCase() !== 'z') return;
      const dx = e.shiftKey ? 40 : -40;
      setNodes((all) => all.map((node) => ({ ...node, position: { x: node.position.x + dx, y: node.position.y } })));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setNodes]);
  return (
    <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} onEdgesChange={onEdgesChange}
      minZoom={0.1} onlyRenderVisibleElements={n > 400} defaultViewport={{ x: 200, y: 24, zoom: 0.65 }} />
  );
}

createRoot(document.getElementById('root')!).render(<ReactFlowProvider><Bare /></ReactFlowProvider>);
