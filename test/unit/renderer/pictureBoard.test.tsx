// @vitest-environment happy-dom
import { render } from '@testing-library/react';
import { getBezierPath, Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { buildFlowModel } from '../../../renderer/canvas/flowModel.ts';
import { PictureEdges } from '../../../renderer/features/export/PictureBoard.tsx';
import { generateProject } from '../../../bench/generate.ts';

const project = generateProject(12);
const journey = project.journeys[0]!;
const model = buildFlowModel(journey, [], { curvePersonaId: null, systems: project.systems, lens: 'combined' });

describe('the lines of an exported picture', () => {
  it('runs each flow from the right edge of one card to the left edge of the next, as React Flow draws it', () => {
    const { container } = render(<PictureEdges nodes={model.nodes} edges={model.edges} />);
    const edge = model.edges.find((e) => e.type === 'default')!;
    const source = model.nodes.find((n) => n.id === edge.source)!;
    const target = model.nodes.find((n) => n.id === edge.target)!;
    // The middle of the card's sides: its handles sit on them (flowModel.ts).
    const [expected] = getBezierPath({
      sourceX: source.position.x + source.width! - 1 + 4, sourceY: source.position.y + source.height! / 2, sourcePosition: Position.Right,
      targetX: target.position.x + 1 - 4, targetY: target.position.y + target.height! / 2, targetPosition: Position.Left,
    });
    const paths = [...container.querySelectorAll('.react-flow__edge-path')].map((p) => p.getAttribute('d'));
    expect(paths).toContain(expected);
    // One path per line, each with the arrowhead the picture defines once.
    expect(paths).toHaveLength(model.edges.length);
    const arrow = container.querySelector('marker')!.id;
    expect(container.querySelector('.react-flow__edge-default .react-flow__edge-path')!.getAttribute('marker-end')).toBe(`url('#${arrow}')`);
  });

  it('keeps the data-link classes the canvas styles lines by, and never takes the pointer', () => {
    const { container } = render(<PictureEdges nodes={model.nodes} edges={model.edges} />);
    const links = container.querySelectorAll('.react-flow__edge-smoothstep.data-link');
    expect(links.length).toBe(model.edges.filter((e) => e.type === 'smoothstep').length);
    expect(links.length).toBeGreaterThan(0);
    for (const line of container.querySelectorAll('.react-flow__edge')) expect(line.classList.contains('inactive')).toBe(true);
  });
});
