import { requestInfo, toResponse } from '@/lib/proxy/fhir-proxy';
import { getFhirProxy } from '@/lib/proxy/instance';

/** `GET /api/fhir/ResearchStudy?…`: ECLAIRE's FHIR search through the shared cache (lib/proxy). */

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  const answer = await getFhirProxy().search(new URL(request.url).search, requestInfo(request));
  return toResponse(answer, request.method);
}
