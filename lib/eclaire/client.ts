import type { Bundle, FhirResource, ResearchStudy } from 'fhir/r4';
import { getEnv } from '@/lib/env';
import {
  EclaireBadRequestError,
  EclaireError,
  EclaireInvalidResponseError,
  EclaireNotFoundError,
  EclaireUnavailableError,
} from './errors';
import { isObject, tryParseJson } from './json';
import { buildSearchQuery, type SearchParamsInput } from './params';
import { getAbortReason, getSharedRateLimiter, sleep, type RateLimiter } from './rate-limiter';

export type Resource = FhirResource;
export type ReadableResourceType = 'ResearchStudy' | 'Group' | 'Location' | 'Organization';

export interface EclaireClientOptions {
  /** FHIR base, ends in `/R4`. */
  baseUrl: string;
  timeoutMs?: number;
  maxRetries?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Defaults to the process-wide limiter at 500 ms. */
  limiter?: RateLimiter;
  fetch?: typeof fetch;
  logger?: { warn(msg: string, meta?: object): void };
  /** Jitter source, for tests. */
  random?: () => number;
}

export interface SearchPage {
  total: number;
  /** `entry[].resource`, in order, minus malformed entries (no resourceType or id). */
  resources: Resource[];
  /** Number of malformed entries dropped. */
  malformed: number;
  bundle: Bundle;
  requestUrl: string;
}

