/** fast-check arbitraries for the IT layer (catalog systems, data links) and the weighted `call` helper. */
import fc from 'fast-check';
import { createSystem } from '../../shared/domain/defaults.ts';
import type { CommandCall } from '../../shared/commands/registry.ts';
import type { Position, System } from '../../shared/domain/model.ts';
import {
  CRITICALITIES, DIRECTIONS, EVIDENCE, FRESHNESS, HOSTING, INTEGRATIONS, LIFECYCLES, PERSONAL_DATA_CATEGORIES, SYSTEM_KINDS,
} from '../../shared/domain/vocab.ts';

const shortName = fc.string({ maxLength: 12 });
const shortText = fc.string({ maxLength: 24 });

export const systemFields = fc.record({
  name: shortName,
  kind: fc.constantFrom(...SYSTEM_KINDS.values),
  vendor: shortName,
  businessOwner: shortName,
  technicalOwner: shortName,
  hosting: fc.constantFrom(...HOSTING.values),
  lifecycle: fc.constantFrom(...LIFECYCLES.values),
  criticality: fc.constantFrom(...CRITICALITIES.values),
  systemOfRecord: fc.boolean(),
  link: shortName,
  notes: shortText,
}, { requiredKeys: [] });

/** A whole catalog entry, as a CSV import builds it, with an id drawn from `id`. */
export const systemWithId = (id: fc.Arbitrary<string>): fc.Arbitrary<System> => fc.tuple(id, shortName, systemFields)
  .map(([systemId, name, fields]) => ({ ...createSystem(systemId, name), ...fields }));

export const dataLinkFields = fc.record({
  dataObjects: fc.array(shortName, { maxLength: 3 }),
  direction: fc.constantFrom(...DIRECTIONS.values),
  personalData: fc.boolean(),
  personalDataCategories: fc.uniqueArray(fc.constantFrom(...PERSONAL_DATA_CATEGORIES.values), { maxLength: 3 }),
  integration: fc.constantFrom(...INTEGRATIONS.values),
  freshness: fc.constantFrom(...FRESHNESS.values),
  evidence: fc.constantFrom(...EVIDENCE.values),
}, { requiredKeys: [] });

/** Adds are drawn more often and deletes less, so sequences build something worth editing. */
export const call = <C extends CommandCall>(name: C['name'], payload: fc.Arbitrary<C['payload']>) => ({
  weight: name.startsWith('add') ? 4 : name.startsWith('delete') ? 1 : 2,
  arbitrary: payload.map((p) => ({ name, payload: p }) as CommandCall),
});

interface Draws {
  journeyId: fc.Arbitrary<string>;
  touchpointId: fc.Arbitrary<string>;
  systemId: fc.Arbitrary<string>;
  dataLinkId: fc.Arbitrary<string>;
  position: fc.Arbitrary<Position>;
  ids: (arb: fc.Arbitrary<string>, maxLength?: number) => fc.Arbitrary<string[]>;
}

/** The weighted calls of the IT commands, drawing ids from arbitraries.ts's pools. */
export function itCommandCalls({ journeyId, touchpointId, systemId, dataLinkId, position, ids }: Draws) {
  return [
    call('addSystem', fc.record({ systemId, name: shortName, fields: fc.option(systemFields, { nil: undefined }) }, { requiredKeys: ['systemId', 'name'] })),
    call('updateSystem', fc.record({ systemId, changes: systemFields })),
    call('deleteSystems', fc.record({ systemIds: ids(systemId, 2) })),
    call('importSystems', fc.record({
      add: fc.array(systemWithId(systemId), { maxLength: 3 }),
      update: fc.array(fc.record({ systemId, changes: systemFields }), { maxLength: 3 }),
    })),
    call('addDataLink', fc.record({
      journeyId, dataLinkId, touchpointId, systemId, fields: fc.option(dataLinkFields, { nil: undefined }),
    }, { requiredKeys: ['journeyId', 'dataLinkId', 'touchpointId', 'systemId'] })),
    call('updateDataLink', fc.record({ journeyId, dataLinkId, changes: dataLinkFields })),
    call('placeSystem', fc.record({ journeyId, systemId, position })),
  ];
}
