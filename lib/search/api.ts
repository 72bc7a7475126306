import type Database from 'better-sqlite3';
import {
  API_CACHE_CONTROL,
  NO_STORE,
  NOT_FOUND_CACHE_CONTROL,
  NOT_READY_RETRY_AFTER_SECONDS,
} from '@/lib/search/cache-control';
import { parseSearchParams } from '@/lib/search/params';
import { SearchInputError, type PlaceResolver } from '@/lib/search/place';
import { isReady, runSearch, type GetSource } from '@/lib/search/run-search';
import { searchSites } from '@/lib/search/search';
import { prepareCached } from '@/lib/search/statements';
import type { Study } from '@/lib/study/types';

/**
 * The JSON API of the search (`/api/studies`, `/api/studies/{id}`, `/api/sites`) as plain functions of a
 * Request, so they are tested without Next; the route files only pass the active store. Errors a person
 * causes answer 4xx in French; an internal fault is logged and answered with a French 500, never a stack.
 */

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
    const run = runSearch(getSource, new URL(req.url).searchParams, opts);
    if (run.status === 'invalid') return json({ error: run.message, param: run.param }, 400, NO_STORE);
    if (run.status === 'not-ready') return notReady();
    return json(run.response, 200, API_CACHE_CONTROL);
  });
}

/** Reads one study from the mirror; ids are matched exactly, then regardless of case (« 2021-a01022-39 »). */
export function getStudyById(db: Database.Database, id: string): Study | undefined {
  const row = (prepareCached(db, 'SELECT study_json FROM studies WHERE id = ?').get(id) ??
    prepareCached(db, 'SELECT study_json FROM studies WHERE id = ? COLLATE NOCASE LIMIT 1').get(id)) as
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
