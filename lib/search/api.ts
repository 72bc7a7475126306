import { z } from 'zod';
import { API_CACHE_CONTROL, NO_STORE, NOT_FOUND_CACHE_CONTROL, NOT_READY_RETRY_AFTER_SECONDS } from '@/lib/cache-control';
import { isValidStudyId } from '@/lib/study/identifiers';
import { placeSites, toSitesFeatureCollection } from '@/lib/study/sites';
import type { Study } from '@/lib/study/types';
import { MAX_DISEASE_QUERY_LENGTH, suggestDiseases } from './disease-suggestions';
import type { PlaceResolver } from './place';
import { isReady, runSearch, runSitesSearch, type GetSource, type Run } from './run-search';

/**
 * The JSON API of the search (`/api/studies`, `/api/studies/{id}`, `/api/studies/{id}/sites`, `/api/sites`) as plain functions of a
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

function json(body: unknown, status: number, cacheControl: string, extra: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': cacheControl, ...extra } });
}

function notReady(): Response {
  return json({ error: MESSAGES.notReady }, 503, NO_STORE, { 'Retry-After': String(NOT_READY_RETRY_AFTER_SECONDS) });
}

/** Runs a handler body; an unexpected fault is logged and answered with a French 500. */
function guard(label: string, body: () => Response): Response {
  try {
    return body();
  } catch (error) {
    console.error(`[api] ${label}`, error);
    return json({ error: MESSAGES.internal }, 500, NO_STORE);
  }
}

function answer<T>(run: Run<T>): Response {
  if (run.status === 'invalid') {
    const suggestions = run.suggestions?.length ? { suggestions: run.suggestions } : {};
    return json({ error: run.message, param: run.param, ...suggestions }, 400, NO_STORE);
  }
  if (run.status === 'not-ready') return notReady();
  return json(run.response, 200, API_CACHE_CONTROL);
}

/**
 * GET /api/studies?… → { total, page, perPage, results, facets, dataAsOf, demo, place?, understood? }. An unknown
 * `lieu` answers 400 { error, param: 'lieu', suggestions: [{ code, label }] }.
 */
export function handleStudiesRequest(req: Request, getSource: GetSource, opts: ApiOptions = {}): Response {
  return guard('studies', () => answer(runSearch(getSource, new URL(req.url).searchParams, opts)));
}

/** GET /api/sites?… → GeoJSON FeatureCollection of the sites of the matching studies (cached like the search). */
export function handleSitesRequest(req: Request, getSource: GetSource, opts: ApiOptions = {}): Response {
  return guard('sites', () => answer(runSitesSearch(getSource, new URL(req.url).searchParams, opts)));
}

/**
 * Finds the study a route names, the way the study page does (store.getStudy), and answers with `found(study)`;
 * a malformed id answers 400, an unknown one 404, both in French.
 */
function withStudy(label: string, rawId: string, getSource: GetSource, found: (study: Study) => unknown): Response {
  return guard(label, () => {
    let id: string;
    try {
      id = decodeURIComponent(rawId).trim();
    } catch {
      id = rawId;
    }
    if (!isValidStudyId(id)) return json({ error: MESSAGES.badId, param: 'id' }, 400, NO_STORE);
    const source = getSource();
    if (!isReady(source)) return notReady();
    const study = source.store.getStudy(id);
    if (!study) return json({ error: MESSAGES.unknownId(id) }, 404, NOT_FOUND_CACHE_CONTROL);
    return json(found(study), 200, API_CACHE_CONTROL);
  });
}

/** GET /api/studies/{id} → Study, or 404 JSON. The id is matched as the study page matches it (store.getStudy). */
export function handleStudyRequest(rawId: string, getSource: GetSource): Response {
  return withStudy('study', rawId, getSource, (study) => study);
}

/**
 * GET /api/studies/{id}/sites → the study's sites as a GeoJSON FeatureCollection, placed as its page places them:
 * what the map of a study page fetches, so that the page itself carries no copy of its sites for the map.
 */
export function handleStudySitesRequest(rawId: string, getSource: GetSource): Response {
  return withStudy('study-sites', rawId, getSource, (study) => toSitesFeatureCollection(study, placeSites(study)));
}

const diseaseQuery = z.object({
  q: z
    .string({ error: 'Le paramètre « q » est requis.' })
    .trim()
    .min(1, { error: 'Le paramètre « q » est requis.' })
    .max(MAX_DISEASE_QUERY_LENGTH, {
      error: `Le paramètre « q » ne doit pas dépasser ${MAX_DISEASE_QUERY_LENGTH} caractères.`,
    }),
});

/**
 * GET /api/maladies/suggestions?q=asth → { results: [{ label, studies?, open? }] }: phrases of the synonym table and
 * conditions of the mirror (lib/search/disease-suggestions.ts). While the mirror is loading, the synonym table only,
 * not cached.
 */
export function handleDiseaseSuggestionsRequest(req: Request, getSource: GetSource): Response {
  return guard('maladies', () => {
    const parsed = diseaseQuery.safeParse({ q: new URL(req.url).searchParams.get('q') ?? undefined });
    if (!parsed.success) {
      return json({ error: parsed.error.issues[0]?.message ?? 'Le paramètre « q » est requis.', param: 'q' }, 400, NO_STORE);
    }
    const source = getSource();
    const ready = isReady(source);
    const results = suggestDiseases(ready ? source.store : undefined, parsed.data.q);
    return json({ results }, 200, ready ? API_CACHE_CONTROL : NO_STORE);
  });
}
