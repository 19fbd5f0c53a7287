/** IT-layer actions: attaching systems to touchpoints, deleting systems that are in use. */
import { createId } from '../../shared/domain/ids.ts';
import { ask } from '../state/dialogs.ts';
import { byId } from '../state/indexes.ts';
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

/** Where a system is used, as lines a person can read (touchpoints and friction points, all journeys). */
export function systemUsages(store: AppStore, systemId: string): string[] {
  const { project } = store.getState();
  const lines: string[] = [];
  for (const journey of project.journeys) {
    for (const link of journey.dataLinks) {
      if (link.systemId === systemId) lines.push(`Touchpoint "${byId(journey.touchpoints, link.touchpointId)?.title || 'untitled'}"`);
    }
    for (const f of journey.frictions) if (f.causedBySystemIds.includes(systemId)) lines.push(`Friction point "${f.title || 'untitled'}"`);
  }
  return lines;
}

/** Delete systems from the catalog; asks first, naming where they are used. */
export async function deleteSystemsAsking(store: AppStore, systemIds: string[]): Promise<boolean> {
  const usages = systemIds.flatMap((id) => systemUsages(store, id));
  if (usages.length > 0) {
    const names = systemIds.map((id) => byId(store.getState().project.systems, id)?.name || 'untitled').join(', ');
    const shown = usages.slice(0, 8).join('\n');
    const more = usages.length > 8 ? `\n…and ${usages.length - 8} more` : '';
    const choice = await ask(store, {
      title: 'Delete system?',
      message: `${names} is in use. Deleting removes its data links and friction causes:\n${shown}${more}`,
      choices: [{ id: 'delete', label: 'Delete', tone: 'danger' }, { id: 'cancel', label: 'Cancel' }],
      cancelId: 'cancel',
    });
    if (choice !== 'delete') return false;
  }
  store.getState().dispatch({ name: 'deleteSystems', payload: { systemIds } }, []);
  return true;
}
