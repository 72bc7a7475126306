import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { PlaceSuggestion } from '@/lib/geo/suggest';
import { routes } from '@/lib/routes';

/** Commune suggestions for the « Où ? » box, from `GET /api/geo/suggest?q=`. One file per query (STYLE.md rule 6). */

export const MIN_SUGGEST_LENGTH = 2;

export async function fetchPlaceSuggestions(q: string, signal?: AbortSignal): Promise<PlaceSuggestion[]> {
  const response = await fetch(routes.api.geoSuggest(q), { signal, headers: { accept: 'application/json' } });
  if (!response.ok) return [];
  const body = (await response.json()) as { results?: PlaceSuggestion[] };
  return body.results ?? [];
}

export function placeSuggestionsQueryOptions(q: string) {
  return queryOptions({
    queryKey: ['place-suggestions', q] as const,
    queryFn: ({ signal }) => fetchPlaceSuggestions(q, signal),
    staleTime: 60 * 60_000,
  });
}

export function usePlaceSuggestions(q: string) {
  const text = q.trim();
  return useQuery({
    ...placeSuggestionsQueryOptions(text),
    enabled: text.length >= MIN_SUGGEST_LENGTH,
    placeholderData: keepPreviousData,
  });
}
