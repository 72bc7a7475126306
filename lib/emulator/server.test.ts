import type { Bundle, OperationOutcome } from 'fhir/r4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoRecords } from '@/lib/demo/generator';
import { readNarrativeItem, summariseStatusCases } from '@/lib/demo/status-cases';
import type { DemoRecord } from '@/lib/demo/types';
import { startEmulator, type Emulator } from './server';
import { buildTestRecord, buildTestRecords } from './test-records';

const PUBLIC = 'https://eclaire-api.sante.gouv.fr';

// Default order (lastUpdated desc, _id desc): D, B, A, E, C
const A = buildTestRecord({
  id: '2021-A00001-01',
  title: 'Étude du cancer du sein',
  regulation: 'JARDE',
  lastUpdated: '2024-03-01',
  recruitment: 'recruiting',
  summary: 'Une étude sur le diabète',
  sponsor: 'CHU de Lille',
  sites: [
    { name: 'Hôpital Nord', city: 'Lille' },
    { name: 'Centre Léon Bérard', city: 'Lyon' },
  ],
});
const B = buildTestRecord({
  id: '2022-500014-26-00',
  title: 'Trial of asthma therapy',
  status: 'completed',
  regulation: 'REG536',
  lastUpdated: '2024-03-01',
  recruitment: 'completed-recruiting',
  conditions: ['Asthme sévère'],
  sites: [{ name: 'Hôpital Sud', city: 'Marseille' }],
});
const C = buildTestRecord({ id: '2023-A00002-02', title: 'Étude cardiaque', regulation: 'REG745', lastUpdated: '2023-12-15' });
const D = buildTestRecord({
  id: '2020-A00003-03',
  title: 'Etude sans accent',
  status: 'approved',
  regulation: 'REG746',
  lastUpdated: '2025-01-10',
  recruitment: 'recruiting',
});
const E = buildTestRecord({ id: '2019-003543-30', status: 'withdrawn', lastUpdated: '2024-03-01' });
const DEFAULT_ORDER = [D, B, A, E, C].map((r) => r.study.id);

let emu: Emulator;

interface Answer<T = any> {
  status: number;
  body: T;
  text: string;
  headers: Headers;
}

async function call<T = any>(url: string, init?: RequestInit): Promise<Answer<T>> {
  const res = await fetch(url, init);
  const text = await res.text();
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: res.status, body, text, headers: res.headers };
}

const search = (qs: string, e: Emulator = emu) => call<Bundle>(`${e.baseUrl}/ResearchStudy${qs}`);
const ids = (b: Bundle) => (b.entry ?? []).filter((x) => x.resource?.resourceType === 'ResearchStudy').map((x) => x.resource!.id);
const diagnostics = (b: unknown) => (b as OperationOutcome).issue[0].diagnostics;

beforeAll(async () => {
  emu = await startEmulator({ records: [A, B, C, D, E] });
});
afterAll(async () => {
  await emu.close();
});

