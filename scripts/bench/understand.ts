/**
 * Parse time of the search box's text (lib/search/understand.ts) over the table of typed queries
 * (lib/search/understand-cases.ts), with the demo data's conditions as the mirror's. Part of `npm run bench`
 * (`--only=understand`), or alone: `npx tsx scripts/bench/understand.ts [rounds]`. Prints; asserts nothing.
 */
import { pathToFileURL } from 'node:url';
import { DEMO_CONDITIONS } from '@/lib/demo/conditions';
import { getGazetteer } from '@/lib/geo/gazetteer';
import { UNDERSTAND_CASES } from '@/lib/search/understand-cases';
import { conditionPhrases, understandText } from '@/lib/search/understand';
import { heading, ms, print, summarise } from './stats';

export interface UnderstandTiming {
  cases: number;
  rounds: number;
  /** Loading the gazetteer and building the name indexes (first call), ms. */
  firstCallMs: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Parses per second over all rounds (wall clock). */
  perSecond: number;
  /** Mean CPU time of one parse (user + system), ms: steadier than wall time on a shared machine. */
  cpuMeanMs: number;
}

/** Times `understandText` on every case of the table, `rounds` times after one warm-up round. */
export function timeUnderstanding(rounds = 20): UnderstandTiming {
  const conditions = conditionPhrases(DEMO_CONDITIONS.map((c) => ({ text: c.fr })));
  const texts = UNDERSTAND_CASES.map((c) => c.typed);
  let t0 = performance.now();
  getGazetteer();
  understandText(texts[0], { conditions });
  const firstCallMs = performance.now() - t0;
  for (const text of texts) understandText(text, { conditions });
  const samples: number[] = [];
  const cpu0 = process.cpuUsage();
  t0 = performance.now();
  for (let round = 0; round < rounds; round++) {
    for (const text of texts) {
      const start = performance.now();
      understandText(text, { conditions });
      samples.push(performance.now() - start);
    }
  }
  const total = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const s = summarise(samples);
  return {
    cases: texts.length,
    rounds,
    firstCallMs,
    p50: s.p50,
    p95: s.p95,
    p99: s.p99,
    max: s.max,
    perSecond: (samples.length / total) * 1000,
    cpuMeanMs: (cpu.user + cpu.system) / 1000 / samples.length,
  };
}

export function benchUnderstanding(rounds = 20): void {
  const t = timeUnderstanding(rounds);
  heading(`Reading the search box (${t.cases} typed queries × ${t.rounds} rounds, after one warm-up round)`);
  print('first call (gazetteer and name indexes)', ms(t.firstCallMs));
  print('parse time p50 / p95 / p99', `${ms(t.p50)} / ${ms(t.p95)} / ${ms(t.p99)} (max ${ms(t.max)})`);
  print('parses per second', String(Math.round(t.perSecond)));
  print('mean CPU time of a parse', ms(t.cpuMeanMs));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) benchUnderstanding(Number(process.argv[2] ?? 20));
