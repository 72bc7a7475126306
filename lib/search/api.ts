import type Database from 'better-sqlite3';
import {
  API_CACHE_CONTROL,
  NO_STORE,
  NOT_FOUND_CACHE_CONTROL,
  NOT_READY_RETRY_AFTER_SECONDS,
} from '@/lib/search/cache-control';
import { parseSearchParams } from '@/lib/search/params';
import { SearchInputError, type PlaceResolver } from '@/lib/search/place';
import { searchSites, searchStudies } from '@/lib/search/search';
import type { Study } from '@/lib/study/types';

/**
 * The JSON API of the search (`/api/studies`, `/api/studies/{id}`, `/api/sites`) as plain functions of a
 * Request, so they are tested without Next; the route files only pass the active store. Errors a person
 * causes answer 4xx in French; an internal fault is logged and answered with a French 500, never a stack.
 */

/** What the handlers need of the active store (lib/sync/data-source.ts `getActiveStore()`). */
export interface SearchSource {
  store: { db: Database.Database; hasStudies?(): boolean };
  demo: boolean;
}

/** Called inside the handler, so a failure to open the store is caught like any other fault. */
export type GetSource = () => SearchSource | undefined;

export interface ApiOptions {
  resolvePlace?: PlaceResolver;
  now?: Date;
}

export const MESSAGES = {
  notReady: 'Les données sont en cours de chargement. Réessayez dans une minute.',
  internal: 'Une erreur interne est survenue. Réessayez dans quelques instants.',
  badId: 'L’identifiant d’une étude ne contient que des lettres, des chiffres et des tirets (64 caractères au plus).',
  unknownId: (id: string) => `Aucune étude ne porte l’identifiant « ${id} ».`,
} as const;

const STUDY_ID_RE = /^[A-Za-z0-9-]{1,64}$/;

function json(body: unknown, status: number, cacheControl: string, extra: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': cacheControl, ...extra } });
}

function notReady(): Response {
  return json({ error: MESSAGES.notReady }, 503, NO_STORE, { 'Retry-After': String(NOT_READY_RETRY_AFTER_SECONDS) });
}

function isReady(source: SearchSource | undefined): source is SearchSource {
  if (!source) return false;
  try {
    return source.store.hasStudies ? source.store.hasStudies() : true;
  } catch {
    return false;
  }
}

/** Runs a handler body; a SearchInputError becomes a 400, anything else a logged French 500. */
function guard(label: string, body: () => Response): Response {
  try {
    return body();
  } catch (error) {
    if (error instanceof SearchInputError) {
      return json({ error: error.message, param: error.param }, 400, NO_STORE);
    }
    console.error(`[api] ${label}`, error);
    return json({ error: MESSAGES.internal }, 500, NO_STORE);
  }
}

/** GET /api/studies?… → { total, page, perPage, results, facets, dataAsOf, demo, place? } */
export function handleStudiesRequest(
  req: Request,
  getSource: GetSource,
  opts: ApiOptions = {},
): Response {
  return guard('studies', () => {
    const parsed = parseSearchParams(new URL(req.url).searchParams);
    if (!parsed.ok) return json({ error: parsed.error.message, param: parsed.error.param }, 400, NO_STORE);
    const source = getSource();
    if (!isReady(source)) return notReady();
    const r = searchStudies(source.store.db, parsed.query, opts);
    return json(
      {
        total: r.total,
        page: r.page,
        perPage: r.perPage,
        results: r.results,
        facets: r.facets,
        dataAsOf: r.dataAsOf ?? null,
        demo: source.demo,
        ...(r.place ? { place: r.place } : {}),
      },
      200,
      API_CACHE_CONTROL,
    );
  });
}

/** Reads one study from the mirror; ids are matched exactly, then regardless of case (« 2021-a01022-39 »). */
export function getStudyById(db: Database.Database, id: string): Study | undefined {
  const row = (db.prepare('SELECT study_json FROM studies WHERE id = ?').get(id) ??
    db.prepare('SELECT study_json FROM studies WHERE id = ? COLLATE NOCASE LIMIT 1').get(id)) as
    | { study_json: string }
    | undefined;
  return row ? (JSON.parse(row.study_json) as Study) : undefined;
}

/** GET /api/studies/{id} → Study, or 404 JSON. */
export function handleStudyRequest(rawId: string, getSource: GetSource): Response {
  return guard('study', () => {
    let id: string;
    try {
      id = decodeURIComponent(rawId).trim();
    } catch {
      id = rawId;
    }
    if (!STUDY_ID_RE.test(id)) return json({ error: MESSAGES.badId, param: 'id' }, 400, NO_STORE);
    const source = getSource();
    if (!isReady(source)) return notReady();
    const study = getStudyById(source.store.db, id);
    if (!study) return json({ error: MESSAGES.unknownId(id) }, 404, NOT_FOUND_CACHE_CONTROL);
    return json(study, 200, API_CACHE_CONTROL);
  });
}

/** GET /api/sites?… → GeoJSON FeatureCollection of the sites of the matching studies. */
export function handleSitesRequest(req: Request, getSource: GetSource, opts: ApiOptions = {}): Response {
  return guard('sites', () => {
    const parsed = parseSearchParams(new URL(req.url).searchParams);
    if (!parsed.ok) return json({ error: parsed.error.message, param: parsed.error.param }, 400, NO_STORE);
    const source = getSource();
    if (!isReady(source)) return notReady();
    return json(searchSites(source.store.db, parsed.query, opts), 200, API_CACHE_CONTROL);
  });
}
