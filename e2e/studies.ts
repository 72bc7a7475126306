import { expect, type APIRequestContext } from '@playwright/test';
import type { Group } from 'fhir/r4';
import { buildTestRecord, type TestRecordInput } from '../lib/emulator/test-records';
import type { Study, StudySummary } from '../lib/study/types';
import { EMULATOR_URL } from '../playwright.config';

/**
 * Finding studies of a given kind for the end-to-end tests, never by a hard-coded id: through the app's JSON API
 * (the mirror), through the emulator's FHIR search (the upstream), or by injecting a record the dataset lacks
 * (the emulator's admin route; the app reads it on its first visit, fetch-on-miss).
 */

/** Results of `/api/studies?…` (the same parameters as /recherche). */
export async function searchStudies(request: APIRequestContext, query: string): Promise<{ total: number; results: StudySummary[] }> {
  const response = await request.get(`/api/studies?${query}`);
  expect(response.status(), `GET /api/studies?${query}`).toBe(200);
  return (await response.json()) as { total: number; results: StudySummary[] };
}

/** The full study, as the app's JSON API gives it. */
export async function getStudy(request: APIRequestContext, id: string): Promise<Study> {
  const response = await request.get(`/api/studies/${encodeURIComponent(id)}`);
  expect(response.status(), `GET /api/studies/${id}`).toBe(200);
  return (await response.json()) as Study;
}

/** Ids of upstream studies matching a FHIR search of the emulator (e.g. `status=withdrawn`). */
export async function upstreamIds(request: APIRequestContext, fhirQuery: string): Promise<string[]> {
  const response = await request.get(`${EMULATOR_URL}/R4/ResearchStudy?${fhirQuery}&_count=10`);
  expect(response.status(), `emulator ResearchStudy?${fhirQuery}`).toBe(200);
  const bundle = (await response.json()) as { entry?: { resource?: { resourceType?: string; id?: string } }[] };
  const ids = (bundle.entry ?? []).filter((e) => e.resource?.resourceType === 'ResearchStudy').map((e) => e.resource!.id!);
  expect(ids.length, `upstream studies with ${fhirQuery}`).toBeGreaterThan(0);
  return ids;
}

/** A fresh ID-RCB-shaped id no dataset holds (year 2098), unique per call. */
export function freshId(): string {
  const n = (Date.now() * 7 + Math.floor(Math.random() * 1000)) % 100000;
  return `2098-A${String(n).padStart(5, '0')}-${String(Math.floor(Math.random() * 90) + 10)}`;
}

const IG = 'https://interop.esante.gouv.fr/ig/fhir/eclaire';

/** A `grp-other` characteristic as ECLAIRE sends it; without `description`, the shape of documents before 2025-12-09. */
export function otherCharacteristic(text: string, exclude: boolean, description?: 'eligibility-criteria' | 'judgement-criteria') {
  return {
    code: { coding: [{ system: `${IG}/CodeSystem/eclaire-group-characteristic-kind-code-system`, code: 'grp-other', display: 'Other (Autre)' }] },
    valueCodeableConcept: { coding: [{ display: text }] },
    exclude,
    ...(description ? { description } : {}),
  } as unknown as NonNullable<Group['characteristic']>[number];
}

/** Puts a record into the emulator; returns its id. Delete it with `removeInjected`. */
export async function injectStudy(
  request: APIRequestContext,
  input: Omit<TestRecordInput, 'id'> & { characteristics?: NonNullable<Group['characteristic']> },
): Promise<string> {
  const id = freshId();
  const { characteristics, ...rest } = input;
  const record = buildTestRecord({ id, ...rest });
  if (characteristics) record.group = { ...record.group, characteristic: characteristics };
  const created = await request.post(`${EMULATOR_URL}/__emulator/studies`, { data: record });
  expect(created.ok(), 'emulator upsert').toBe(true);
  return id;
}

export async function removeInjected(request: APIRequestContext, id: string): Promise<void> {
  await request.delete(`${EMULATOR_URL}/__emulator/studies/${id}`);
}
