import { handleDiseaseSuggestionsRequest } from '@/lib/search/api';
import { getActiveStore } from '@/lib/store/active';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/maladies/suggestions?q=asth → suggestions for the disease box (rate-limited with every /api route). */
export async function GET(req: Request): Promise<Response> {
  return handleDiseaseSuggestionsRequest(req, getActiveStore);
}