describe('search: answers and links', () => {
  it('returns the default order, key order, FHIR content type and public-host urls', async () => {
    const r = await search('');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
    expect(Object.keys(r.body)).toEqual(['resourceType', 'entry', 'link', 'total', 'type']);
    expect(r.body.total).toBe(5);
    expect(ids(r.body)).toEqual(DEFAULT_ORDER);
    expect(r.body.entry![0].fullUrl).toBe(`${PUBLIC}/R4/ResearchStudy/${D.study.id}`);
    expect(r.body.link).toEqual([{ relation: 'self', url: `${PUBLIC}/R4/ResearchStudy?_count=20` }]);
    expect(r.text).not.toContain('127.0.0.1');
  });

  it('builds self and next links as upstream, and offset pages cover every study once', async () => {
    const r = await search('?status=active&_count=2');
    expect(r.body.link).toEqual([{ relation: 'self', url: `${PUBLIC}/R4/ResearchStudy?status=active&_count=2` }]);
    const seen: string[] = [];
    let url: string | undefined = `${emu.baseUrl}/ResearchStudy?_count=2`;
    while (url) {
      const page: Answer<Bundle> = await call<Bundle>(url);
      expect(page.status).toBe(200);
      seen.push(...(ids(page.body) as string[]));
      const next = page.body.link!.find((l) => l.relation === 'next')?.url;
      url = next?.replace(`${PUBLIC}/R4`, emu.baseUrl);
    }
    expect(seen).toEqual(DEFAULT_ORDER);
    const second = await search('?_getpagesoffset=2&_count=2&_text=*');
    expect(second.body.link!.find((l) => l.relation === 'next')?.url).toBe(
      `${PUBLIC}/R4/ResearchStudy?_text=*&_count=2&_getpagesoffset=4`,
    );
  });

  it('uses the configured public url, never the called host', async () => {
    const other = await startEmulator({ records: [A], publicUrl: 'https://miroir.example.org' });
    try {
      const r = await search('?_include=*', other);
      expect(r.body.entry!.map((e) => e.fullUrl)).toEqual([
        `https://miroir.example.org/R4/ResearchStudy/${A.study.id}`,
        `https://miroir.example.org/R4/Group/${A.study.id}-enrollment-group`,
        `https://miroir.example.org/R4/Location/${A.study.id}-0-site`,
        `https://miroir.example.org/R4/Location/${A.study.id}-1-site`,
        `https://miroir.example.org/R4/Organization/ansm`,
      ]);
      expect(r.body.link![0].url).toBe('https://miroir.example.org/R4/ResearchStudy?_include=*&_count=20');
    } finally {
      await other.close();
    }
  });

  it('answers 404 with the exact empty Bundle when nothing matches, unknown names included', async () => {
    for (const qs of ['?identifier=nope', '?_format=json', '?phase=phase-I', '?status=active,approved', '?identifier=ansm|2021-A00001-01']) {
      const r = await search(qs);
      expect(r.status, qs).toBe(404);
      expect(r.text).toBe('{"resourceType":"Bundle","type":"searchset","total":0}');
    }
  });
});