export interface RawResponse {
  status: number;
  /** Lower-case names; only headers worth forwarding (the body is already decompressed). */
  headers: Record<string, string>;
  body: string;
  url: string;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

interface Fetched {
  status: number;
  headers: Headers;
  body: string;
}

const FHIR_JSON = 'application/fhir+json';
/** Invalid bodies are retried this many times (a proxy or load balancer hiccup), then reported. */
const MAX_INVALID_RETRIES = 2;
const FORWARDED_HEADERS = ['content-type', 'etag', 'last-modified', 'retry-after', 'date'];
/** FHIR ids are `[A-Za-z0-9.-]`; anything else cannot exist upstream and must not reach the URL path. */
const ID_PATTERN = /^[A-Za-z0-9.-]{1,128}$/;
/** ES overload turned into 400 by ECLAIRE (CONTRACT §2.5). */
const TRANSIENT_DIAGNOSTICS =
  /rejected|circuit_break|timeout|timed[ _]out|too_many|too many requests|data too large|no_shard_available/i;
/** Query errors whose text may echo the user's words (`_text=timeout"`): never transient. */
const PERMANENT_DIAGNOSTICS = /parse|lexical error|result window|no mapping found|illegal_argument/i;

/** A failure worth another attempt; carries what to throw if attempts run out. */
class TransientFailure extends Error {
  constructor(
    readonly error: EclaireError,
    readonly retryAfterMs?: number,
  ) {
    super(error.message);
  }
}

function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

function snippet(body: string): string {
  return body.slice(0, 200);
}

function parseJson(fetched: Fetched, url: string): unknown {
  const contentType = fetched.headers.get('content-type') ?? '';
  const text = fetched.body.trimStart();
  if (contentType.includes('html') || text.startsWith('<')) {
    throw new EclaireInvalidResponseError('Réponse HTML au lieu de JSON.', {
      url,
      status: fetched.status,
      bodySnippet: snippet(fetched.body),
    });
  }
  try {
    return JSON.parse(fetched.body) as unknown;
  } catch (cause) {
    throw new EclaireInvalidResponseError('Réponse JSON invalide.', {
      url,
      status: fetched.status,
      cause,
      bodySnippet: snippet(fetched.body),
    });
  }
}

function getDiagnostics(body: unknown): string | undefined {
  if (!isObject(body) || body.resourceType !== 'OperationOutcome' || !Array.isArray(body.issue)) return undefined;
  const texts = body.issue
    .map((issue) => (isObject(issue) && typeof issue.diagnostics === 'string' ? issue.diagnostics : undefined))
    .filter((d): d is string => d !== undefined);
  return texts.length > 0 ? texts.join(' | ') : undefined;
}

function isTransientDiagnostics(diagnostics: string | undefined): boolean {
  if (!diagnostics) return false;
  return TRANSIENT_DIAGNOSTICS.test(diagnostics) && !PERMANENT_DIAGNOSTICS.test(diagnostics);
}

/**
 * Throws for 429, 5xx and 400 (transient or permanent); returns for everything else, which the caller
 * interprets. Shared by the typed calls and `fetchRaw`.
 */
function throwOnRetryableOrBadRequest(fetched: Fetched, url: string, raw: boolean): void {
  const { status } = fetched;
  if (status === 429 || status >= 500) {
    const retryAfterMs = parseRetryAfter(fetched.headers.get('retry-after'));
    throw new TransientFailure(
      new EclaireUnavailableError(
        status === 429 ? 'ECLAIRE limite le nombre de requêtes (429).' : `ECLAIRE est indisponible (${status}).`,
        { url, status, attempts: 0 },
      ),
      retryAfterMs,
    );
  }
  if (status !== 400) return;
  const body = tryParseJson(fetched.body);
  const diagnostics = getDiagnostics(body);
  if (isTransientDiagnostics(diagnostics)) {
    throw new TransientFailure(
      new EclaireUnavailableError(`ECLAIRE est surchargé (400 transitoire) : ${diagnostics}`, {
        url,
        status,
        attempts: 0,
      }),
      parseRetryAfter(fetched.headers.get('retry-after')),
    );
  }
  if (raw) return; // the proxy forwards permanent 400s as they are
  const upstreamMessage = isObject(body) && typeof body.message === 'string' ? body.message : undefined;
  throw new EclaireBadRequestError(
    `Requête refusée par ECLAIRE : ${diagnostics ?? upstreamMessage ?? snippet(fetched.body)}`,
    { url, status, diagnostics, upstreamMessage },
  );
}

function toSearchPage(body: unknown, url: string, status: number): Omit<SearchPage, 'requestUrl'> {
  if (!isObject(body) || body.resourceType !== 'Bundle') {
    throw new EclaireInvalidResponseError('La réponse n’est pas un Bundle.', {
      url,
      status,
      bodySnippet: snippet(JSON.stringify(body) ?? ''),
    });
  }
  const total = body.total;
  if (typeof total !== 'number' || !Number.isFinite(total) || total < 0) {
    throw new EclaireInvalidResponseError('Bundle sans total valide.', { url, status });
  }
  if (body.entry !== undefined && !Array.isArray(body.entry)) {
    throw new EclaireInvalidResponseError('Bundle.entry n’est pas une liste.', { url, status });
  }
  const resources: Resource[] = [];
  let malformed = 0;
  for (const entry of (body.entry as unknown[] | undefined) ?? []) {
    const resource = isObject(entry) ? entry.resource : undefined;
    if (
      isObject(resource) &&
      typeof resource.resourceType === 'string' &&
      typeof resource.id === 'string' &&
      resource.id !== ''
    ) {
      resources.push(resource as unknown as Resource);
    } else {
      malformed++;
    }
  }
  return { total, resources, malformed, bundle: body as unknown as Bundle };
}

export class EclaireClient {
  readonly stats = { requests: 0, retries: 0, failures: 0 };

  private readonly baseUrl: string;
  private readonly timeoutMs: number;
  private readonly maxRetries: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly limiter: RateLimiter;
  private readonly fetchImpl: typeof fetch;
  private readonly logger: { warn(msg: string, meta?: object): void };
  private readonly random: () => number;

  constructor(opts: EclaireClientOptions) {
    this.baseUrl = opts.baseUrl.replace(/\/+$/, '');
    this.timeoutMs = opts.timeoutMs ?? 15_000;
    this.maxRetries = opts.maxRetries ?? 6;
    this.baseDelayMs = opts.baseDelayMs ?? 500;
    this.maxDelayMs = opts.maxDelayMs ?? 30_000;
    this.limiter = opts.limiter ?? getSharedRateLimiter();
    this.fetchImpl = opts.fetch ?? fetch;
    this.logger = opts.logger ?? console;
    this.random = opts.random ?? Math.random;
  }

