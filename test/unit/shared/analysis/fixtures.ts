/**
 * The mixed alignment fixture of test/unit/shared/analysis/alignment.test.ts
 * and the Alignment panel test, built with the app's commands.
 *
 * Systems: sys_crm (active), sys_old (end-of-life), sys_pos (phase-out),
 * sys_spare (active; placed on the canvas and blamed for a friction, but
 * linked from no touchpoint, so unused).
 * Stage stg_a "Discover": tp_a1 (needs real time), tp_a2, tp_a3 (needs real
 * time, no link). Stage stg_b "Buy": tp_b1 (needs real time). Stage stg_c
 * "Later": no touchpoints.
 */
import type { Project } from '../../../../shared/domain/model.ts';
import { apply, fixedProject } from '../../../helpers/builders.ts';

export const J = 'jny_1';

export function mixedProject(): Project {
  return apply(fixedProject('Mixed'),
    { name: 'addSystem', payload: { systemId: 'sys_crm', name: 'CRM' } },
    { name: 'addSystem', payload: { systemId: 'sys_old', name: 'Old loyalty', fields: { lifecycle: 'end-of-life' } } },
    { name: 'addSystem', payload: { systemId: 'sys_pos', name: 'POS', fields: { lifecycle: 'phase-out' } } },
    { name: 'addSystem', payload: { systemId: 'sys_spare', name: 'Spare' } },
    { name: 'addStage', payload: { journeyId: J, stageId: 'stg_a', name: 'Discover' } },
    { name: 'addStage', payload: { journeyId: J, stageId: 'stg_b', name: 'Buy' } },
    { name: 'addStage', payload: { journeyId: J, stageId: 'stg_c', name: 'Later' } },
    { name: 'addTouchpoint', payload: { journeyId: J, touchpointId: 'tp_a1', stageId: 'stg_a', title: 'App home', fields: { needsRealTime: true } } },
    { name: 'addTouchpoint', payload: { journeyId: J, touchpointId: 'tp_a2', stageId: 'stg_a', title: 'Newsletter' } },
    { name: 'addTouchpoint', payload: { journeyId: J, touchpointId: 'tp_a3', stageId: 'stg_a', title: 'Poster', fields: { needsRealTime: true } } },
    { name: 'addTouchpoint', payload: { journeyId: J, touchpointId: 'tp_b1', stageId: 'stg_b', title: 'Till', fields: { needsRealTime: true } } },
    // Stage A: a stale (daily) and a manual link on tp_a1; a link with no integration on tp_a2.
    { name: 'addDataLink', payload: { journeyId: J, dataLinkId: 'dl_1', touchpointId: 'tp_a1', systemId: 'sys_crm', fields: { personalData: true, integration: 'api-batch', freshness: 'daily' } } },
    { name: 'addDataLink', payload: { journeyId: J, dataLinkId: 'dl_2', touchpointId: 'tp_a1', systemId: 'sys_old', fields: { integration: 'manual', freshness: 'real-time' } } },
    { name: 'addDataLink', payload: { journeyId: J, dataLinkId: 'dl_3', touchpointId: 'tp_a2', systemId: 'sys_old', fields: { personalData: true, integration: 'none', freshness: 'unknown' } } },
    // Stage B: hourly is not stale; two retiring systems.
    { name: 'addDataLink', payload: { journeyId: J, dataLinkId: 'dl_4', touchpointId: 'tp_b1', systemId: 'sys_pos', fields: { personalData: true, integration: 'real-time', freshness: 'hourly' } } },
    { name: 'addDataLink', payload: { journeyId: J, dataLinkId: 'dl_5', touchpointId: 'tp_b1', systemId: 'sys_old', fields: { integration: 'real-time', freshness: 'real-time' } } },
    { name: 'addFriction', payload: { journeyId: J, frictionId: 'fr_1', touchpointId: 'tp_a1', title: 'Stale points', fields: { causedBySystemIds: ['sys_old'] } } },
    { name: 'addFriction', payload: { journeyId: J, frictionId: 'fr_2', touchpointId: 'tp_a3', title: 'Faded poster', fields: { ownerSide: 'marketing', causedBySystemIds: ['sys_spare'] } } },
    { name: 'addFriction', payload: { journeyId: J, frictionId: 'fr_3', touchpointId: 'tp_b1', title: 'Till freezes', fields: { causedBySystemIds: ['sys_pos', 'sys_crm'] } } },
    { name: 'addFriction', payload: { journeyId: J, frictionId: 'fr_4', touchpointId: 'tp_a2', title: 'Too many mails', fields: { ownerSide: 'shared' } } },
    { name: 'placeSystem', payload: { journeyId: J, systemId: 'sys_spare', position: { x: 40, y: 40 } } },
  );
}
