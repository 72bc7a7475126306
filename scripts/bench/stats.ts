/** Small helpers shared by the benchmark sections: percentiles and aligned output. */

export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  const rank = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil((p / 100) * sortedMs.length) - 1));
  return sortedMs[rank];
}

export function summarise(samplesMs: number[]): { p50: number; p95: number; p99: number; max: number; n: number } {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
    n: sorted.length,
  };
}

export const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

export type Print = (label: string, value: string) => void;

export const print: Print = (label, value) => {
  console.log(`  ${label.padEnd(58, '.')} ${value}`);
};

export function heading(title: string): void {
  console.log(`\n== ${title}`);
}
