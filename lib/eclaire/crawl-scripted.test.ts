import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { EclaireClient } from './client';
import { crawlStudies, EclaireCrawlOrderError, type CrawlPage } from './crawl';
import { createRateLimiter } from './rate-limiter';

/** A scripted upstream for the crawl's own rules; the emulator-backed crawl is in crawl.test.ts. */
type Handler = (url: URL) => { status: number; body: object };

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((c) => c()));
});

async function startUpstream(handler: Handler): Promise<{ baseUrl: string; urls: string[] }> {
  const urls: string[] = [];
  const server = http.createServer((req, res) => {
    urls.push(req.url ?? '');
    const { status, body } = handler(new URL(req.url ?? '/', 'http://x'));
    res.writeHead(status, { 'content-type': 'application/fhir+json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  closers.push(
    () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  );
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/R4`, urls };
}

const client = (baseUrl: string) =>
  new EclaireClient({
    baseUrl,
    limiter: createRateLimiter({ minIntervalMs: 0 }),
    baseDelayMs: 1,
    maxRetries: 2,
    logger: { warn: () => {} },
  });

/** Answers like ECLAIRE with `_sort=_id`: studies after `search_after`, then their Group, then a bogus `next`. */
function sortedUpstream(ids: string[], opts: { emptyAs404?: boolean } = {}): Handler {
  const sorted = [...ids].sort();
  return (url) => {
    const count = Number(url.searchParams.get('_count') ?? 20);
    const after = url.searchParams.get('search_after');
    const include = url.searchParams.get('_include') === '*';
    const page = sorted.filter((id) => after === null || id > after).slice(0, count);
    if (opts.emptyAs404 && page.length === 0) {
      return { status: 404, body: { resourceType: 'Bundle', type: 'searchset', total: 0 } };
    }
    const entry = [
      ...page.map((id) => ({ fullUrl: `https://other.example/R4/ResearchStudy/${id}`, resource: { resourceType: 'ResearchStudy', id } })),
      ...(include ? page.map((id) => ({ resource: { resourceType: 'Group', id: `${id}-enrollment-group` } })) : []),
    ];
    return {
      status: 200,
      body: {
        resourceType: 'Bundle',
        entry,
        link: [{ relation: 'next', url: 'https://other.example/R4/ResearchStudy?_getpagesoffset=999' }],
        total: sorted.length,
        type: 'searchset',
      },
    };
  };
}

async function collect(gen: AsyncGenerator<CrawlPage>): Promise<CrawlPage[]> {
  const pages: CrawlPage[] = [];
  for await (const p of gen) pages.push(p);
  return pages;
}

describe('crawlStudies (scripted upstream)', () => {
  const ids = ['2021-A01022-39', '2022-500014-26-00', '2019-003543-30', 'A-1', 'B-2', 'a-3', '2023-A00001-01'];

  it('pages by id with search_after last, studies first, and stops on the empty page', async () => {
    const up = await startUpstream(sortedUpstream(ids));
    const pages = await collect(crawlStudies(client(up.baseUrl), { pageSize: 3, extraParams: [['_must', 'JARDE']] }));
    expect(pages.flatMap((p) => p.studyIds)).toEqual([...ids].sort());
    expect(pages.map((p) => p.pageNumber)).toEqual([1, 2, 3]);
    expect(pages[0].total).toBe(ids.length);
    expect(pages[0].resources.map((r) => r.resourceType)).toEqual([
      'ResearchStudy', 'ResearchStudy', 'ResearchStudy', 'Group', 'Group', 'Group',
    ]);
    expect(up.urls).toHaveLength(4);
    expect(up.urls[0]).toBe('/R4/ResearchStudy?_sort=_id&_count=3&_include=*&_must=JARDE');
    expect(up.urls[1]).toBe(`/R4/ResearchStudy?_sort=_id&_count=3&_include=*&_must=JARDE&search_after=${pages[0].lastId}`);
    expect(up.urls.every((u) => !u.includes('_getpagesoffset'))).toBe(true);
  });

  it('stops on a 404 empty Bundle and resumes from a checkpoint', async () => {
    const up = await startUpstream(sortedUpstream(ids, { emptyAs404: true }));
    const sorted = [...ids].sort();
    const pages = await collect(
      crawlStudies(client(up.baseUrl), { pageSize: 2, include: false, startAfter: sorted[2] }),
    );
    expect(pages.flatMap((p) => p.studyIds)).toEqual(sorted.slice(3));
    expect(up.urls[0]).toBe(`/R4/ResearchStudy?_sort=_id&_count=2&search_after=${sorted[2]}`);
  });

  it('stops with an error instead of looping when the upstream does not move forward', async () => {
    const up = await startUpstream(() => ({
      status: 200,
      body: { resourceType: 'Bundle', entry: [{ resource: { resourceType: 'ResearchStudy', id: 'A' } }], total: 5, type: 'searchset' },
    }));
    const seen: string[] = [];
    await expect(async () => {
      for await (const p of crawlStudies(client(up.baseUrl), { pageSize: 1 })) seen.push(...p.studyIds);
    }).rejects.toBeInstanceOf(EclaireCrawlOrderError);
    expect(seen).toEqual(['A']);
    expect(up.urls).toHaveLength(2);
  });

  it('rejects ids out of order within a page', async () => {
    const up = await startUpstream(() => ({
      status: 200,
      body: {
        resourceType: 'Bundle',
        entry: ['B', 'A'].map((id) => ({ resource: { resourceType: 'ResearchStudy', id } })),
        total: 2,
        type: 'searchset',
      },
    }));
    await expect(collect(crawlStudies(client(up.baseUrl)))).rejects.toBeInstanceOf(EclaireCrawlOrderError);
  });
});
