import { getEnv } from '@/lib/env';
import { getActiveStore, getUpstreamStatus } from '@/lib/sync/data-source';
import { getHealthReport } from '@/lib/sync/health';
import { getProxyStats } from '@/lib/proxy/instance';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const NO_STORE = { 'Cache-Control': 'no-store' };

export function GET(request: Request): Response {
  const env = getEnv();
  const { report, ready } = getHealthReport({
    active: getActiveStore(),
    upstream: getUpstreamStatus(env.PHARE_DATA_DIR),
    intervalMinutes: env.PHARE_SYNC_INTERVAL_MINUTES,
  });
  const waitingForReady = new URL(request.url).searchParams.get('pret') === '1';
  if (waitingForReady && !ready) {
    return Response.json({ status: 'starting' }, { status: 503, headers: NO_STORE });
  }
  return Response.json({ ...report, cache: getProxyStats() }, { status: 200, headers: NO_STORE });
}
