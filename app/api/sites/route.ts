import { handleSitesRequest } from '@/lib/search/api';
import { getActiveStore } from '@/lib/store/active';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/sites?… → GeoJSON of the sites of the matching studies, for the map. */
export async function GET(req: Request): Promise<Response> {
  return handleSitesRequest(req, getActiveStore);
}
