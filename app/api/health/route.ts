import { NO_STORE } from '@/lib/cache-control';
import { getProxyStats } from '@/lib/proxy/instance';
import { getHealthReport } from '@/lib/sync/health';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const headers = { 'Cache-Control': NO_STORE };

export function GET(request: Request): Response {
  const { report, ready } = getHealthReport();
  if (new URL(request.url).searchParams.get('pret') === '1' && !ready) {
    return Response.json({ status: 'starting' }, { status: 503, headers });
  }
  return Response.json({ ...report, cache: getProxyStats() }, { status: 200, headers });
}
