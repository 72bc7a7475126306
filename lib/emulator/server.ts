import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Organization } from 'fhir/r4';
import type { DemoRecord } from '@/lib/demo/types';
import { DEFAULT_ORGANIZATIONS } from './organizations';
import { createPrng } from '@/lib/demo/prng';
import { parseQueryParams } from './query-string';
import { buildOperationOutcome, searchResearchStudies, type EmulatorResponse } from './search';
import { EmulatorStore } from './store';

/**
 * A local ECLAIRE-compatible FHIR server (CONTRACT §1.2, §2) with injectable faults and admin routes under
 * `/__emulator/` so that tests in another process can drive it. Plain `node:http`, no framework.
 */

export interface EmulatorFaults {
  /** At most 1 call per this many ms per client IP (0 = off); excess → 429 with Retry-After. */
  rateLimitMs?: number;
  /** Probability (0–1) of a 503. */
  p503?: number;
  /** Probability (0–1) of a transient 400 OperationOutcome on search (ES overload turned into 400). */
  p400?: number;
  /** Added latency per call, ms. */
  delayMs?: number;
  /** Reset every connection. */
  down?: boolean;
}

export interface EmulatorOptions {
  /** 0 = random */
  port?: number;
  /** default 127.0.0.1 */
  host?: string;
  /** Written in `fullUrl` and links; default https://eclaire-api.sante.gouv.fr */
  publicUrl?: string;
  records: DemoRecord[];
  /** default: ansm, ctis, eudract */
  organizations?: Organization[];
  faults?: EmulatorFaults;
  /** Seed of the fault PRNG (default 1). */
  seed?: number;
}

export interface EmulatorStats {
  requests: number;
  byStatus: Record<string, number>;
  byPath: Record<string, number>;
}

export interface Emulator {
  /** http://127.0.0.1:PORT/R4 */
  baseUrl: string;
  port: number;
  close(): Promise<void>;
  stats(): EmulatorStats;
  resetStats(): void;
  /** Merges the given fields into the current faults. */
  setFaults(f: EmulatorFaults): void;
  upsert(record: DemoRecord): void;
  remove(id: string): boolean;
}

export const DEFAULT_PUBLIC_URL = 'https://eclaire-api.sante.gouv.fr';
const DEFAULT_COUNT = 20;
const MAX_ADMIN_BODY = 5_000_000;
const FHIR_JSON = 'application/fhir+json; charset=utf-8';
const PLAIN_JSON = 'application/json; charset=utf-8';
const TRANSIENT_DIAGNOSTICS = [
  'rejected execution of coordinating operation [coordinating_and_primary_bytes=0, replica_bytes=0, all_bytes=0, coordinating_operation_bytes=1024, max_coordinating_and_primary_bytes=0]',
  'circuit_breaking_exception: [parent] Data too large, data for [<http_request>] would be larger than limit',
  'es_rejected_execution_exception: rejected execution of search on thread pool [search], queue capacity = 1000',
];
const ROUTE = /^\/R4\/(ResearchStudy|Group|Location|Organization)(?:\/([^/]+))?\/?$/;

/** Express' default weak ETag (`etag` package). */
function computeEtag(body: string): string {
  const hash = createHash('sha1').update(body, 'utf8').digest('base64').substring(0, 27);
  return `W/"${Buffer.byteLength(body, 'utf8').toString(16)}-${hash}"`;
}

function isFresh(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(/\s*,\s*/).some((t) => t === etag || t === `W/${etag}` || `W/${t}` === etag);
}

function isDemoRecord(x: unknown): x is DemoRecord {
  const r = x as DemoRecord;
  return (
    typeof r === 'object' && r !== null &&
    r.study?.resourceType === 'ResearchStudy' && typeof r.study.id === 'string' && r.study.id !== '' &&
    r.group?.resourceType === 'Group' && typeof r.group.id === 'string' &&
    Array.isArray(r.locations) && r.locations.every((l) => l?.resourceType === 'Location' && typeof l.id === 'string')
  );
}

