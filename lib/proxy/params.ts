import { z } from 'zod';
import { buildSearchQuery } from '@/lib/eclaire/params';
import { escapeQueryText } from './lucene';

/**
 * Validation and canonical form of the FHIR search parameters the proxy lets through to ECLAIRE
 * (CONTRACT §2.1). Everything not listed here is refused: the upstream turns unknown names into field matches,
 * repeated names into ES errors, and stops reading at the first empty value, so the proxy decides what it sends.
 * The canonical query string is also the cache key: order and defaults do not split entries.
 */

/** The upstream default page size, made explicit so that `?` and `?_count=20` share one entry. */
export const DEFAULT_COUNT = 20;
export const MAX_COUNT = 100;
/** `from + size` must stay within ES's default result window (CONTRACT §2.1 `_getpagesoffset`). */
export const MAX_RESULT_WINDOW = 10_000;
/** Longest raw query string accepted (before decoding). */
export const MAX_QUERY_LENGTH = 2_048;
export const MAX_TEXT_LENGTH = 200;

export const ID_PATTERN = /^[A-Za-z0-9-]{1,64}$/;
const CONTROL_CHARS = /[\u0000-\u001F\u007F-\u009F\uFFFD]/;
const ABSOLUTE_URL = /[a-z][a-z0-9+.-]*:\/\/|^\/\//i;

/** R4 `ResearchStudy.status` codes. */
const STUDY_STATUSES = [
  'active',
  'administratively-completed',
  'approved',
  'closed-to-accrual',
  'closed-to-accrual-and-intervention',
  'completed',
  'disapproved',
  'in-review',
  'temporarily-closed-to-accrual',
  'temporarily-closed-to-accrual-and-intervention',
  'withdrawn',
] as const;
const REGULATIONS = ['REG536', 'REG745', 'REG746', 'JARDE'] as const;

function isCalendarDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Full text: searched literally, as words (policy in lib/proxy/lucene.ts). */
const freeText = z
  .string()
  .max(MAX_TEXT_LENGTH, `texte limité à ${MAX_TEXT_LENGTH} caractères`)
  .refine((v) => !ABSOLUTE_URL.test(v), 'les adresses web ne sont pas acceptées')
  .refine((v) => /[\p{L}\p{N}]/u.test(v), 'texte sans lettre ni chiffre : la recherche porte sur des mots, sans syntaxe Lucene');

const digits = (max: number, what: string) =>
  z
    .string()
    .regex(/^\d{1,6}$/, `${what} : nombre entier positif attendu`)
    .transform(Number)
    .refine((n) => n <= max, `${what} : au plus ${max}`);

/** Per parameter: validator and canonical value. The key order is the canonical order (`search_after` last). */
const PARAM_SCHEMAS = {
  identifier: z.string().regex(ID_PATTERN, 'identifiant ECLAIRE attendu (lettres, chiffres et tirets, 64 au plus)'),
  status: z.enum(STUDY_STATUSES, { error: `un des statuts FHIR attendu (${STUDY_STATUSES.join(', ')})` }),
  _lastUpdated: z
    .string()
    .regex(/^(eq|lt|le|gt|ge)?\d{4}-\d{2}-\d{2}$/, 'date AAAA-MM-JJ attendue, avec un préfixe eq, lt, le, gt ou ge facultatif')
    .refine((v) => {
      const [y, m, d] = v.slice(-10).split('-').map(Number);
      return isCalendarDate(y, m, d);
    }, 'date inexistante')
    .transform((v) => v.replace(/^eq/, '')),
  _text: freeText,
  _content: freeText,
  _must: z.enum(REGULATIONS, { error: `une réglementation attendue (${REGULATIONS.join(', ')})` }),
  _mustNot: z.enum(REGULATIONS, { error: `une réglementation attendue (${REGULATIONS.join(', ')})` }),
  _include: z.literal('*', { error: 'seule la valeur * est prise en charge' }),
  _sort: z
    .string()
    .regex(
      /^-?(_id|meta\.lastUpdated|status\.keyword|_score)$/,
      'une seule clé parmi _id, meta.lastUpdated, status.keyword, _score (précédée de - pour l’ordre décroissant)',
    ),
  _count: digits(MAX_COUNT, '_count'),
  _getpagesoffset: digits(MAX_RESULT_WINDOW, '_getpagesoffset'),
  search_after: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,64}(,[A-Za-z0-9._-]{1,64}){0,2}$/, 'une à trois valeurs de tri séparées par des virgules'),
} as const;

export type ProxyParamName = keyof typeof PARAM_SCHEMAS;
export const ALLOWED_PARAMS = Object.keys(PARAM_SCHEMAS) as ProxyParamName[];
const ALLOWED = new Set<string>(ALLOWED_PARAMS);

