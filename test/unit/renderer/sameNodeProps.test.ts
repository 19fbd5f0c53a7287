// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sameNodeProps } from '../../../renderer/canvas/nodes/sameNodeProps.ts';

const card = { id: 'tp_1', selected: false, dragging: false, data: { touchpointId: 'tp_1' }, width: 220, height: 104 };

describe('what makes a node re-render its content', () => {
  it('not a move: a moved node is a new object with an equal data object', () => {
    expect(sameNodeProps(card, { ...card, data: { touchpointId: 'tp_1' } })).toBe(true);
  });

  it('a change of selection, size or data does', () => {
    expect(sameNodeProps(card, { ...card, selected: true })).toBe(false);
    expect(sameNodeProps(card, { ...card, width: 240 })).toBe(false);
    expect(sameNodeProps(card, { ...card, data: { touchpointId: 'tp_2' } })).toBe(false);
    const bands = [{ laneId: 'lan_1' }];
    expect(sameNodeProps({ ...card, data: { stageId: 's', bands } }, { ...card, data: { stageId: 's', bands: [...bands] } })).toBe(false);
  });
});