describe('search: parameter processing', () => {
  it('ignores an empty value and every parameter after it', async () => {
    const r = await search('?status=withdrawn&_text=&identifier=nope');
    expect(r.status).toBe(200);
    expect(ids(r.body)).toEqual([E.study.id]);
    const unknownAfter = await search('?_include=&_format=json');
    expect(unknownAfter.status).toBe(200);
    expect(unknownAfter.body.total).toBe(5);
    const countAfter = await search('?foo=&_count=1');
    expect(countAfter.body.entry).toHaveLength(5);
    // the controller check on _count runs before the loop, whatever its place
    expect((await search('?foo=&_count=abc')).status).toBe(400);
  });

  it('rejects repeated names and object values, except _include and _count', async () => {
    for (const qs of ['?status=active&status=completed', '?_text=a&_text=b', '?a[b]=c', '?identifier[x]=1']) {
      const r = await search(qs);
      expect(r.status, qs).toBe(400);
      expect(r.body.resourceType).toBe('OperationOutcome');
      expect(diagnostics(r.body)).toBeTruthy();
      expect((r.body as unknown as OperationOutcome).issue[0].code).toBe('not-found');
    }
    const inc = await search('?_include=*&_include=*');
    expect(inc.status).toBe(200);
    expect(inc.body.entry).toHaveLength(5);
    const count = await search('?_count=2&_count=3');
    expect(count.body.entry).toHaveLength(2);
    const lu = await search('?_lastUpdated=ge2024-01-01&_lastUpdated=lt2025-01-01');
    expect(lu.status).toBe(400);
    expect((lu.body as unknown as { message: string }).message).toMatch(/^Invalid date: /);
  });

  it('validates _count', async () => {
    for (const qs of ['?_count=101', '?_count=abc']) {
      const r = await search(qs);
      expect(r.status).toBe(400);
      expect(r.text).toBe('{"error":"Bad Request","message":"_count ne peut pas dépasser 100"}');
    }
    const zero = await search('?_count=0');
    expect(zero.status).toBe(200);
    expect(zero.body).toEqual({ resourceType: 'Bundle', entry: [], link: [], total: 5, type: 'searchset' });
    const negative = await search('?_count=-1');
    expect(negative.status).toBe(400);
    expect(negative.body.resourceType).toBe('OperationOutcome');
    expect((await search('?_count=100')).status).toBe(200);
  });

  it('enforces the 10,000 result window and returns an empty 200 page past the end', async () => {
    const tooFar = await search('?_count=100&_getpagesoffset=9901');
    expect(tooFar.status).toBe(400);
    expect(diagnostics(tooFar.body)).toMatch(/^Result window is too large/);
    const edge = await search('?_count=100&_getpagesoffset=9900');
    expect(edge.status).toBe(200);
    expect(edge.body).toMatchObject({ entry: [], link: [], total: 5 });
  });

  it('keeps only the last _sort key and rejects unsortable fields', async () => {
    expect(ids((await search('?_sort=_id')).body)).toEqual([E, D, A, B, C].map((r) => r.study.id));
    expect(ids((await search('?_sort=-_id')).body)).toEqual([C, B, A, D, E].map((r) => r.study.id));
    expect(ids((await search('?_sort=-meta.lastUpdated,_id')).body)).toEqual([E, D, A, B, C].map((r) => r.study.id));
    expect(ids((await search('?_sort=-status.keyword&status=active')).body)).toEqual([A.study.id, C.study.id]);
    expect(ids((await search('?_sort=-_score&_text=cancer asthma lille')).body)).toEqual([A.study.id, B.study.id]);
    const bad = await search('?_sort=title');
    expect(bad.status).toBe(400);
    expect(bad.body.resourceType).toBe('OperationOutcome');
  });

  it('pages with search_after, one value per sort key', async () => {
    const byId = await search(`?_sort=_id&search_after=${D.study.id}`);
    expect(byId.body.total).toBe(5); // total ignores search_after
    expect(ids(byId.body)).toEqual([A, B, C].map((r) => r.study.id));
    const ms = Date.parse('2024-03-01T00:00:00.000Z');
    const def = await search(`?search_after=${ms},${A.study.id},active`);
    expect(ids(def.body)).toEqual([E.study.id, C.study.id]);
    expect((await search(`?search_after=${A.study.id}`)).status).toBe(400);
    const past = await search(`?_sort=_id&search_after=${C.study.id}`);
    expect(past.status).toBe(200);
    expect(past.body).toMatchObject({ entry: [], link: [], total: 5 });
  });

  it('forces from=0 with search_after, but a later _getpagesoffset gives 400, as does the buggy next link', async () => {
    expect(ids((await search(`?_getpagesoffset=2&_sort=_id&search_after=${D.study.id}`)).body)).toEqual([A, B, C].map((r) => r.study.id));
    expect((await search(`?_sort=_id&search_after=${D.study.id}&_getpagesoffset=2`)).status).toBe(400);
    const r = await search(`?_sort=_id&_count=2&search_after=${E.study.id}`);
    expect(ids(r.body)).toEqual([D.study.id, A.study.id]);
    const next = r.body.link!.find((l) => l.relation === 'next')!.url;
    expect(next).toBe(`${PUBLIC}/R4/ResearchStudy?_sort=_id&search_after=${E.study.id}&_count=2&_getpagesoffset=2`);
    expect((await call(next.replace(`${PUBLIC}/R4`, emu.baseUrl))).status).toBe(400);
  });

  it('filters on _lastUpdated with prefixes, rejects times, and ne matches nothing', async () => {
    const count = async (v: string) => (await search(`?_lastUpdated=${v}`)).body.total;
    expect(await count('2024-03-01')).toBe(3);
    expect(await count('eq2024-03-01')).toBe(3);
    expect(await count('ge2024-03-01')).toBe(4);
    expect(await count('gt2024-03-01')).toBe(1);
    expect(await count('le2024-03-01')).toBe(4);
    expect(await count('lt2024-03-01')).toBe(1);
    const ne = await search('?_lastUpdated=ne2024-03-01');
    expect(ne.status).toBe(404);
    const time = await search('?_lastUpdated=ge2024-03-01T10:00');
    expect(time.status).toBe(400);
    expect(time.body).toEqual({ error: 'Bad Request', message: 'Invalid date: 2024-03-01T10:00' });
    expect((await search('?_lastUpdated=2024-02-30')).status).toBe(400);
    expect((await search('?_lastUpdated=sa2024-01-01')).status).toBe(400);
  });

  it('matches _text as case-insensitive, accent-sensitive OR of words', async () => {
    const found = async (qs: string) => {
      const r = await search(qs);
      return r.status === 404 ? [] : (ids(r.body) as string[]).sort();
    };
    expect(await found('?_text=CANCER')).toEqual([A.study.id]);
    expect(await found('?_text=etude')).toEqual([D.study.id]);
    expect(await found('?_text=%C3%A9tude')).toEqual([A.study.id, C.study.id].sort());
    expect(await found('?_text=lille')).toEqual([A.study.id]); // site city and sponsor
    expect(await found('?_text=bérard')).toEqual([A.study.id]);
    expect(await found('?_text=asthme')).toEqual([B.study.id]);
    expect(await found('?_text=diab%C3%A8te')).toEqual([A.study.id]);
    expect(await found('?_text=cancer asthme')).toEqual([A.study.id, B.study.id].sort());
    expect(await found('?_text=cancer&_content=marseille')).toEqual([]);
    expect(await found('?_content=canc*')).toEqual([A.study.id]);
    for (const bad of ['"cancer', 'covid/19', 'a:b', '(cancer', 'cancer]']) {
      const r = await search(`?_text=${encodeURIComponent(bad)}`);
      expect(r.status, bad).toBe(400);
      expect(r.body.resourceType).toBe('OperationOutcome');
    }
  });

  it('filters on identifier, _id, status, _must, _mustNot, title and recruitment keyword', async () => {
    const found = async (qs: string) => (ids((await search(qs)).body) as string[]).sort();
    expect(await found(`?identifier=${B.study.id}`)).toEqual([B.study.id]);
    expect(await found(`?_id=${B.study.id}`)).toEqual([B.study.id]);
    expect(await found('?status=active')).toEqual([A.study.id, C.study.id].sort());
    expect(await found('?_must=REG536')).toEqual([B.study.id]);
    expect(await found('?_mustNot=JARDE')).toEqual([B, C, D].map((r) => r.study.id!).sort());
    expect(await found('?title=asthma cancer')).toEqual([A.study.id, B.study.id].sort());
    expect(await found('?extension.valueCodeableConcept.coding.code.keyword=recruiting')).toEqual([A.study.id, D.study.id].sort());
    expect(await found('?extension.valueCodeableConcept.coding.code=recruiting')).toEqual([A, B, D].map((r) => r.study.id!).sort());
  });

  it('appends Group, Locations and Organizations with _include=*, deduplicated keeping the last one', async () => {
    const r = await search('?_sort=_id&_include=*');
    const included = r.body.entry!.slice(5).map((e) => `${e.resource!.resourceType}/${e.resource!.id}`);
    expect(included).toEqual([
      `Group/${E.study.id}-enrollment-group`,
      `Group/${D.study.id}-enrollment-group`,
      `Group/${A.study.id}-enrollment-group`,
      `Location/${A.study.id}-0-site`,
      `Location/${A.study.id}-1-site`,
      `Group/${B.study.id}-enrollment-group`,
      `Location/${B.study.id}-0-site`,
      'Organization/ctis',
      `Group/${C.study.id}-enrollment-group`,
      'Organization/ansm',
    ]);
    const group = r.body.entry!.find((e) => e.resource!.id === `${A.study.id}-enrollment-group`)!.resource!;
    expect((group as { text?: { div: string } }).text?.div).toBe(A.study.text!.div);
    expect((await search('?_include=ResearchStudy:site')).body.entry).toHaveLength(5);
  });
});

