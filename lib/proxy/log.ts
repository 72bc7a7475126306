import { createHmac, randomBytes } from 'node:crypto';
import { BrokenCircuitError } from 'cockatiel';

/**
 * The proxy's logs carry no query text: partners' search terms may be health data. A request is named by its
 * path, the names of its parameters and a fingerprint of the query — a keyed hash, the key random per process,
 * so that repeated failures of one query can be correlated in the logs of a process, but a list of likely
 * terms cannot be hashed to find which one was searched.
 */

export interface ProxyLogger {
  warn(message: string, meta?: object): void;
}

const FINGERPRINT_KEY = randomBytes(32);
const SAFE_NAME = /^[A-Za-z0-9_.-]{1,40}$/;

/** 12 hex characters identifying `text` within this process only. */
export function fingerprint(text: string): string {
  return createHmac('sha256', FINGERPRINT_KEY).update(text, 'utf8').digest('hex').slice(0, 12);
}

/**
 * A URL or path with its query reduced to parameter names:
 * `https://h/R4/ResearchStudy?_text=cancer&_count=20` → `https://h/R4/ResearchStudy?_text&_count (empreinte 1a2b…)`.
 */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q === -1) return url;
  const query = url.slice(q + 1);
  const names = query
    .split('&')
    .filter(Boolean)
    .map((pair) => pair.split('=')[0])
    .map((name) => (SAFE_NAME.test(name) ? name : '?'));
  return `${url.slice(0, q)}?${names.join('&')} (empreinte ${fingerprint(query)})`;
}

/** Free text (an error message) with any query string cut off. */
export function redactText(text: string): string {
  return text.replace(/\?[^\s?]\S*/g, '?[paramètres masqués]');
}

function redactValue(key: string, value: unknown): unknown {
  if (typeof value === 'string') return key === 'url' ? redactUrl(value) : redactText(value);
  if (value instanceof Error) return redactText(value.message);
  if (value === null || typeof value !== 'object') return value;
  return '[objet omis]';
}

/** A logger that passes messages on with URLs and query strings redacted (for the ECLAIRE client's logs). */
export function redactingLogger(logger: ProxyLogger): ProxyLogger {
  return {
    warn(message, meta) {
      const redacted = meta && Object.fromEntries(Object.entries(meta).map(([key, value]) => [key, redactValue(key, value)]));
      if (redacted) logger.warn(redactText(message), redacted);
      else logger.warn(redactText(message));
    },
  };
}

/** An upstream failure, named by its cache key (upstream path and canonical query) reduced to parameter names. */
export function logUpstreamFailure(logger: ProxyLogger, key: string, failure: unknown): void {
  if (failure instanceof BrokenCircuitError) return; // expected while open, logged once on break
  const error = failure instanceof Error ? failure : undefined;
  logger.warn('Proxy FHIR : ECLAIRE n’a pas pu répondre', {
    requete: redactUrl(key),
    error: redactText(error?.message ?? String(failure)),
  });
}
