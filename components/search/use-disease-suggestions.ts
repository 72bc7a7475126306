import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { DiseaseSuggestion } from '@/lib/search/disease-suggestions';
import { routes } from '@/lib/routes';

/** Suggestions for the disease box, from `GET /api/maladies/suggestions?q=`. One file per query (STYLE.md rule 6). */

export const MIN_DISEASE_SUGGEST_LENGTH = 2;

export async function fetchDiseaseSuggestions(q: string, signal?: AbortSignal): Promise<DiseaseSuggestion[]> {
  const response = await fetch(routes.api.diseaseSuggest(q), { signal, headers: { accept: 'application/json' } });
  if (!response.ok) return [];
  const body = (await response.json()) as { results?: DiseaseSuggestion[] };
  return body.results ?? [];
}

export function diseaseSuggestionsQueryOptions(q: string) {
  return queryOptions({
    queryKey: ['disease-suggestions', q] as const,
    queryFn: ({ signal }) => fetchDiseaseSuggestions(q, signal),
    staleTime: 10 * 60_000,
  });
}

export function useDiseaseSuggestions(q: string) {
  const text = q.trim();
  return useQuery({
    ...diseaseSuggestionsQueryOptions(text),
    enabled: text.length >= MIN_DISEASE_SUGGEST_LENGTH,
    placeholderData: keepPreviousData,
  });
}
