/** IT-layer actions: attaching systems to touchpoints, deleting systems that are in use. */
import { createId } from '../../shared/domain/ids.ts';
import { ask } from '../state/dialogs.ts';
import { byId } from '../state/indexes.ts';
import { describeUsage, systemUsage, usageCount } from '../features/catalog/usage.ts';
import { selectJourney, type AppStore } from '../state/store.ts';

/** The drag-and-drop type a catalog row carries (its value is the system id). */
export const SYSTEM_DRAG_TYPE = 'application/x-touchline-system';

/** Attach a system to a touchpoint; selects the new data link so the inspector shows its attributes. */
export function attachSystem(store: AppStore, touchpointId: string, systemId: string): string | null {
  const s = store.getState();
  const journey = selectJourney(s);
  const system = byId(s.project.systems, systemId);
  const touchpoint = byId(journey.touchpoints, touchpointId);
  if (!system || !touchpoint) return null;
  const existing = journey.dataLinks.find((d) => d.touchpointId === touchpointId && d.systemId === systemId);
  if (existing) {
    s.setSelection([existing.id]);
    s.notify('info', `${system.name} is already attached to ${touchpoint.title || 'this touchpoint'}.`);
    return existing.id;
  }
  const dataLinkId = createId('dataLink');
  s.dispatch({ name: 'addDataLink', payload: { journeyId: s.journeyId, dataLinkId, touchpointId, systemId } }, [dataLinkId]);
  s.notify('success', `Attached ${system.name} to ${touchpoint.title || 'the touchpoint'}`);
  return dataLinkId;
}

/** Delete systems from the catalog; when one is in use, asks first, naming where. Resolves true when deleted. */
export async function deleteSystemsAsking(store: AppStore, systemIds: string[]): Promise<boolean> {
  const { project } = store.getState();
  const usage = systemUsage(project);
  const used = systemIds.filter((id) => usageCount(usage.get(id)) > 0);
  for (const id of used) {
    const system = byId(project.systems, id);
    const choice = await ask(store, {
      title: `Delete ${system?.name || 'this system'}?`,
      message: describeUsage(system?.name ?? '', usage.get(id)!, project.journeys.length > 1),
      choices: [{ id: 'delete', label: 'Delete system', tone: 'danger' }, { id: 'cancel', label: 'Cancel' }],
      cancelId: 'cancel',
    });
    if (choice !== 'delete') return false;
  }
  store.getState().dispatch({ name: 'deleteSystems', payload: { systemIds } }, []);
  store.getState().sealHistory();
  return true;
}
