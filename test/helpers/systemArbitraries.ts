/** fast-check arbitraries for the IT layer: catalog systems and data-link fields. */
import fc from 'fast-check';
import { createSystem } from '../../shared/domain/defaults.ts';
import type { System } from '../../shared/domain/model.ts';
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
