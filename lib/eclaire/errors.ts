/**
 * Typed errors of the ECLAIRE client. Callers branch on the class (`instanceof`), never on messages:
 * the sync stops on `EclaireUnavailableError`, the proxy maps `EclaireBadRequestError` to a 400, etc.
 */

export interface EclaireErrorDetails {
  url: string;
  status?: number;
  cause?: unknown;
}

/** Base class: every failure of a call to ECLAIRE, with the URL called and the HTTP status when there was one. */
export class EclaireError extends Error {
  readonly url: string;
  readonly status?: number;

  constructor(message: string, details: EclaireErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = new.target.name;
    this.url = details.url;
    this.status = details.status;
  }
}

/**
 * A permanent 400: `_count` > 100, invalid date, Lucene syntax error, result window too large…
 * Retrying cannot help; the request itself must change.
 */
export class EclaireBadRequestError extends EclaireError {
  /** OperationOutcome `issue[0].diagnostics` (ES reason) when the upstream sent one. */
  readonly diagnostics?: string;
  /** Nest-style `message` (`_count ne peut pas dépasser 100`, `Invalid date: …`) when sent. */
  readonly upstreamMessage?: string;

  constructor(
    message: string,
    details: EclaireErrorDetails & { diagnostics?: string; upstreamMessage?: string },
  ) {
    super(message, details);
    this.diagnostics = details.diagnostics;
    this.upstreamMessage = details.upstreamMessage;
  }
}

/** A 404 that is not the documented "no result" answer (unknown route or resource). */
export class EclaireNotFoundError extends EclaireError {}

/** The client gave up after its retries (429, 5xx, network error, timeout, transient 400, invalid bodies). */
export class EclaireUnavailableError extends EclaireError {
  readonly attempts: number;
  /** Set when the upstream asked to wait longer than the client is willing to (proxy may forward it). */
  readonly retryAfterMs?: number;

  constructor(message: string, details: EclaireErrorDetails & { attempts: number; retryAfterMs?: number }) {
    super(message, details);
    this.attempts = details.attempts;
    this.retryAfterMs = details.retryAfterMs;
  }
}

/** A 2xx/404 body that is not what ECLAIRE sends: invalid JSON, HTML page, wrong resourceType, missing ids. */
export class EclaireInvalidResponseError extends EclaireError {
  /** First characters of the body, for logs. */
  readonly bodySnippet?: string;

  constructor(message: string, details: EclaireErrorDetails & { bodySnippet?: string }) {
    super(message, details);
    this.bodySnippet = details.bodySnippet;
  }
}

/**
 * Query parameters that ECLAIRE would misread (repeated name, bracketed name, `_getpagesoffset` with
 * `search_after`). A programming or caller error: nothing was sent.
 */
export class EclaireParamsError extends Error {
  readonly param: string;

  constructor(message: string, param: string) {
    super(message);
    this.name = 'EclaireParamsError';
    this.param = param;
  }
}
