import type { EclaireClient, Resource } from './client';
import { EclaireError } from './errors';

export interface CrawlPage {
  /** Studies first, then included resources (Group, Location, Organization), as received, minus malformed entries. */
  resources: Resource[];
  studyIds: string[];
  /** Id of the last ResearchStudy of the page: the checkpoint to resume from (`startAfter`). */
  lastId: string;
  /** 1-based, counted from the start of this crawl (not from the checkpoint). */
  pageNumber: number;
  /** Upstream `total` (it ignores `search_after`, so it is the size of the whole crawl). */
  total: number;
}

export interface CrawlOptions {
  pageSize?: number;
  include?: boolean;
  startAfter?: string;
  signal?: AbortSignal;
  /** Extra filters, e.g. `[['_must', 'REG536']]` or `[['_lastUpdated', 'ge2024-01-01']]`. */
  extraParams?: [string, string][];
}

/** Raised when the upstream does not move forward in id order: stopping beats looping forever. */
export class EclaireCrawlOrderError extends EclaireError {}

/**
 * ES sorts `_id` keywords by their bytes; for ids (ASCII) that is plain code-unit order, which `<` gives.
 * (`localeCompare` would not: it ignores `-` and case.)
 */
function isAfter(a: string, b: string): boolean {
  return a > b;
}

/**
 * The full crawl of CONTRACT §6.2: `_sort=_id`, then `search_after=<last study id>` (always last in the
 * query), until a page has no ResearchStudy. Offset paging stops at 10,000; this does not. `link.next` is
 * never followed (wrong host, and it appends `_getpagesoffset` after `search_after`, which ES refuses).
 */
export async function* crawlStudies(client: EclaireClient, opts: CrawlOptions = {}): AsyncGenerator<CrawlPage> {
  const pageSize = opts.pageSize ?? 50;
  const include = opts.include ?? true;
  let after = opts.startAfter;

  for (let pageNumber = 1; ; pageNumber++) {
    const params: [string, string | undefined][] = [
      ['_sort', '_id'],
      ['_count', String(pageSize)],
      ['_include', include ? '*' : undefined],
      ...(opts.extraParams ?? []),
      ['search_after', after],
    ];
    const page = await client.search(params, { signal: opts.signal });

    const studies = page.resources.filter((r) => r.resourceType === 'ResearchStudy');
    if (studies.length === 0) return;
    const others = page.resources.filter((r) => r.resourceType !== 'ResearchStudy');
    const studyIds = studies.map((s) => s.id as string);

    // Every id of the page must follow the previous checkpoint and the ids must increase, or the next
    // `search_after` could return the same page again.
    let previous = after;
    for (const id of studyIds) {
      if (previous !== undefined && !isAfter(id, previous)) {
        throw new EclaireCrawlOrderError(
          `Ordre des identifiants incohérent : « ${id} » après « ${previous} » (page ${pageNumber}).`,
          { url: page.requestUrl, status: 200 },
        );
      }
      previous = id;
    }
    const lastId = studyIds[studyIds.length - 1];

    yield { resources: [...studies, ...others], studyIds, lastId, pageNumber, total: page.total };
    after = lastId;
  }
}