export interface CanonicalSearch {
  /** Validated values, canonical form, `_count` always set. */
  params: Partial<Record<ProxyParamName, string>> & { _count: string };
  /** Canonical query string (without `?`): the cache key and Phare's `self`/`next` links. */
  query: string;
  /** The query sent to ECLAIRE: `query` with the full-text values escaped (lib/proxy/lucene.ts). */
  upstreamQuery: string;
}

export interface ParamError {
  /** The parameter at fault, named in the OperationOutcome. */
  param: string;
  message: string;
}

export type ParseResult = { ok: true; value: CanonicalSearch } | { ok: false; error: ParamError };

/** A name safe to echo in a message: printable, short. */
export function displayName(name: string): string {
  const clean = name.replace(/[^\x20-\x7E\u00A0-\u024F]/g, '?');
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean;
}

function fail(param: string, message: string): ParseResult {
  return { ok: false, error: { param: displayName(param), message } };
}

function decodeComponent(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** Parameters ECLAIRE hands to OpenSearch `query_string` (CONTRACT §2.2). */
const FULL_TEXT_PARAMS = ['_text', '_content'] as const;

/** Serialises validated parameters in the canonical order. */
export function buildCanonicalQuery(params: Partial<Record<ProxyParamName, string>>): string {
  const pairs = ALLOWED_PARAMS.filter((n) => params[n] !== undefined).map((n) => [n, params[n]] as const);
  return buildSearchQuery(pairs);
}

/**
 * Parses a raw query string (as received, percent-encoded, with or without `?`). Invalid percent-encodings,
 * control characters, unknown or repeated names and values outside the upstream's limits are refused.
 */
export function parseSearchQuery(rawQuery: string): ParseResult {
  const raw = rawQuery.startsWith('?') ? rawQuery.slice(1) : rawQuery;
  if (raw.length > MAX_QUERY_LENGTH) {
    return fail('(requête)', `la requête dépasse ${MAX_QUERY_LENGTH} caractères`);
  }
  const values: Partial<Record<ProxyParamName, string>> = {};
  const seen = new Set<string>();
  for (const segment of raw.split('&')) {
    if (segment === '') continue;
    const eq = segment.indexOf('=');
    const rawName = eq === -1 ? segment : segment.slice(0, eq);
    const rawValue = eq === -1 ? '' : segment.slice(eq + 1);
    const name = decodeComponent(rawName);
    if (name === undefined || CONTROL_CHARS.test(name)) return fail(rawName, 'nom de paramètre mal encodé');
    if (!ALLOWED.has(name)) {
      return fail(name, `paramètre non pris en charge (paramètres acceptés : ${ALLOWED_PARAMS.join(', ')})`);
    }
    const value = decodeComponent(rawValue);
    if (value === undefined || CONTROL_CHARS.test(value)) return fail(name, 'valeur mal encodée ou caractère de contrôle');
    if (value.trim() === '') continue; // the upstream would stop reading here (CONTRACT §2.1)
    if (seen.has(name)) return fail(name, 'paramètre répété : donnez-le une seule fois');
    seen.add(name);
    const parsed = PARAM_SCHEMAS[name as ProxyParamName].safeParse(value.trim());
    if (!parsed.success) return fail(name, parsed.error.issues[0]?.message ?? 'valeur invalide');
    values[name as ProxyParamName] = String(parsed.data);
  }

  if (values.search_after !== undefined && values._getpagesoffset !== undefined) {
    return fail('search_after', 'search_after et _getpagesoffset ne peuvent pas être combinés');
  }
  const count = values._count === undefined ? DEFAULT_COUNT : Number(values._count);
  const offset = values._getpagesoffset === undefined ? 0 : Number(values._getpagesoffset);
  if (offset + count > MAX_RESULT_WINDOW) {
    return fail('_getpagesoffset', `_getpagesoffset + _count ne peut pas dépasser ${MAX_RESULT_WINDOW} (utilisez search_after)`);
  }
  if (values._getpagesoffset === '0') delete values._getpagesoffset;
  const params = { ...values, _count: String(count) };
  const upstream: Partial<Record<ProxyParamName, string>> = { ...params };
  for (const name of FULL_TEXT_PARAMS) {
    const text = upstream[name];
    if (text !== undefined) upstream[name] = escapeQueryText(text);
  }
  return { ok: true, value: { params, query: buildCanonicalQuery(params), upstreamQuery: buildCanonicalQuery(upstream) } };
}

/** Ids of the read route: the same alphabet as ECLAIRE's ids, nothing that could change the upstream path. */
export function isValidStudyId(id: string): boolean {
  return ID_PATTERN.test(id);
}
