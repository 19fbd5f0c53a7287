/** Roadmap items: which items, and how votes, systems, personal data and integration are derived. */
import { describe, expect, it } from 'vitest';
import { weakestIntegration } from '../../../../shared/export/common.ts';
import { buildRoadmap, ROADMAP_FORMAT } from '../../../../shared/export/roadmap.ts';
import { loadFixture } from './projects.ts';

const sample = loadFixture('assets/samples/coffee-loyalty.touchline');

describe('buildRoadmap', () => {
  it('has one item per opportunity and per friction point that is not resolved', () => {
    for (const file of ['assets/templates/b2b-saas-onboarding.touchline', 'assets/templates/b2c-ecommerce-purchase.touchline', 'assets/templates/coffee-loyalty.touchline', 'assets/samples/coffee-loyalty.touchline']) {
      const project = loadFixture(file);
      const j = project.journeys[0]!;
      const roadmap = buildRoadmap(project);
      expect(roadmap).toMatchObject({ format: ROADMAP_FORMAT, version: 1, project: { id: project.id, name: project.name } });
      expect(roadmap.items.map((i) => i.id)).toEqual([...j.opportunities.map((o) => o.id), ...j.frictions.filter((f) => f.status !== 'resolved').map((f) => f.id)]);
      expect(new Set(roadmap.items.map((i) => i.sourceId)).size).toBe(roadmap.items.length);
    }
  });

  it('uses stable source ids', () => {
    const item = buildRoadmap(sample).items.find((i) => i.id === 'fr_stars_next_day')!;
    expect(item.sourceId).toBe('touchline:prj_bean_and_brew:jny_coffee_loyalty:fr_stars_next_day');
  });

  it('derives votes, systems, personal data and the weakest integration from the data', () => {
    const j = sample.journeys[0]!;
    for (const item of buildRoadmap(sample).items) {
      const frictions = item.kind === 'friction' ? j.frictions.filter((f) => f.id === item.id) : j.frictions.filter((f) => j.opportunities.find((o) => o.id === item.id)!.frictionIds.includes(f.id));
      const tps = new Set(frictions.map((f) => f.touchpointId));
      const links = j.dataLinks.filter((l) => tps.has(l.touchpointId));
      expect(item.votes).toBe(j.votes.filter((v) => frictions.some((f) => f.id === v.frictionId)).reduce((n, v) => n + v.count, 0));
      expect(new Set(item.systems.map((s) => s.id))).toEqual(new Set([...frictions.flatMap((f) => f.causedBySystemIds), ...links.map((l) => l.systemId)]));
      expect(item.personalData).toBe(links.some((l) => l.personalData));
      expect(item.integration).toBe(weakestIntegration(links.map((l) => l.integration)));
      expect(item.touchpoints.map((t) => t.id).sort()).toEqual([...tps].sort());
    }
  });

  it('orders integrations none < manual < file-batch < api-batch < real-time', () => {
    expect(weakestIntegration([])).toBe('none');
    expect(weakestIntegration(['real-time', 'api-batch'])).toBe('api-batch');
    expect(weakestIntegration(['real-time', 'file-batch', 'api-batch'])).toBe('file-batch');
    expect(weakestIntegration(['manual', 'real-time'])).toBe('manual');
    expect(weakestIntegration(['manual', 'none'])).toBe('none');
  });

  it('maps friction severity to priority and combines an opportunity\'s owner sides', () => {
    const items = buildRoadmap(sample).items;
    expect(items.find((i) => i.id === 'fr_sold_out_orderable')).toMatchObject({ severity: 'critical', priority: 'highest' });
    expect(items.find((i) => i.id === 'opp_live_availability')).toMatchObject({ severity: 'critical', priority: 'high', ownerSide: 'shared', votes: 5 });
  });

  it('keeps only the named journeys', () => {
    expect(buildRoadmap(sample, ['jny_other']).items).toEqual([]);
    expect(buildRoadmap(sample, ['jny_coffee_loyalty']).items).toHaveLength(buildRoadmap(sample).items.length);
  });

  it('handles an opportunity without friction points', () => {
    const p = structuredClone(sample);
    p.journeys[0]!.opportunities[0]!.frictionIds = [];
    expect(buildRoadmap(p).items[0]).toMatchObject({ severity: null, votes: 0, systems: [], stages: [], touchpoints: [], personalData: false, integration: 'none', ownerSide: 'unassigned' });
  });
});
