import http from 'node:http';
import { getEnv } from '@/lib/env';
import { createRequestBudget } from '@/lib/security/rate-limit';
import { getActiveStore, listServedStudyIds } from '@/lib/store/active';
import { cacheRenderHeaders, createFrontDoor } from './front-door';
import { healthAnswer } from './health';
import { createPageCache } from './page-cache';
import { startInternalRenderer } from './render';

/**
 * One path per kind of route a visitor opens first: the home page, a search, a study (the first one held, or an
 * unknown one while the data loads), the search API and the place suggestions.
 */
function warmPaths(): string[] {
  const [id] = listServedStudyIds(0, 1);
  return ['/', '/recherche?maladie=cancer', `/essais/${encodeURIComponent(id ?? '0')}`, '/api/studies?maladie=cancer', '/api/geo/suggest?q=par'];
}

/**
 * A server worker of `npm start`: Next.js behind the front door (lib/server/front-door.ts). `handle` is
 * Next.js's request handler, prepared by scripts/server.ts (lib/ never imports Next).
 */
export async function startWorker(opts: {
  handle: (req: http.IncomingMessage, res: http.ServerResponse) => unknown;
  port: number;
  hostname?: string;
}): Promise<http.Server> {
  const env = getEnv();
  const secret = process.env.PHARE_FRONT_DOOR_SECRET;
  if (!secret) throw new Error('PHARE_FRONT_DOOR_SECRET manquant : un processus serveur est lancé par le processus principal.');
  const renderer = await startInternalRenderer(opts.handle);
  const cache = createPageCache();
  // As the front door renders pages for its cache (its user agent, its placeholder nonce), so that it is this path
  // that is ready.
  await renderer.warm(warmPaths(), cacheRenderHeaders(secret, cache.placeholder));
  const door = createFrontDoor({
    handle: opts.handle,
    render: renderer.render,
    cache,
    secret,
    trustedProxies: env.PHARE_TRUSTED_PROXIES,
    publicUrl: env.PHARE_PUBLIC_URL,
    budgets: {
      api: createRequestBudget({ name: 'api', points: env.PHARE_API_RATE_LIMIT }),
      pages: createRequestBudget({ name: 'pages', points: env.PHARE_PAGE_RATE_LIMIT }),
    },
    dataKey: () => {
      const active = getActiveStore();
      return active ? `${active.store.dataVersion()}|${active.demo}` : undefined;
    },
    health: healthAnswer,
  });
  const server = http.createServer(door);
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(opts.port, opts.hostname, resolve));
  return server;
}
