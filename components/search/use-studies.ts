import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { routes } from '@/lib/routes';
import type { StudiesResponse } from '@/lib/search/run-search';

/**
 * The results of a search, from `GET /api/studies` (same parameters as `/recherche`). One file per query
 * (STYLE.md rule 6): fetcher, `studiesQueryOptions`, `useStudies`. `params` is the canonical query string
 * (`serializeSearchQuery(query).toString()`), so the server's first page and the browser agree on the key.
 */

/** A failed search, with the French message the API gave (4xx) or a general one. */
export class StudiesRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'StudiesRequestError';
  }
}

export async function fetchStudies(params: string, signal?: AbortSignal): Promise<StudiesResponse> {
  let response: Response;
  try {
    response = await fetch(routes.api.studies(params), { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new StudiesRequestError('La connexion a échoué. Vérifiez votre accès à Internet, puis réessayez.', 0);
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: string };
    throw new StudiesRequestError(body.error ?? 'La recherche n’a pas abouti. Réessayez dans un instant.', response.status);
  }
  return (await response.json()) as StudiesResponse;
}

export function studiesQueryOptions(params: string) {
  return queryOptions({
    queryKey: ['studies', params] as const,
    queryFn: ({ signal }) => fetchStudies(params, signal),
    // A person's mistake (4xx) does not get better by asking again.
    retry: (count, error) => !(error instanceof StudiesRequestError && error.status >= 400 && error.status < 500) && count < 1,
  });
}

/**
 * Results for `params`. `initial` is the first page rendered by the server, used only for its own key; while
 * another page loads, the previous results stay on screen (no layout shift).
 */
export function useStudies(params: string, initial?: { params: string; data: StudiesResponse }) {
  return useQuery({
    ...studiesQueryOptions(params),
    initialData: initial && initial.params === params ? initial.data : undefined,
    placeholderData: keepPreviousData,
  });
}
