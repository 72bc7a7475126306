import { handleStudySitesRequest } from '@/lib/search/api';
import { getActiveStore } from '@/lib/store/active';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/studies/{id}/sites → the study's sites (GeoJSON), for the map of its page; 404 JSON when unknown. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return handleStudySitesRequest(id, getActiveStore);
}