  /** `GET /ResearchStudy?…`. A 404 empty Bundle is "no result", not an error (CONTRACT §2.4). */
  async search(params: SearchParamsInput, opts: RequestOptions = {}): Promise<SearchPage> {
    const query = buildSearchQuery(params);
    const url = `${this.baseUrl}/ResearchStudy${query ? `?${query}` : ''}`;
    return this.execute(url, FHIR_JSON, opts.signal, (fetched) => {
      throwOnRetryableOrBadRequest(fetched, url, false);
      if (fetched.status === 404) {
        const body = tryParseJson(fetched.body);
        if (isObject(body) && body.resourceType === 'Bundle') {
          return { ...toSearchPage({ total: 0, ...body }, url, 404), requestUrl: url };
        }
        throw new EclaireNotFoundError('Route de recherche inconnue (404 sans Bundle).', { url, status: 404 });
      }
      this.throwOnUnexpectedStatus(fetched, url);
      const page = toSearchPage(parseJson(fetched, url), url, fetched.status);
      if (page.malformed > 0) {
        this.logger.warn('ECLAIRE : entrées mal formées ignorées', { url, malformed: page.malformed });
      }
      return { ...page, requestUrl: url };
    });
  }

  async readStudy(id: string, opts: RequestOptions = {}): Promise<ResearchStudy | null> {
    return (await this.readResource('ResearchStudy', id, opts)) as ResearchStudy | null;
  }

  /** `GET /{type}/{id}`; `null` when ECLAIRE answers 404 OperationOutcome (or the id cannot exist). */
  async readResource(type: ReadableResourceType, id: string, opts: RequestOptions = {}): Promise<Resource | null> {
    if (!ID_PATTERN.test(id)) return null;
    const url = `${this.baseUrl}/${type}/${id}`;
    return this.execute(url, FHIR_JSON, opts.signal, (fetched) => {
      throwOnRetryableOrBadRequest(fetched, url, false);
      if (fetched.status === 404) {
        const body = tryParseJson(fetched.body);
        if (isObject(body) && body.resourceType === 'OperationOutcome') return null;
        throw new EclaireNotFoundError(`Route inconnue pour ${type} (404 sans OperationOutcome).`, {
          url,
          status: 404,
        });
      }
      this.throwOnUnexpectedStatus(fetched, url);
      const body = parseJson(fetched, url);
      if (!isObject(body) || body.resourceType !== type) {
        throw new EclaireInvalidResponseError(`Ressource attendue : ${type}.`, {
          url,
          status: fetched.status,
          bodySnippet: snippet(fetched.body),
        });
      }
      if (body.id !== id) {
        throw new EclaireInvalidResponseError(`Identifiant attendu : ${id}.`, { url, status: fetched.status });
      }
      return body as unknown as Resource;
    });
  }

  /**
   * For the pass-through proxy: same limiter, timeout and retries (429, 5xx, transient 400), but any other
   * answer (200, permanent 400, 404) is returned as is. `pathAndQuery` is relative to the base (`/ResearchStudy?…`).
   */
  async fetchRaw(pathAndQuery: string, opts: RequestOptions & { accept?: string } = {}): Promise<RawResponse> {
    const url = this.resolveRelative(pathAndQuery);
    return this.execute(url, opts.accept ?? FHIR_JSON, opts.signal, (fetched) => {
      throwOnRetryableOrBadRequest(fetched, url, true);
      const headers: Record<string, string> = {};
      for (const name of FORWARDED_HEADERS) {
        const value = fetched.headers.get(name);
        if (value !== null) headers[name] = value;
      }
      return { status: fetched.status, headers, body: fetched.body, url };
    });
  }

  /** Refuses anything that would leave the FHIR base once the URL is normalised (`..`, `%2e%2e`, `//host`). */
  private resolveRelative(pathAndQuery: string): string {
    const base = new URL(this.baseUrl);
    const candidate = `${this.baseUrl}${pathAndQuery}`;
    let resolved: URL;
    try {
      resolved = new URL(candidate);
    } catch (cause) {
      throw new EclaireError('Chemin invalide.', { url: candidate, cause });
    }
    const inside =
      pathAndQuery.startsWith('/') &&
      !pathAndQuery.startsWith('//') &&
      resolved.origin === base.origin &&
      resolved.pathname.startsWith(`${base.pathname}/`);
    if (!inside) throw new EclaireError('Chemin relatif à la base FHIR attendu.', { url: candidate });
    return candidate;
  }

