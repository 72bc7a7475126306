import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { kb, type Print } from './stats';

const root = path.resolve(__dirname, '..', '..');
const nextDir = path.join(root, '.next');

const gzipSize = (file: string) => gzipSync(readFileSync(path.join(nextDir, file))).length;

/**
 * First-load JavaScript of a route, gzipped, from the production build's manifests (what a visitor downloads before
 * the page is interactive), and the size of the map's own chunks, which must arrive only when the map is shown.
 */
export function benchBundleSizes(print: Print, routes: string[]): void {
  const buildManifest = JSON.parse(readFileSync(path.join(nextDir, 'build-manifest.json'), 'utf8')) as {
    rootMainFiles?: string[];
    polyfillFiles?: string[];
  };
  const appManifestFile = path.join(nextDir, 'app-build-manifest.json');
  const appManifest = existsSync(appManifestFile)
    ? (JSON.parse(readFileSync(appManifestFile, 'utf8')) as { pages: Record<string, string[]> })
    : { pages: {} };
  const shared = [...(buildManifest.rootMainFiles ?? [])];
  const firstLoad = new Set<string>();
  for (const route of routes) {
    const key = `${route === '/' ? '' : route}/page`;
    const files = new Set([...shared, ...(appManifest.pages[key] ?? []), ...(appManifest.pages['/layout'] ?? [])]);
    const js = [...files].filter((f) => f.endsWith('.js'));
    js.forEach((f) => firstLoad.add(f));
    const total = js.reduce((sum, f) => sum + gzipSize(f), 0);
    print(`first-load JS of ${route} (gzip, goal ≤ 180 kB for /recherche)`, kb(total));
  }
  // The map's code: chunks that contain Leaflet and are not part of any first load.
  const chunkDir = path.join(nextDir, 'static', 'chunks');
  const mapChunks: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.js')) {
        const rel = path.relative(nextDir, full);
        if (!firstLoad.has(rel) && readFileSync(full, 'utf8').includes('leaflet')) mapChunks.push(rel);
      }
    }
  };
  walk(chunkDir);
  const leafletInFirstLoad = [...firstLoad].some((f) => readFileSync(path.join(nextDir, f), 'utf8').includes('_leaflet_id'));
  print('map chunks loaded on demand (gzip)', `${kb(mapChunks.reduce((s, f) => s + gzipSize(f), 0))} in ${mapChunks.length} files`);
  print('Leaflet present in a first load', leafletInFirstLoad ? 'YES (goal: no)' : 'no');
}

interface LighthouseScores {
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
  cls: number;
  /** Total blocking time and largest contentful paint, ms (simulated mobile throttling). */
  tbt: number;
  lcp: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Lighthouse 12.2.3, mobile profile (its default), median of `runs` runs per URL taken in turns, Debian's Chromium. */
export async function benchLighthouse(print: Print, pages: (string | { url: string; label: string })[], runs = 3): Promise<void> {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  try {
    // Runs go round the pages (A B C, A B C, …), so that a busy moment of the machine is shared by all of them
    // instead of falling on the runs of one page.
    const results = pages.map(() => ({ samples: [] as LighthouseScores[], failing: new Set<string>() }));
    for (let i = 0; i < runs; i++) {
      for (const [index, page] of pages.entries()) {
        const url = typeof page === 'string' ? page : page.url;
        const { samples, failing } = results[index];
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
        const { categories, audits } = result.lhr;
        for (const category of Object.values(categories)) {
          for (const ref of category.auditRefs) {
            const audit = audits[ref.id];
            if (ref.weight > 0 && audit?.score !== null && audit?.score !== undefined && audit.score < 1) {
              // Lighthouse's own explanation, when it gives one, says why (« Description text is empty »).
              failing.add(`${category.id}:${ref.id}${audit.explanation ? ` (${audit.explanation.slice(0, 100)})` : ''}`);
            }
          }
        }
        samples.push({
          performance: Math.round((categories.performance.score ?? 0) * 100),
          accessibility: Math.round((categories.accessibility.score ?? 0) * 100),
          'best-practices': Math.round((categories['best-practices'].score ?? 0) * 100),
          seo: Math.round((categories.seo.score ?? 0) * 100),
          cls: Number(audits['cumulative-layout-shift']?.numericValue ?? Number.NaN),
          tbt: Number(audits['total-blocking-time']?.numericValue ?? Number.NaN),
          lcp: Number(audits['largest-contentful-paint']?.numericValue ?? Number.NaN),
        });
        // A category without a score (an audit that could not run) is named, not shown as 0.
        for (const category of Object.values(categories)) {
          if (category.score === null) failing.add(`${category.id}: no score`);
        }
        for (const entry of (audits['errors-in-console']?.details as { items?: { description?: string; url?: string }[] } | undefined)?.items ?? []) {
          failing.add(`console: ${entry.description ?? ''} ${entry.url ?? ''}`.trim().slice(0, 160));
        }
      }
    }
    for (const [index, page] of pages.entries()) {
      const { samples, failing } = results[index];
      const url = typeof page === 'string' ? page : page.url;
      const pathLabel = typeof page === 'string' ? new URL(url).pathname + new URL(url).search : page.label;
      const pick = (key: keyof LighthouseScores) => median(samples.map((s) => s[key]));
      print(
        `Lighthouse ${pathLabel} (median of ${runs})`,
        `perf ${pick('performance')}, TBT ${Math.round(pick('tbt'))} ms, LCP ${(pick('lcp') / 1000).toFixed(1)} s, a11y ${pick('accessibility')}, best ${pick('best-practices')}, SEO ${pick('seo')}, CLS ${pick('cls').toFixed(3)}`,
      );
      print('  performance, each run', samples.map((s) => `${s.performance} (TBT ${Math.round(s.tbt)} ms)`).join(', '));
      if (failing.size) print('  audits not passed (any run)', [...failing].join(', '));
    }
  } finally {
    await chrome.kill();
  }
}
