import * as z from 'zod/mini';
import { looksLikeIdentifier } from '@/lib/study/identifiers';
import type { CategoryFilter, PhaseBucket, Sex } from '@/lib/study/types';
import {
  DEFAULT_PER_PAGE, DEFAULT_RADIUS_KM, MAX_AGE, MAX_PAGE, MAX_PER_PAGE, MAX_RADIUS_KM, MAX_TEXT_LENGTH, MIN_RADIUS_KM,
} from './limits';

// This module also runs in the browser (the results page reads its URL), so it uses zod's tree-shakable build
// (zod/mini: about a third of the code). Under a CSP without 'unsafe-eval', zod's compiled fast path probes
// `new Function`, which the CSP reports as a violation. Set before the schemas below are built.
z.config({ jitless: true });

/**
 * The public search parameters (DESIGN.md, a contract): parsed once here for both `/recherche` and
 * `/api/studies`. Unknown parameters are ignored; invalid values are refused with a French message that
 * names the parameter; absurd sizes are clamped (`rayon`, `parPage`) or refused (`maladie`, `page`).
 */

export const CATEGORY_VALUES = ['jarde-1', 'jarde-2', 'jarde-3', 'medicament', 'dispositif', 'diagnostic'] as const;
export const RECRUITMENT_VALUES = ['ouvert', 'a-venir', 'suspendu', 'termine', 'tous'] as const;
export const PHASE_VALUES = ['1', '2', '3', '4', 'na'] as const;
export const SORT_VALUES = ['pertinence', 'distance', 'recent'] as const;
/** `texte=exact`: the text is searched as typed, nothing in it is read as a place or a person (lib/search/understand.ts). */
export const TEXT_MODE_VALUES = ['exact'] as const;

export type RecruitmentFilter = (typeof RECRUITMENT_VALUES)[number];
export type SortOrder = (typeof SORT_VALUES)[number];

/** INSEE region codes (2016 regions, overseas included). */
export const REGION_CODES: readonly string[] = [
  '01', '02', '03', '04', '06', '11', '24', '27', '28', '32', '44', '52', '53', '75', '76', '84', '93', '94',
];

const DEPARTMENT_CODES = new Set<string>([
  ...Array.from({ length: 95 }, (_, i) => String(i + 1).padStart(2, '0')).filter((c) => c !== '20'),
  '2A', '2B', '971', '972', '973', '974', '976',
]);

export { DEFAULT_PER_PAGE, DEFAULT_RADIUS_KM, MAX_AGE, MAX_PAGE, MAX_PER_PAGE, MAX_RADIUS_KM, MAX_TEXT_LENGTH, MIN_RADIUS_KM };

export interface SearchQuery {
  maladie?: string;
  /** `exact`: `maladie` is searched as typed (no place, age, sex or healthy volunteers read from it). */
  texte?: (typeof TEXT_MODE_VALUES)[number];
  region?: string;
  departement?: string;
  /** INSEE commune code or postcode. */
  lieu?: string;
  lat?: number;
  lon?: number;
  /** km; meaningful with `lieu` or `lat`/`lon`. */
  rayon: number;
  categorie: CategoryFilter[];
  recrutement: RecruitmentFilter;
  age?: number;
  /**
   * An age bracket read from the text (« enfant » → 0–17; `max` null: no upper bound). Not a URL parameter: it is
   * set by lib/search/understand.ts from `maladie`, whose words keep it in the URL. The public `age` wins.
   */
  ageRange?: { min: number; max: number | null };
  sexe?: Sex;
  volontaire?: 'sain';
  phase: PhaseBucket[];
  /** Undefined = the default for the query (see `resolveSort`). */
  tri?: SortOrder;
  page: number;
  parPage: number;
}

export interface SearchParamError {
  param: string;
  message: string;
}

export type ParseResult = { ok: true; query: SearchQuery } | { ok: false; error: SearchParamError };

/**
 * Default recruitment filter: `ouvert`, except when the text is an identifier (someone who types a study
 * number wants that study whatever its status).
 */
export function defaultRecruitment(maladie: string | undefined): RecruitmentFilter {
  return looksLikeIdentifier(maladie) ? 'tous' : 'ouvert';
}

/** The sort a query gets when `tri` is absent or cannot apply. */
export function resolveSort(query: SearchQuery): SortOrder {
  const hasText = !!query.maladie && query.maladie.trim().length > 0;
  const hasPoint = hasPlacePoint(query);
  if (query.tri === 'pertinence' && hasText) return 'pertinence';
  if (query.tri === 'distance' && hasPoint) return 'distance';
  if (query.tri === 'recent') return 'recent';
  if (hasText) return 'pertinence';
  if (hasPoint) return 'distance';
  return 'recent';
}

/** A radius search: a commune/postcode or a point. */
export function hasPlacePoint(query: Pick<SearchQuery, 'lieu' | 'lat' | 'lon'>): boolean {
  return query.lieu !== undefined || (query.lat !== undefined && query.lon !== undefined);
}

