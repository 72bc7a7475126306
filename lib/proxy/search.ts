import type { Bundle, BundleLink } from 'fhir/r4';
import type { RawResponse } from '@/lib/eclaire/client';
import { isObject, tryParseJson } from '@/lib/eclaire/json';
import { errorAnswer, refusedByUpstream, unavailableAnswer, type InterpretedAnswer, type ProxyAnswer, type ProxyRequestInfo } from './answers';
import { buildCanonicalQuery, MAX_RESULT_WINDOW, parseSearchQuery, type CanonicalSearch } from './params';
import { serveCached, type ProxyParts } from './serve';
import { UpstreamFailureError } from './upstream';

/** `GET /ResearchStudy?…` through the proxy: validated parameters, escaped full text, Phare's links in the Bundle. */

const SEARCH_PATH = '/ResearchStudy';

/**
 * `fullUrl` from the resource itself, links from the canonical query: nothing of the upstream's host survives
 * (CONTRACT §1.1, §2.7). `next` is recomputed (the upstream's can carry another request's page size) and
 * dropped with `search_after` (the upstream's would combine it with `_getpagesoffset`).
 */
export function rewriteBundle(bundle: Bundle, search: CanonicalSearch, publicBase: string): Bundle {
  const base = `${publicBase}${SEARCH_PATH}`;
  for (const entry of bundle.entry ?? []) {
    const resource = entry.resource;
    if (resource?.resourceType && resource.id) {
      entry.fullUrl = `${publicBase}/${resource.resourceType}/${encodeURIComponent(resource.id)}`;
    } else {
      delete entry.fullUrl;
    }
  }
  if (Array.isArray(bundle.link)) {
    const links: BundleLink[] = [];
    if (bundle.link.some((l) => l.relation === 'self')) links.push({ relation: 'self', url: `${base}?${search.query}` });
    const upstreamNext = bundle.link.some((l) => l.relation === 'next');
    if (upstreamNext && search.params.search_after === undefined) {
      const count = Number(search.params._count);
      const offset = Number(search.params._getpagesoffset ?? 0) + count;
      const size = Math.min(count, MAX_RESULT_WINDOW - offset);
      if (size > 0 && offset < (bundle.total ?? 0)) {
        const query = buildCanonicalQuery({ ...search.params, _count: String(size), _getpagesoffset: String(offset) });
        links.push({ relation: 'next', url: `${base}?${query}` });
      }
    }
    bundle.link = links;
  }
  return bundle;
}

/** A search answer of ECLAIRE as the proxy keeps it; anything but a Bundle (200/404) or a 400 is a failure. */
export function interpretSearch(raw: RawResponse, search: CanonicalSearch, publicBase: string): InterpretedAnswer {
  const body = tryParseJson(raw.body);
  if (raw.status === 200 || raw.status === 404) {
    if (!isObject(body) || body.resourceType !== 'Bundle' || typeof body.total !== 'number') {
      throw new UpstreamFailureError(`Réponse de recherche inattendue (${raw.status}).`, raw.status);
    }
    return { status: raw.status, body: JSON.stringify(rewriteBundle(body as unknown as Bundle, search, publicBase)) };
  }
  if (raw.status === 400) return refusedByUpstream('la recherche', body);
  throw new UpstreamFailureError(`Statut inattendu d’ECLAIRE : ${raw.status}.`, raw.status);
}

/**
 * The cache key is the canonical query (the text as the partner sent it); the upstream receives the same query
 * with the full-text values escaped (lib/proxy/lucene.ts).
 */
export async function searchStudies(parts: ProxyParts, rawQuery: string, info: ProxyRequestInfo): Promise<ProxyAnswer> {
  const parsed = parseSearchQuery(rawQuery);
  if (!parsed.ok) {
    const { param, message } = parsed.error;
    return errorAnswer(400, `Paramètre « ${param} » refusé : ${message}.`, 'invalid');
  }
  const search = parsed.value;
  const result = await serveCached(
    parts,
    `${SEARCH_PATH}?${search.query}`,
    `${SEARCH_PATH}?${search.upstreamQuery}`,
    (raw) => interpretSearch(raw, search, parts.publicBase),
    info,
  );
  return 'answer' in result ? result.answer : unavailableAnswer(parts.upstream.retryAfterSeconds(result.failure));
}
