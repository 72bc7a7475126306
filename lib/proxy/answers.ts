import { createHash } from 'node:crypto';
import {
  FHIR_CACHE_CONTROL_BAD_REQUEST as CACHE_CONTROL_BAD_REQUEST,
  FHIR_CACHE_CONTROL_FRESH as CACHE_CONTROL_FRESH,
  FHIR_CACHE_CONTROL_STALE as CACHE_CONTROL_STALE,
  NO_STORE as CACHE_CONTROL_NONE,
} from '@/lib/cache-control';
import { isObject } from '@/lib/eclaire/json';
import { buildOperationOutcome, type IssueCode } from './operation-outcome';

/** The answers of the FHIR proxy: headers, ETags, 304s, French OperationOutcomes, and the route-handler glue. */

export const FHIR_CONTENT_TYPE = 'application/fhir+json; charset=utf-8';
const FHIR_ACCEPT = 'application/fhir+json';
const JSON_ACCEPT = 'application/json';
const WARNING_STALE = '110 - "Response is Stale"';
export const WARNING_REVALIDATION_FAILED = '111 - "Revalidation Failed"';

export type XCache = 'HIT' | 'MISS' | 'STALE';

export interface ProxyRequestInfo {
  ifNoneMatch?: string | null;
  accept?: string | null;
}

export interface ProxyAnswer {
  status: number;
  headers: Record<string, string>;
  body: string | null;
}

/** An upstream answer as the proxy keeps it: already interpreted (rewritten Bundle, or French OperationOutcome). */
export interface InterpretedAnswer {
  status: 200 | 400 | 404;
  body: string;
}

export interface CachedAnswer extends InterpretedAnswer {
  etag: string;
  storedAt: number;
  /** After this instant (ms, cache clock) the answer is not served at all. */
  staleUntil: number;
}

export function strongEtag(body: string): string {
  return `"${createHash('sha256').update(body, 'utf8').digest('base64url').slice(0, 32)}"`;
}

/** `If-None-Match` uses the weak comparison (RFC 9110 §13.1.2). */
export function etagMatches(ifNoneMatch: string | null | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const value = ifNoneMatch.trim();
  if (value === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  return value.split(',').some((t) => t.trim().replace(/^W\//, '') === opaque);
}

/** Only Accept is forwarded, normalised to one of the two JSON types ECLAIRE serves. */
export function normaliseAccept(accept: string | null | undefined): string {
  if (!accept) return FHIR_ACCEPT;
  const lower = accept.toLowerCase();
  if (lower.includes('application/fhir+json')) return FHIR_ACCEPT;
  if (lower.includes('application/json')) return JSON_ACCEPT;
  return FHIR_ACCEPT;
}

/** The reason ECLAIRE gave for a 400 (OperationOutcome diagnostics or Nest `message`). */
export function upstreamDiagnostics(body: unknown): string | undefined {
  if (!isObject(body)) return undefined;
  if (Array.isArray(body.issue)) {
    const texts = body.issue
      .map((i) => (isObject(i) && typeof i.diagnostics === 'string' ? i.diagnostics : undefined))
      .filter((t): t is string => !!t);
    if (texts.length > 0) return texts.join(' | ');
  }
  if (typeof body.message === 'string') return body.message;
  if (Array.isArray(body.message)) return body.message.filter((m) => typeof m === 'string').join(' | ');
  return undefined;
}

export function outcomeBody(diagnostics: string, code: IssueCode): string {
  return JSON.stringify(buildOperationOutcome(diagnostics, code));
}

/** A permanent upstream 400, kept as a French OperationOutcome. */
export function refusedByUpstream(what: 'la recherche' | 'la lecture', body: unknown): InterpretedAnswer {
  const diagnostics = upstreamDiagnostics(body) ?? 'requête refusée';
  return { status: 400, body: outcomeBody(`ECLAIRE a refusé ${what} : ${diagnostics}`, 'invalid') };
}

/** A cached answer as served: `X-Cache`, CDN lifetimes by freshness, and 304 when the ETag matches. */
export function fromCache(entry: CachedAnswer, xCache: XCache, info: ProxyRequestInfo): ProxyAnswer {
  const cacheControl =
    entry.status === 400 ? CACHE_CONTROL_BAD_REQUEST : xCache === 'STALE' ? CACHE_CONTROL_STALE : CACHE_CONTROL_FRESH;
  const headers: Record<string, string> = {
    'content-type': FHIR_CONTENT_TYPE,
    'cache-control': cacheControl,
    etag: entry.etag,
    'x-cache': xCache,
  };
  if (xCache === 'STALE') headers.warning = WARNING_STALE;
  if (entry.status === 200 && etagMatches(info.ifNoneMatch, entry.etag)) {
    const { 'content-type': _omit, ...rest } = headers;
    return { status: 304, headers: rest, body: null };
  }
  return { status: entry.status, headers, body: entry.body };
}

/** An OperationOutcome answer made by the proxy itself (400s are briefly cacheable, the rest never). */
export function errorAnswer(status: number, diagnostics: string, code: IssueCode, extra: Record<string, string> = {}): ProxyAnswer {
  return {
    status,
    headers: {
      'content-type': FHIR_CONTENT_TYPE,
      'cache-control': status === 400 ? CACHE_CONTROL_BAD_REQUEST : CACHE_CONTROL_NONE,
      ...extra,
    },
    body: outcomeBody(diagnostics, code),
  };
}

export function unavailableAnswer(retryAfterSeconds: number): ProxyAnswer {
  return errorAnswer(
    503,
    'ECLAIRE est momentanément indisponible et cette réponse n’est pas en cache. Réessayez dans quelques instants.',
    'transient',
    { 'retry-after': String(retryAfterSeconds) },
  );
}

/** Route-handler glue: a web `Response` from a proxy answer (HEAD without a body). */
export function toResponse(answer: ProxyAnswer, method = 'GET'): Response {
  return new Response(method === 'HEAD' ? null : answer.body, { status: answer.status, headers: answer.headers });
}

export function requestInfo(request: Request): ProxyRequestInfo {
  return { ifNoneMatch: request.headers.get('if-none-match'), accept: request.headers.get('accept') };
}