const msg = {
  maladie: `Le paramètre « maladie » doit être un texte de ${MAX_TEXT_LENGTH} caractères au plus.`,
  texte: 'Le paramètre « texte » accepte : exact.',
  region: 'Le paramètre « region » doit être un code de région INSEE, par exemple 11 pour l’Île-de-France.',
  departement: 'Le paramètre « departement » doit être un code de département, par exemple 75, 2A ou 974.',
  lieu: 'Le paramètre « lieu » doit être un code INSEE de commune ou un code postal à 5 caractères, par exemple 75056 ou 69003.',
  lat: 'Le paramètre « lat » doit être une latitude en degrés décimaux, entre -90 et 90.',
  lon: 'Le paramètre « lon » doit être une longitude en degrés décimaux, entre -180 et 180.',
  latLon: 'Les paramètres « lat » et « lon » vont ensemble : donnez les deux.',
  rayon: 'Le paramètre « rayon » doit être une distance en kilomètres, par exemple 30.',
  categorie: `Le paramètre « categorie » accepte : ${CATEGORY_VALUES.join(', ')}.`,
  recrutement: `Le paramètre « recrutement » accepte : ${RECRUITMENT_VALUES.join(', ')}.`,
  age: `Le paramètre « age » doit être un âge en années, entre 0 et ${MAX_AGE}.`,
  sexe: 'Le paramètre « sexe » accepte : femme, homme.',
  volontaire: 'Le paramètre « volontaire » accepte : sain.',
  phase: `Le paramètre « phase » accepte : ${PHASE_VALUES.join(', ')}.`,
  tri: `Le paramètre « tri » accepte : ${SORT_VALUES.join(', ')}.`,
  page: `Le paramètre « page » doit être un nombre entier entre 1 et ${MAX_PAGE}.`,
  parPage: `Le paramètre « parPage » doit être un nombre entier entre 1 et ${MAX_PER_PAGE}.`,
} as const;

const DECIMAL_RE = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/;
const INTEGER_RE = /^\+?\d{1,6}$/;

const decimal = (message: string) =>
  z.pipe(
    z.string({ error: message }).check(z.trim(), z.regex(DECIMAL_RE, { error: message })),
    z.transform((s: string) => Number(s.replace(',', '.'))),
  );

const integer = (message: string) =>
  z.pipe(z.string({ error: message }).check(z.trim(), z.regex(INTEGER_RE, { error: message })), z.transform(Number));

/** A code, trimmed and written as INSEE does (`toCode`), then checked (`known`). */
const code = (message: string, known: (v: string) => boolean, toCode: (v: string) => string = (v) => v) =>
  z.optional(z.string().check(z.trim(), z.overwrite(toCode), z.refine(known, { error: message })));

/** One field per public name; each carries its own French message. */
const schema = z.object({
  maladie: z.optional(
    z.pipe(
      z.string().check(z.maxLength(MAX_TEXT_LENGTH, { error: msg.maladie })),
      z.transform((s: string) => s.replace(/\s+/g, ' ').trim()),
    ),
  ),
  texte: z.optional(z.enum(TEXT_MODE_VALUES, { error: msg.texte })),
  region: code(msg.region, (v) => REGION_CODES.includes(v)),
  departement: code(msg.departement, (v) => DEPARTMENT_CODES.has(v), (v) => (/^\d$/.test(v) ? `0${v}` : v.toUpperCase())),
  lieu: code(msg.lieu, (v) => /^(?:\d{5}|2[AB]\d{3})$/.test(v), (v) => v.toUpperCase()),
  lat: z.optional(decimal(msg.lat).check(z.refine((v: number) => v >= -90 && v <= 90, { error: msg.lat }))),
  lon: z.optional(decimal(msg.lon).check(z.refine((v: number) => v >= -180 && v <= 180, { error: msg.lon }))),
  rayon: z.optional(
    z.pipe(
      decimal(msg.rayon).check(z.refine((v: number) => Number.isFinite(v) && v > 0, { error: msg.rayon })),
      z.transform((v: number) => Math.min(MAX_RADIUS_KM, Math.max(MIN_RADIUS_KM, v))),
    ),
  ),
  categorie: z._default(z.array(z.enum(CATEGORY_VALUES, { error: msg.categorie })), []),
  recrutement: z.optional(z.enum(RECRUITMENT_VALUES, { error: msg.recrutement })),
  age: z.optional(integer(msg.age).check(z.refine((v: number) => v <= MAX_AGE, { error: msg.age }))),
  sexe: z.optional(z.enum(['femme', 'homme'], { error: msg.sexe })),
  volontaire: z.optional(z.enum(['sain'], { error: msg.volontaire })),
  phase: z._default(z.array(z.enum(PHASE_VALUES, { error: msg.phase })), []),
  tri: z.optional(z.enum(SORT_VALUES, { error: msg.tri })),
  page: z.optional(integer(msg.page).check(z.refine((v: number) => v >= 1 && v <= MAX_PAGE, { error: msg.page }))),
  parPage: z.optional(
    z.pipe(
      integer(msg.parPage).check(z.refine((v: number) => v >= 1, { error: msg.parPage })),
      z.transform((v: number) => Math.min(MAX_PER_PAGE, v)),
    ),
  ),
});

