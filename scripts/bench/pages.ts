/**
 * Issue « pages served at the speed of the mirror »: for each page, latency at 1 and 50 connections (autocannon),
 * HTML bytes raw and gzipped, the share of the React Server Components payload (flight data) in the HTML, and
 * the floor of the server (`/robots.txt`) measured in the same run. Prints; asserts nothing.
 */
import { gzipSync } from 'node:zlib';
import { kb, ms, type Print } from './stats';

export interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
type Autocannon = (opts: { url: string; connections: number; duration: number; headers?: Record<string, string> }) => Promise<AutocannonResult>;
// autocannon ships no types; `require` keeps it out of the type-checked import graph.
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const autocannon = require('autocannon') as Autocannon;

const SECONDS = Number(process.env.BENCH_PAGE_SECONDS ?? 10);

/** Length of the flight data (`self.__next_f.push(…)` scripts) in a page. */
export function flightBytes(html: string): number {
  let total = 0;
  for (const m of html.matchAll(/<script[^>]*>self\.__next_f\.push\(([\s\S]*?)\)<\/script>/g)) total += m[1].length;
  return total;
}

export async function benchPages(opts: { appUrl: string; pages: [string, string][]; workers: number; print: Print }): Promise<void> {
  const { appUrl, print } = opts;
  print('server workers', String(opts.workers));
  const floor = await load(`${appUrl}/robots.txt`, 1);
  const floor50 = await load(`${appUrl}/robots.txt`, 50);
  print('floor /robots.txt, 1 connection p50 / p99', `${ms(floor.latency.p50)} / ${ms(floor.latency.p99)}`);
  print('floor /robots.txt, 50 connections p50 / p99', `${ms(floor50.latency.p50)} / ${ms(floor50.latency.p99)} (${Math.round(floor50.requests.average)} req/s)`);
  for (const [label, path] of opts.pages) {
    const response = await fetch(`${appUrl}${path}`, { headers: { 'accept-encoding': 'identity' } });
    const html = await response.text();
    const raw = Buffer.byteLength(html);
    print(`${label}: status, HTML raw / gzip`, `${response.status}, ${kb(raw)} / ${kb(gzipSync(html).length)}`);
    print(`${label}: flight data share`, `${((100 * flightBytes(html)) / Math.max(1, raw)).toFixed(0)} %`);
    const one = await load(`${appUrl}${path}`, 1);
    const fifty = await load(`${appUrl}${path}`, 50);
    print(
      `${label}: 1 connection p50 / p99 (× floor p50)`,
      `${ms(one.latency.p50)} / ${ms(one.latency.p99)} (× ${(one.latency.p50 / Math.max(0.01, floor.latency.p50)).toFixed(1)})`,
    );
    print(
      `${label}: 50 connections p50 / p99`,
      `${ms(fifty.latency.p50)} / ${ms(fifty.latency.p99)} (${Math.round(fifty.requests.average)} req/s, ${fifty.errors + fifty.timeouts} errors, ${fifty.non2xx} non-2xx)`,
    );
  }
}

export async function load(url: string, connections: number, seconds = SECONDS): Promise<AutocannonResult> {
  return autocannon({ url, connections, duration: seconds, headers: { 'accept-encoding': 'gzip' } });
}
