import { buildOperationOutcome } from '@/lib/proxy/operation-outcome';

/** Every other `/api/fhir/*` path: a FHIR 404 in French (Phare serves only ResearchStudy search and read). */

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

function notFound(request: Request): Response {
  const path = new URL(request.url).pathname.slice(0, 100);
  const outcome = buildOperationOutcome(
    `Ressource FHIR non servie par Phare : ${path}. Seules la recherche ResearchStudy?… et la lecture ResearchStudy/{id} sont disponibles.`,
    'not-found',
  );
  return new Response(request.method === 'HEAD' ? null : JSON.stringify(outcome), {
    status: 404,
    headers: { 'content-type': 'application/fhir+json; charset=utf-8', 'cache-control': 'public, s-maxage=3600' },
  });
}

export const GET = notFound;
export const HEAD = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
