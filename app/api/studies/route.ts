import { handleStudiesRequest } from '@/lib/search/api';
import { getActiveStore } from '@/lib/store/active';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/studies?maladie=…&region=…&page=… (DESIGN.md search parameters). */
export async function GET(req: Request): Promise<Response> {
  return handleStudiesRequest(req, getActiveStore);
}
