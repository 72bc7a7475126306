import type { ResearchStudy } from 'fhir/r4';
import type { DemoRecord } from '@/lib/demo/types';
import { EXTENSION_URLS } from '@/lib/demo/fhir-parts';
import { buildNarrative } from '@/lib/demo/narrative';
import { SYSTEMS } from '@/lib/eclaire/code-systems';
import { DEMO_TAG } from '@/lib/eclaire/provenance';

/**
 * Small, hand-controllable DemoRecords in ECLAIRE's shape, for the emulator's own tests (the full demo
 * generator lives in lib/demo/). Every field a search rule looks at can be set.
 */

export interface TestRecordInput {
  id: string;
  title?: string;
  status?: string;
  /** JARDE, REG536, REG745, REG746 */
  regulation?: string;
  /** YYYY-MM-DD (midnight UTC) */
  lastUpdated?: string;
  /** recruiting, upcoming, completed-recruiting */
  recruitment?: string;
  summary?: string;
  sponsor?: string;
  conditions?: string[];
  sites?: { name: string; city: string }[];
}

function assignerOf(regulation: string): string {
  return regulation === 'REG536' ? 'ctis' : 'ansm';
}

export function buildTestRecord(input: TestRecordInput): DemoRecord {
  const regulation = input.regulation ?? 'JARDE';
  const { id } = input;
  const sites = input.sites ?? [];
  const extension: NonNullable<ResearchStudy['extension']> = [];
  if (input.summary) {
    extension.push({ url: EXTENSION_URLS.descriptionSummary, valueMarkdown: input.summary });
  }
  if (input.sponsor) {
    extension.push({
      url: EXTENSION_URLS.associatedParty,
      extension: [{ url: 'name', valueString: input.sponsor }],
    });
  }
  if (input.recruitment) {
    extension.push({
      url: EXTENSION_URLS.recruitmentStatus,
      valueCodeableConcept: { coding: [{ code: input.recruitment, system: SYSTEMS.recruitment, version: '0.3.1' }] },
    });
  }
  const text = buildNarrative([['reglementation_code', regulation]]);
  const study: ResearchStudy = {
    resourceType: 'ResearchStudy',
    id,
    meta: {
      lastUpdated: `${input.lastUpdated ?? '2024-01-01'}T00:00:00.000Z`,
      profile: [EXTENSION_URLS.profile],
      tag: [DEMO_TAG],
    },
    text,
    identifier: [
      { use: 'official', value: id, assigner: { reference: `Organization/${assignerOf(regulation)}`, type: 'Organization', display: 'Reference to primary assigner' } },
    ],
    ...(input.title !== undefined ? { title: input.title } : {}),
    status: (input.status ?? 'active') as ResearchStudy['status'],
    category: [{ coding: [{ code: regulation, system: SYSTEMS.regulation, version: '0.3.0' }] }],
    ...(input.conditions ? { condition: input.conditions.map((c, k) => ({ id: `disease-condition-${id}-${k}`, text: c })) } : {}),
    enrollment: [{ reference: `Group/${id}-enrollment-group`, type: 'Group', display: 'Reference to group detailing study characteristics' }],
    ...(sites.length ? { site: sites.map((_, k) => ({ reference: `Location/${id}-${k}-site`, type: 'Location', display: 'Reference to site' })) } : {}),
    ...(extension.length ? { extension } : {}),
  };
  return {
    study,
    group: { resourceType: 'Group', id: `${id}-enrollment-group`, actual: true, type: 'person', meta: { tag: [DEMO_TAG] } },
    locations: sites.map((s, k) => ({
      resourceType: 'Location',
      id: `${id}-${k}-site`,
      meta: { tag: [DEMO_TAG] },
      name: s.name,
      address: { city: s.city, country: 'FR', type: 'physical', use: 'work' },
    })),
  };
}

/** `count` deterministic records with ids `2024-A{00000+i}-00`, spread over dates, statuses and regulations. */
export function buildTestRecords(count: number): DemoRecord[] {
  const statuses = ['active', 'completed', 'approved'];
  const regulations = ['JARDE', 'REG536', 'REG745', 'REG746'];
  return Array.from({ length: count }, (_, i) =>
    buildTestRecord({
      id: `2024-A${String(i).padStart(5, '0')}-00`,
      title: `Étude numéro ${i}`,
      status: statuses[i % 3],
      regulation: regulations[i % 4],
      lastUpdated: `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      recruitment: i % 2 === 0 ? 'recruiting' : 'completed-recruiting',
      sites: i % 5 === 0 ? [] : [{ name: `Hôpital ${i % 7}`, city: i % 2 ? 'Lille' : 'Lyon' }],
    }),
  );
}