const REPEATABLE = new Set(['categorie', 'phase']);
const SINGLE = [
  'maladie', 'texte', 'region', 'departement', 'lieu', 'lat', 'lon', 'rayon', 'recrutement', 'age', 'sexe', 'volontaire',
  'tri', 'page', 'parPage',
] as const;

/**
 * Reads the public names from a URLSearchParams or a Next.js `searchParams` record. Empty values count as
 * absent (a form submits `region=` when nothing is chosen); for single-valued names the first value wins.
 */
function collect(input: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, unknown> {
  const getAll = (name: string): string[] => {
    if (input instanceof URLSearchParams) return input.getAll(name);
    const v = input[name];
    return v === undefined ? [] : Array.isArray(v) ? v : [v];
  };
  const out: Record<string, unknown> = {};
  for (const name of REPEATABLE) {
    // « categorie=jarde-1,jarde-2 » is accepted too: links written by hand often look like that.
    const values = getAll(name)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter((v) => v.length > 0);
    out[name] = [...new Set(values)];
  }
  for (const name of SINGLE) {
    const first = getAll(name).find((v) => v.trim().length > 0);
    if (first !== undefined) out[name] = first;
  }
  return out;
}

export function parseSearchParams(
  input: URLSearchParams | Record<string, string | string[] | undefined>,
): ParseResult {
  const parsed = schema.safeParse(collect(input));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const param = String(issue.path[0] ?? 'parametres');
    const known = (msg as Record<string, string>)[param];
    return { ok: false, error: { param, message: known ?? issue.message } };
  }
  const d = parsed.data;
  if ((d.lat === undefined) !== (d.lon === undefined)) {
    return { ok: false, error: { param: d.lat === undefined ? 'lat' : 'lon', message: msg.latLon } };
  }
  const maladie = d.maladie && d.maladie.length > 0 ? d.maladie : undefined;
  const query: SearchQuery = {
    maladie,
    texte: d.texte,
    region: d.region,
    departement: d.departement,
    lieu: d.lieu,
    // A commune wins over a point when both are given: it is what the visitor typed.
    lat: d.lieu ? undefined : d.lat,
    lon: d.lieu ? undefined : d.lon,
    rayon: d.rayon ?? DEFAULT_RADIUS_KM,
    categorie: sortBy(d.categorie, CATEGORY_VALUES),
    recrutement: d.recrutement ?? defaultRecruitment(maladie),
    age: d.age,
    sexe: d.sexe,
    volontaire: d.volontaire,
    phase: sortBy(d.phase, PHASE_VALUES),
    tri: d.tri,
    page: d.page ?? 1,
    parPage: d.parPage ?? DEFAULT_PER_PAGE,
  };
  return { ok: true, query };
}

function sortBy<T extends string>(values: T[], order: readonly T[]): T[] {
  return [...new Set(values)].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

/** A query with every default: what an empty URL means. */
export function getDefaultQuery(): SearchQuery {
  const r = parseSearchParams(new URLSearchParams());
  if (!r.ok) throw new Error('unreachable');
  return r.query;
}

/**
 * Canonical URL parameters of a query (fixed order, defaults omitted): for links, pagination and cache keys,
 * so that equal queries give equal strings. `ageRange` is not a parameter (it comes from `maladie`).
 */
export function serializeSearchQuery(query: SearchQuery): URLSearchParams {
  const p = new URLSearchParams();
  if (query.maladie) p.set('maladie', query.maladie);
  if (query.texte && query.maladie) p.set('texte', query.texte);
  if (query.region) p.set('region', query.region);
  if (query.departement) p.set('departement', query.departement);
  if (query.lieu) p.set('lieu', query.lieu);
  else if (query.lat !== undefined && query.lon !== undefined) {
    // 4 decimals ≈ 10 m: enough for a radius in km, and keeps cache keys from exploding on GPS noise.
    p.set('lat', String(Math.round(query.lat * 1e4) / 1e4));
    p.set('lon', String(Math.round(query.lon * 1e4) / 1e4));
  }
  // With a text too: a commune read from it (« asthme lyon ») is searched within this radius.
  if ((hasPlacePoint(query) || query.maladie) && query.rayon !== DEFAULT_RADIUS_KM) p.set('rayon', String(query.rayon));
  for (const c of sortBy(query.categorie, CATEGORY_VALUES)) p.append('categorie', c);
  if (query.recrutement !== defaultRecruitment(query.maladie)) p.set('recrutement', query.recrutement);
  if (query.age !== undefined) p.set('age', String(query.age));
  if (query.sexe) p.set('sexe', query.sexe);
  if (query.volontaire) p.set('volontaire', query.volontaire);
  for (const ph of sortBy(query.phase, PHASE_VALUES)) p.append('phase', ph);
  if (query.tri) p.set('tri', query.tri);
  if (query.page !== 1) p.set('page', String(query.page));
  if (query.parPage !== DEFAULT_PER_PAGE) p.set('parPage', String(query.parPage));
  return p;
}