function normaliseFaults(f: EmulatorFaults): Required<EmulatorFaults> {
  const prob = (p: number | undefined) => Math.min(1, Math.max(0, Number(p) || 0));
  return {
    rateLimitMs: Math.max(0, Number(f.rateLimitMs) || 0),
    p503: prob(f.p503),
    p400: prob(f.p400),
    delayMs: Math.max(0, Number(f.delayMs) || 0),
    down: f.down === true,
  };
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of req) {
    length += (chunk as Buffer).length;
    if (length > MAX_ADMIN_BODY) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startEmulator(opts: EmulatorOptions): Promise<Emulator> {
  const store = new EmulatorStore(opts.records, opts.organizations ?? DEFAULT_ORGANIZATIONS);
  const publicUrl = opts.publicUrl ?? DEFAULT_PUBLIC_URL;
  const random = createPrng(opts.seed ?? 1);
  let faults = normaliseFaults(opts.faults ?? {});
  /** Start of the current throttling window per client IP. */
  const windows = new Map<string, number>();
  let stats: EmulatorStats = { requests: 0, byStatus: {}, byPath: {} };

  const count = (status: number | string) => {
    const key = String(status);
    stats.byStatus[key] = (stats.byStatus[key] ?? 0) + 1;
  };

  const send = (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    status: number,
    body: unknown,
    contentType: string,
    extraHeaders: Record<string, string> = {},
    counted = true,
  ) => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    const headers: Record<string, string> = { 'Content-Type': contentType, 'X-Content-Type-Options': 'nosniff', ...extraHeaders };
    if (status >= 200 && status < 300) {
      const etag = computeEtag(text);
      headers.ETag = etag;
      if (isFresh(req.headers['if-none-match'], etag)) {
        if (counted) count(304);
        res.writeHead(304, { ETag: etag });
        res.end();
        return;
      }
    }
    headers['Content-Length'] = String(Buffer.byteLength(text, 'utf8'));
    if (counted) count(status);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : text);
  };

  const sendResponse = (req: http.IncomingMessage, res: http.ServerResponse, r: EmulatorResponse) =>
    send(req, res, r.status, r.body, r.contentType === 'fhir' ? FHIR_JSON : PLAIN_JSON);

  const notFoundRoute = (req: http.IncomingMessage, res: http.ServerResponse, counted = true) =>
    send(req, res, 404, { statusCode: 404, message: `Cannot ${req.method} ${req.url}`, error: 'Not Found' }, PLAIN_JSON, {}, counted);

  async function handleAdmin(req: http.IncomingMessage, res: http.ServerResponse, path: string): Promise<void> {
    const reply = (status: number, body: unknown) => send(req, res, status, body, PLAIN_JSON, {}, false);
    if (req.method === 'GET' && path === '/__emulator/stats') return reply(200, stats);
    if (req.method === 'POST' && path === '/__emulator/reset-stats') {
      stats = { requests: 0, byStatus: {}, byPath: {} };
      return reply(200, { ok: true });
    }
    if (req.method === 'POST' && (path === '/__emulator/faults' || path === '/__emulator/studies')) {
      let parsed: unknown;
      try {
        parsed = JSON.parse((await readBody(req)) || '{}');
      } catch {
        return reply(400, { error: 'Corps JSON invalide.' });
      }
      if (path === '/__emulator/faults') {
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return reply(400, { error: 'Objet attendu.' });
        emulator.setFaults(parsed as EmulatorFaults);
        return reply(200, faults);
      }
      if (!isDemoRecord(parsed)) return reply(400, { error: 'DemoRecord attendu : { study, group, locations }.' });
      const existed = store.positionOf(parsed.study.id!) !== undefined;
      store.upsert(parsed);
      return reply(existed ? 200 : 201, { id: parsed.study.id });
    }
    const del = /^\/__emulator\/studies\/([^/]+)$/.exec(path);
    if (req.method === 'DELETE' && del) {
      const removed = store.remove(decodeURIComponent(del[1]));
      return reply(removed ? 200 : 404, { removed });
    }
    return notFoundRoute(req, res, false);
  }

  function handleRead(type: string, id: string): EmulatorResponse {
    const notFound = (diagnostics: string, div: string): EmulatorResponse => ({
      status: 404,
      body: buildOperationOutcome(diagnostics, div),
      contentType: 'fhir',
    });
    const found = (resource: unknown): EmulatorResponse => ({ status: 200, body: resource, contentType: 'fhir' });
    switch (type) {
      case 'ResearchStudy': {
        const study = store.findStudy(id);
        return study ? found(study) : notFound(`Research study with id '${id}' not found`, 'No research study found');
      }
      case 'Group': {
        const group = store.findGroup(id);
        return group ? found(group) : notFound('Enrollment group not found', 'No enrollment group found');
      }
      case 'Location': {
        const location = store.findLocation(id);
        return location ? found(location) : notFound('No location found', 'No location found');
      }
      default: {
        const org = store.findOrganization(id);
        return org ? found(org) : notFound('No organization found', 'No organization found');
      }
    }
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const rawUrl = req.url ?? '/';
    const q = rawUrl.indexOf('?');
    const path = q === -1 ? rawUrl : rawUrl.slice(0, q);
    const rawQuery = q === -1 ? '' : rawUrl.slice(q + 1);

    if (path.startsWith('/__emulator/')) return handleAdmin(req, res, path);

    stats.requests++;
    stats.byPath[path] = (stats.byPath[path] ?? 0) + 1;

    if (faults.down) {
      count('reset');
      req.socket.destroy();
      return;
    }

    const route = ROUTE.exec(path);
    const isGet = req.method === 'GET' || req.method === 'HEAD';
    if (!route || !isGet || (route[1] !== 'ResearchStudy' && !route[2])) return notFoundRoute(req, res);

    if (faults.rateLimitMs > 0) {
      const ip = req.socket.remoteAddress ?? 'unknown';
      const now = Date.now();
      const start = windows.get(ip);
      if (start !== undefined && now - start < faults.rateLimitMs) {
        const retryAfter = Math.max(1, Math.ceil((start + faults.rateLimitMs - now) / 1000));
        return send(req, res, 429, { statusCode: 429, message: 'ThrottlerException: Too Many Requests' }, PLAIN_JSON, {
          'Retry-After': String(retryAfter),
        });
      }
      windows.set(ip, now);
    }

    if (faults.delayMs > 0) await sleep(faults.delayMs);
    if (faults.p503 > 0 && random() < faults.p503) {
      return send(req, res, 503, '<html><body><h1>503 Service Unavailable</h1></body></html>', 'text/html; charset=utf-8');
    }

    if (!route[2]) {
      if (faults.p400 > 0 && random() < faults.p400) {
        const diagnostics = TRANSIENT_DIAGNOSTICS[Math.floor(random() * TRANSIENT_DIAGNOSTICS.length)];
        return send(req, res, 400, buildOperationOutcome(diagnostics), FHIR_JSON);
      }
      const params = parseQueryParams(rawQuery);
      return sendResponse(req, res, searchResearchStudies(store, params, { publicUrl, defaultCount: DEFAULT_COUNT }));
    }
    let id: string;
    try {
      id = decodeURIComponent(route[2]);
    } catch {
      id = route[2];
    }
    return sendResponse(req, res, handleRead(route[1], id));
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(req, res, 500, { statusCode: 500, message: 'Internal server error' }, PLAIN_JSON);
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  const emulator: Emulator = {
    baseUrl: `http://${host}:${address.port}/R4`,
    port: address.port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
    stats: () => structuredClone(stats),
    resetStats: () => {
      stats = { requests: 0, byStatus: {}, byPath: {} };
    },
    setFaults: (f) => {
      const next = normaliseFaults({ ...faults, ...f });
      if (next.rateLimitMs !== faults.rateLimitMs) windows.clear();
      faults = next;
    },
    upsert: (record) => store.upsert(record),
    remove: (id) => store.remove(id),
  };
  return emulator;
}