describe('reads, unknown routes, ETag', () => {
  it('reads each resource type and answers the upstream 404 OperationOutcomes', async () => {
    const base = emu.baseUrl;
    expect((await call(`${base}/ResearchStudy/${A.study.id}`)).body.id).toBe(A.study.id);
    expect((await call(`${base}/Group/${A.study.id}-enrollment-group`)).body.resourceType).toBe('Group');
    expect((await call(`${base}/Location/${B.study.id}-0-site`)).body.name).toBe('Hôpital Sud');
    const org = await call(`${base}/Organization/ctis`);
    expect(org.body.name).toBe('Clinical Trials Information System');
    expect(org.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');

    const missing = await call(`${base}/ResearchStudy/2021-a00001-01`);
    expect(missing.status).toBe(404);
    expect(diagnostics(missing.body)).toBe("Research study with id '2021-a00001-01' not found");
    expect(missing.body.text.div).toContain('No research study found');
    expect(diagnostics((await call(`${base}/Group/x`)).body)).toBe('Enrollment group not found');
    expect(diagnostics((await call(`${base}/Location/x`)).body)).toBe('No location found');
    expect(diagnostics((await call(`${base}/Organization/${A.study.id}-primary-sponsor`)).body)).toBe('No organization found');
  });

  it("answers Nest's 404 on unknown routes", async () => {
    const r = await call(`${emu.baseUrl}/metadata`);
    expect(r.status).toBe(404);
    expect(r.body).toEqual({ statusCode: 404, message: 'Cannot GET /R4/metadata', error: 'Not Found' });
    expect((await call(`${emu.baseUrl}/Group`)).body.error).toBe('Not Found');
    expect((await call(`${emu.baseUrl}/ResearchStudy`, { method: 'POST' })).body.message).toBe('Cannot POST /R4/ResearchStudy');
  });

  it('sends a weak ETag and 304 on If-None-Match', async () => {
    const first = await search('?_count=2');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"[0-9a-f]+-/);
    const again = await fetch(`${emu.baseUrl}/ResearchStudy?_count=2`, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    const changed = await fetch(`${emu.baseUrl}/ResearchStudy?_count=3`, { headers: { 'If-None-Match': etag } });
    expect(changed.status).toBe(200);
  });
});

describe('faults and admin routes', () => {
  let faulty: Emulator;
  beforeAll(async () => {
    faulty = await startEmulator({ records: [A, B], faults: { rateLimitMs: 60_000 }, seed: 42 });
  });
  afterAll(async () => {
    await faulty.close();
  });

  it('throttles per IP with 429 and Retry-After', async () => {
    expect((await search('', faulty)).status).toBe(200);
    const r = await search('', faulty);
    expect(r.status).toBe(429);
    expect(r.body).toEqual({ statusCode: 429, message: 'ThrottlerException: Too Many Requests' });
    expect(r.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(faulty.stats().byStatus).toMatchObject({ '200': 1, '429': 1 });
    faulty.setFaults({ rateLimitMs: 0 });
    expect((await search('', faulty)).status).toBe(200);
  });

  it('injects 503 and transient 400 reproducibly from the seed', async () => {
    faulty.setFaults({ p503: 1 });
    expect((await search('', faulty)).status).toBe(503);
    faulty.setFaults({ p503: 0, p400: 1 });
    const r = await search('', faulty);
    expect(r.status).toBe(400);
    expect(diagnostics(r.body)).toMatch(/rejected|circuit_breaking/);
    faulty.setFaults({ p400: 0, delayMs: 5 });
    expect((await search('', faulty)).status).toBe(200);
    faulty.setFaults({ delayMs: 0 });

    const sequence = async () => {
      const e = await startEmulator({ records: [A], faults: { p503: 0.5 }, seed: 7 });
      const out: number[] = [];
      for (let k = 0; k < 16; k++) out.push((await search('', e)).status);
      await e.close();
      return out;
    };
    const first = await sequence();
    expect(await sequence()).toEqual(first);
    expect(new Set(first)).toEqual(new Set([200, 503]));
  });

  it('resets connections when down', async () => {
    faulty.setFaults({ down: true });
    await expect(fetch(`${faulty.baseUrl}/ResearchStudy`)).rejects.toThrow();
    faulty.setFaults({ down: false });
    expect((await search('', faulty)).status).toBe(200);
  });

  it('is driven over HTTP: stats, faults, reset, upsert and delete', async () => {
    const admin = faulty.baseUrl.replace(/\/R4$/, '/__emulator');
    const post = (path: string, body: unknown) =>
      call(`${admin}${path}`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
    expect((await post('/reset-stats', {})).status).toBe(200);
    await search('?_count=1', faulty);
    await call(`${faulty.baseUrl}/ResearchStudy/${A.study.id}`);
    const stats = await call(`${admin}/stats`);
    expect(stats.body).toEqual({
      requests: 2,
      byStatus: { '200': 2 },
      byPath: { '/R4/ResearchStudy': 1, [`/R4/ResearchStudy/${A.study.id}`]: 1 },
    });

    const faults = await post('/faults', { p503: 1 });
    expect(faults.body).toMatchObject({ p503: 1, p400: 0, down: false });
    expect((await search('', faulty)).status).toBe(503);
    await post('/faults', { p503: 0 });

    const created = await post('/studies', buildTestRecord({ id: '2025-A99999-99', title: 'Nouvelle étude pédiatrique' }));
    expect(created.status).toBe(201);
    expect(ids((await search('?_text=pédiatrique', faulty)).body)).toEqual(['2025-A99999-99']);
    const updated = await post('/studies', buildTestRecord({ id: '2025-A99999-99', title: 'Titre modifié' }));
    expect(updated.status).toBe(200);
    expect((await search('?_text=pédiatrique', faulty)).status).toBe(404);
    expect((await post('/studies', { study: {} })).status).toBe(400);

    const del = await call(`${admin}/studies/2025-A99999-99`, { method: 'DELETE' });
    expect(del.status).toBe(200);
    expect((await call(`${faulty.baseUrl}/ResearchStudy/2025-A99999-99`)).status).toBe(404);
    expect((await call(`${admin}/studies/2025-A99999-99`, { method: 'DELETE' })).status).toBe(404);
    expect(faulty.remove(A.study.id!)).toBe(true);
    expect((await search(`?identifier=${A.study.id}`, faulty)).status).toBe(404);
    faulty.upsert(A);
    expect((await search(`?identifier=${A.study.id}`, faulty)).status).toBe(200);
  });
});

describe('full crawl', () => {
  it('returns every study exactly once with _sort=_id&search_after and _include=*', async () => {
    const records = buildTestRecords(2000);
    const e = await startEmulator({ records: [...records].reverse() });
    try {
      const seen: string[] = [];
      let after = '';
      for (;;) {
        const qs = `?_sort=_id&_count=50&_include=*${after ? `&search_after=${encodeURIComponent(after)}` : ''}`;
        const r = await search(qs, e);
        expect(r.status).toBe(200);
        expect(r.body.total).toBe(2000);
        const page = ids(r.body) as string[];
        if (page.length === 0) break;
        seen.push(...page);
        after = page[page.length - 1];
      }
      expect(seen).toHaveLength(2000);
      expect(new Set(seen).size).toBe(2000);
      expect(seen).toEqual(records.map((r) => r.study.id).sort());
    } finally {
      await e.close();
    }
  });
});

describe('demo dataset: the status cases go through search and reads', () => {
  let demo: Emulator;
  let records: DemoRecord[];
  const RECRUITING = 'extension.valueCodeableConcept.coding.code.keyword=recruiting';
  const total = async (qs: string) => {
    const r = await search(`${qs}&_count=0`, demo);
    return r.status === 404 ? 0 : (r.body.total as number);
  };
  const idsOf = (pred: (r: DemoRecord) => boolean) => records.filter(pred).map((r) => r.study.id!);
  const etat = (r: DemoRecord) => readNarrativeItem(r.study.text!.div, 'etat');

  beforeAll(async () => {
    records = generateDemoRecords({ count: 2000 });
    demo = await startEmulator({ records });
  });
  afterAll(async () => {
    await demo.close();
  });

  it('finds every study whose recruiting flag contradicts its status with status= and the keyword filter', async () => {
    const { cases } = summariseStatusCases(records);
    expect(cases.recruitingButSuspended).toBeGreaterThan(0);
    expect(await total(`?status=temporarily-closed-to-accrual&${RECRUITING}`)).toBe(cases.recruitingButSuspended);
    expect(await total(`?status=completed&${RECRUITING}`)).toBe(cases.recruitingButCompleted);
    expect(await total(`?status=administratively-completed&${RECRUITING}`)).toBe(cases.recruitingButAdministrativelyCompleted);
    expect(await total(`?status=withdrawn&${RECRUITING}`)).toBe(cases.recruitingButWithdrawn);
    // The analysed field also matches `recruiting` inside `completed-recruiting` (§2.1): many more hits.
    expect(await total('?status=completed&extension.valueCodeableConcept.coding.code=recruiting')).toBeGreaterThan(cases.recruitingButCompleted);
  });

  it('serves PROROGEE as approved and EXPIREE as withdrawn, with the raw etat third in the narrative', async () => {
    for (const [state, status] of [['PROROGEE', 'approved'], ['EXPIREE', 'withdrawn']] as const) {
      const matching = idsOf((r) => etat(r) === state);
      expect(matching.length, state).toBeGreaterThan(0);
      expect(await total(`?status=${status}`)).toBe(records.filter((r) => r.study.status === status).length);
      const read = await call(`${demo.baseUrl}/ResearchStudy/${matching[0]}`);
      expect(read.body.status).toBe(status);
      expect(read.body.text.div).toMatch(new RegExp(`<ul><li> reglementation_code: [^<]* </li><li> precision_reglementation: [^<]* </li><li> etat: ${state} </li>`));
      const hit = await search(`?identifier=${matching[0]}&status=${status}`, demo);
      expect(ids(hit.body)).toEqual([matching[0]]);
    }
  });

  it('keeps legacy « en attente » documents under the recruiting keyword, and serves their legacy Group', async () => {
    const legacy = records.find((r) => {
      const c = r.study.extension?.find((e) => e.url.endsWith('eclaire-recruitment-status'))?.valueCodeableConcept?.coding?.[0];
      return c?.code === 'recruiting' && c.version === '0.3.0' && r.study.text!.div.includes('statut_recrutement: Recrutement en attente');
    })!;
    expect(legacy).toBeDefined();
    const id = legacy.study.id!;
    expect(ids((await search(`?identifier=${id}&${RECRUITING}`, demo)).body)).toEqual([id]);
    expect((await search(`?identifier=${id}&extension.valueCodeableConcept.coding.code.keyword=upcoming`, demo)).status).toBe(404);
    const withoutDescription = records.find((r) =>
      r.group.characteristic!.some((c) => c.code.coding?.[0]?.code === 'grp-other' && !(c as { description?: string }).description))!;
    const group = await call(`${demo.baseUrl}/Group/${withoutDescription.group.id}`);
    const others = group.body.characteristic.filter((c: any) => c.code.coding[0].code === 'grp-other');
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((c: any) => c.description === undefined && typeof c.exclude === 'boolean')).toBe(true);
  });

  it('filters future and fallback meta.lastUpdated dates with _lastUpdated', async () => {
    const { cases } = summariseStatusCases(records);
    expect(cases.futureLastUpdated).toBeGreaterThan(0);
    expect(await total('?_lastUpdated=gt2026-06-01')).toBe(cases.futureLastUpdated);
    const ctisFallback = idsOf((r) => r.study.meta!.lastUpdated === '2023-03-15T00:00:00.000Z' && readNarrativeItem(r.study.text!.div, 'historique') === 'undefined');
    expect(ctisFallback.length).toBe(cases.ctisFixedFallback);
    const page = await search('?_must=REG536&_lastUpdated=2023-03-15&_count=100', demo);
    expect(ids(page.body)).toEqual(expect.arrayContaining(ctisFallback));
  });
});
