import type { RawResponse } from '@/lib/eclaire/client';
import { fromCache, normaliseAccept, type InterpretedAnswer, type ProxyAnswer, type ProxyRequestInfo } from './answers';
import type { AnswerCache } from './cache';
import { logUpstreamFailure, type ProxyLogger } from './log';
import type { UpstreamCaller } from './upstream';

/** What the search and the read share: the cache, the upstream, the logger and Phare's public FHIR base. */
export interface ProxyParts {
  cache: AnswerCache;
  upstream: UpstreamCaller;
  logger: ProxyLogger;
  /** Public FHIR base of Phare written in `fullUrl` and links: `/api/fhir` or `https://…/api/fhir`. */
  publicBase: string;
}

/**
 * Serves the cache entry `key`, filled when needed by calling `upstreamPath` and `interpret`ing the answer. A
 * failure (no usable answer, fresh or stale) is logged without query text and returned to the caller.
 */
export async function serveCached(
  parts: ProxyParts,
  key: string,
  upstreamPath: string,
  interpret: (raw: RawResponse) => InterpretedAnswer,
  info: ProxyRequestInfo,
): Promise<{ answer: ProxyAnswer } | { failure: unknown }> {
  const accept = normaliseAccept(info.accept);
  const served = await parts.cache.serve(key, {
    fetch: (signal) => parts.upstream.call(upstreamPath, accept, interpret, signal),
  });
  if ('entry' in served) return { answer: fromCache(served.entry, served.xCache, info) };
  logUpstreamFailure(parts.logger, key, served.failure);
  return { failure: served.failure };
}
