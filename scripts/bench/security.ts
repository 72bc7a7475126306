/**
 * Issue « one anonymous visitor cannot stall, poison or exhaust Phare », measured against the production
 * server: a flood of unknown but plausible study ids (upstream calls made, page latency, and a partner's FHIR
 * miss sent during the flood), memory across 10,000 distinct filter shapes, and what a flood of forged
 * X-Forwarded-For values gets. Prints; asserts nothing.
 */
import http from 'node:http';
import type { Emulator } from '@/lib/emulator/server';
import { createPrng } from '@/lib/demo/prng';
import { treeMemory } from './app-server';
import { mb, ms, summarise, type Print } from './stats';

/** Runs `task` over `items` with at most `limit` in flight. */
async function pool<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await task(items[next++]);
    }),
  );
}

function get(url: string, headers: Record<string, string> = {}, localAddress?: string): Promise<{ status: number; ms: number }> {
  const start = performance.now();
  return new Promise((resolve) => {
    const req = http.get(url, { headers, localAddress, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - start }));
    });
    req.on('error', () => resolve({ status: 0, ms: performance.now() - start }));
  });
}

const upstreamSearches = (emulator: Emulator) => emulator.stats().byPath['/R4/ResearchStudy'] ?? 0;

export async function benchUnknownIdFlood(appUrl: string, emulator: Emulator, print: Print): Promise<void> {
  const ids = Array.from({ length: 200 }, (_, i) => `2026-A${String(90_000 + i).padStart(5, '0')}-${String(i % 100).padStart(2, '0')}`);
  const before = upstreamSearches(emulator);
  const pages: { status: number; ms: number }[] = [];
  const flood = pool(ids, 50, async (id) => {
    pages.push(await get(`${appUrl}/essais/${id}`));
  });
  // A partner's proxy miss in the middle of the flood.
  await new Promise((r) => setTimeout(r, 200));
  const partner = await get(`${appUrl}/api/fhir/ResearchStudy?_count=1&_text=inondation${Date.now()}`, {}, '127.0.0.2');
  await flood;
  const calls = upstreamSearches(emulator) - before;
  const s = summarise(pages.map((p) => p.ms));
  print('unknown-id flood: pages', `${pages.length} (${pages.filter((p) => p.status === 404).length} answered 404)`);
  print('unknown-id flood: upstream calls (budget 10 a minute, plus the partner)', String(calls));
  print('unknown-id flood: page latency p50 / p99 / max', `${ms(s.p50)} / ${ms(s.p99)} / ${ms(s.max)}`);
  print('unknown-id flood: partner FHIR miss during it', `${partner.status} in ${ms(partner.ms)}`);
}

const FILTERS: [string, string[]][] = [
  ['categorie', ['jarde-1', 'jarde-2', 'jarde-3', 'medicament', 'dispositif', 'diagnostic']],
  ['phase', ['1', '2', '3', '4', 'na']],
  ['recrutement', ['ouvert', 'a-venir', 'suspendu', 'termine', 'tous']],
  ['sexe', ['femme', 'homme']],
  ['volontaire', ['sain']],
  ['region', ['11', '24', '27', '28', '32', '44', '52', '53', '75', '76', '84', '93', '94']],
  ['tri', ['pertinence', 'distance', 'recent']],
];

/** 10,000 distinct searches: random shapes (which filters) and values. */
export function distinctSearches(count: number, seed = 42): string[] {
  const rnd = createPrng(seed);
  const out = new Set<string>();
  while (out.size < count) {
    const p = new URLSearchParams();
    for (const [name, values] of FILTERS) {
      if (rnd() < 0.45) {
        const n = name === 'categorie' || name === 'phase' ? 1 + Math.floor(rnd() * 3) : 1;
        for (let i = 0; i < n; i++) p.append(name, values[Math.floor(rnd() * values.length)]);
      }
    }
    if (rnd() < 0.3) p.set('age', String(Math.floor(rnd() * 90)));
    if (rnd() < 0.3) p.set('maladie', ['cancer', 'diabète', 'asthme', 'coeur', 'sein', 'enfant'][Math.floor(rnd() * 6)]);
    p.set('page', String(1 + Math.floor(rnd() * 3)));
    out.add(p.toString());
  }
  return [...out];
}

export async function benchDistinctSearches(appUrl: string, pid: number, print: Print): Promise<void> {
  const searches = distinctSearches(10_000);
  print('memory before 10,000 distinct searches (whole process tree, PSS)', mb(treeMemory(pid).pss));
  let errors = 0;
  const start = performance.now();
  await pool(searches, 16, async (q) => {
    const r = await get(`${appUrl}/api/studies?${q}`);
    if (r.status !== 200) errors++;
  });
  print('10,000 distinct searches', `${((performance.now() - start) / 1000).toFixed(1)} s, ${errors} non-200`);
  print('memory after them (whole process tree, PSS)', mb(treeMemory(pid).pss));
}

/** One client forging a new X-Forwarded-For on every request: what it gets against PHARE_API_RATE_LIMIT. */
export async function benchForgedHeaders(appUrl: string, limit: number, print: Print): Promise<void> {
  const statuses = new Map<number, number>();
  const requests = Array.from({ length: limit * 3 }, (_, i) => i);
  await pool(requests, 32, async (i) => {
    const r = await get(`${appUrl}/api/geo/suggest?q=Lyon`, { 'x-forwarded-for': `10.${i % 250}.${(i >> 8) % 250}.7` }, '127.0.0.9');
    statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
  });
  print(
    `forged X-Forwarded-For flood (${requests.length} requests, limit ${limit}/min)`,
    [...statuses].map(([s, n]) => `${n} × ${s}`).join(', '),
  );
}
