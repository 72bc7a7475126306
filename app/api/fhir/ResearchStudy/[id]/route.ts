import { requestInfo, toResponse } from '@/lib/proxy/fhir-proxy';
import { getFhirProxy } from '@/lib/proxy/instance';

/** `GET /api/fhir/ResearchStudy/{id}`: one study from ECLAIRE through the shared cache, else the mirror. */

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const answer = await getFhirProxy().read(id, requestInfo(request));
  return toResponse(answer, request.method);
}
