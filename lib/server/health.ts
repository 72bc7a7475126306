import { NO_STORE } from '@/lib/cache-control';
import { getProxyStats } from '@/lib/proxy/instance';
import { getHealthReport } from '@/lib/sync/health';

/**
 * `GET /api/health` (DESIGN.md): the data's health and the proxy's cache figures. Answered by the front door
 * before Next.js in production (it is polled often and must stay cheap), and by the route handler otherwise.
 * `?pret=1` answers 503 until the served file holds a completed sync.
 */
export async function healthAnswer(url: URL): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  const headers = { 'content-type': 'application/json; charset=utf-8', 'cache-control': NO_STORE };
  const { report, ready } = getHealthReport();
  if (url.searchParams.get('pret') === '1' && !ready) {
    return { status: 503, headers, body: JSON.stringify({ status: 'starting' }) };
  }
  const cache = await getProxyStats().catch(() => undefined);
  return { status: 200, headers, body: JSON.stringify({ ...report, ...(cache ? { cache } : {}) }) };
}
