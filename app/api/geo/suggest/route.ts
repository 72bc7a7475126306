import { z } from 'zod';
import { suggestPlaces } from '@/lib/geo/suggest';

export const runtime = 'nodejs';

/** The gazetteer changes only with a new build: suggestions can be cached by the CDN for a day. */
const CACHE_CONTROL = 'public, s-maxage=86400';
const MAX_QUERY_LENGTH = 100;

const querySchema = z.object({
  q: z
    .string({ error: 'Le paramètre « q » est requis.' })
    .trim()
    .min(1, { error: 'Le paramètre « q » est requis.' })
    .max(MAX_QUERY_LENGTH, { error: `Le paramètre « q » ne doit pas dépasser ${MAX_QUERY_LENGTH} caractères.` }),
});

function json(body: unknown, status: number, cacheControl: string): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': cacheControl } });
}

/** GET /api/geo/suggest?q=nan → { results: PlaceSuggestion[] } */
export async function GET(req: Request): Promise<Response> {
  const q = new URL(req.url).searchParams.get('q') ?? undefined;
  const parsed = querySchema.safeParse({ q });
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? 'Le paramètre « q » est requis.';
    return json({ error: message }, 400, 'no-store');
  }
  try {
    return json({ results: suggestPlaces(parsed.data.q) }, 200, CACHE_CONTROL);
  } catch {
    // Suggestions are a convenience: without the gazetteer the box simply suggests nothing (never a 5xx).
    return json({ results: [] }, 200, 'no-store');
  }
}
