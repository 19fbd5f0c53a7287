// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { overviewDrawing } from '../../../renderer/canvas/OverviewMap.tsx';
import { buildFlowModel } from '../../../renderer/canvas/flowModel.ts';
import { generateProject } from '../../../bench/generate.ts';

describe('the overview map drawing', () => {
  const project = generateProject(60);
  const { nodes } = buildFlowModel(project.journeys[0]!, [], { curvePersonaId: null, systems: project.systems, lens: 'combined' });

  it('draws one path per colour, columns first, a rectangle per node of that kind (none for a kind with no nodes)', () => {
    expect(nodes.some((n) => n.type === 'opportunity')).toBe(false);
    const { paths } = overviewDrawing(nodes);
    expect(paths.map((p) => p.fill)).toEqual(['rgba(37, 99, 235, 0.08)', '#64748b', '#f97316']);
    const count = (d: string) => d.split('M').length - 1;
    expect(count(paths[0]!.d)).toBe(nodes.filter((n) => n.type === 'stage').length);
    expect(count(paths[1]!.d)).toBe(nodes.filter((n) => n.type === 'touchpoint').length);
    const card = nodes.find((n) => n.type === 'touchpoint')!;
    expect(paths[1]!.d).toContain(`M${Math.round(card.position.x)} ${Math.round(card.position.y)}h${card.width}v${card.height}h-${card.width}z`);
  });

  it('frames everything on the board, drawn or not (lanes, systems)', () => {
    const { bounds } = overviewDrawing(nodes);
    const right = Math.max(...nodes.map((n) => n.position.x + n.width!));
    const left = Math.min(...nodes.map((n) => n.position.x));
    expect(bounds).toMatchObject({ x: left, width: right - left });
    expect(overviewDrawing([])).toEqual({ bounds: null, paths: [] });
  });
});