  private throwOnUnexpectedStatus(fetched: Fetched, url: string): void {
    if (fetched.status < 200 || fetched.status >= 300) {
      throw new EclaireError(`Statut inattendu ${fetched.status}.`, { url, status: fetched.status });
    }
  }

  /** One attempt: one limiter slot, its own timeout, body read inside the slot. */
  private async fetchOnce(url: string, accept: string, signal: AbortSignal | undefined): Promise<Fetched> {
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    this.stats.requests++;
    try {
      const response = await this.fetchImpl(url, {
        headers: { accept, 'accept-encoding': 'gzip' },
        signal: combined,
        redirect: 'manual', // a redirect would leave the configured host
      });
      const body = await response.text();
      return { status: response.status, headers: response.headers, body };
    } catch (cause) {
      if (signal?.aborted) throw getAbortReason(signal);
      const timedOut = timeout.aborted;
      throw new TransientFailure(
        new EclaireUnavailableError(
          timedOut ? `ECLAIRE ne répond pas (délai de ${this.timeoutMs} ms dépassé).` : 'ECLAIRE est injoignable.',
          { url, cause, attempts: 0 },
        ),
      );
    }
  }

  /**
   * The retry loop. An explicit loop rather than cockatiel's RetryPolicy: Retry-After must act as a minimum
   * delay (and a reason to give up when it exceeds `maxDelayMs`), jitter must be injectable for tests, and
   * each attempt takes its own limiter slot that must not be held while sleeping.
   */
  private async execute<T>(
    url: string,
    accept: string,
    signal: AbortSignal | undefined,
    interpret: (fetched: Fetched) => T,
  ): Promise<T> {
    let invalid = 0;
    for (let attempt = 0; ; attempt++) {
      if (signal?.aborted) throw getAbortReason(signal);
      let failure: TransientFailure;
      try {
        const fetched = await this.limiter.schedule((slot) => this.fetchOnce(url, accept, slot), signal);
        return interpret(fetched);
      } catch (err) {
        if (signal?.aborted) throw getAbortReason(signal);
        if (err instanceof TransientFailure) failure = err;
        else if (err instanceof EclaireInvalidResponseError) {
          invalid++;
          failure = new TransientFailure(err);
        } else {
          this.stats.failures++;
          throw err;
        }
      }

      const { error, retryAfterMs } = failure;
      const attempts = attempt + 1;
      const tooManyInvalid = invalid > MAX_INVALID_RETRIES;
      const waitTooLong = retryAfterMs !== undefined && retryAfterMs > this.maxDelayMs;
      if (attempt >= this.maxRetries || tooManyInvalid || waitTooLong) {
        this.stats.failures++;
        this.logger.warn('ECLAIRE : abandon après plusieurs essais', {
          url,
          attempts,
          status: error.status,
          error: error.message,
        });
        if (error instanceof EclaireInvalidResponseError) throw error;
        throw new EclaireUnavailableError(`ECLAIRE est indisponible après ${attempts} essai(s). ${error.message}`, {
          url,
          status: error.status,
          cause: error,
          attempts,
          retryAfterMs: waitTooLong ? retryAfterMs : undefined,
        });
      }

      // Full jitter: uniform in [0, min(max, base·2^attempt)], but never sooner than Retry-After.
      const ceiling = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** attempt);
      const delay = Math.max(Math.floor(this.random() * ceiling), retryAfterMs ?? 0);
      this.stats.retries++;
      this.logger.warn('ECLAIRE : nouvel essai', { url, attempt: attempts, status: error.status, delay, error: error.message });
      await sleep(delay, signal);
    }
  }
}

const CLIENT_KEY = Symbol.for('phare.eclaire.client');

/** The process client, configured from the environment, kept on `globalThis` (Next.js may load modules twice). */
export function getEclaireClient(): EclaireClient {
  const holder = globalThis as typeof globalThis & { [CLIENT_KEY]?: EclaireClient };
  if (!holder[CLIENT_KEY]) {
    const env = getEnv();
    holder[CLIENT_KEY] = new EclaireClient({
      baseUrl: env.ECLAIRE_BASE_URL,
      timeoutMs: env.ECLAIRE_TIMEOUT_MS,
      limiter: getSharedRateLimiter(env.ECLAIRE_MIN_INTERVAL_MS),
    });
  }
  return holder[CLIENT_KEY];
}
