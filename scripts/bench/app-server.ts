import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

let built = false;

/**
 * Builds the production bundle once per bench run, so that the figures are those of the code as it is now
 * (BENCH_SKIP_BUILD=1 reuses an existing build).
 */
export function ensureProductionBuild(): void {
  if (built || (process.env.BENCH_SKIP_BUILD === '1' && existsSync(path.join(root, '.next', 'BUILD_ID')))) return;
  console.log('  (building the production bundle: next build…)');
  const build = spawnSync(process.execPath, [nextBin, 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) throw new Error('next build failed');
  built = true;
}

/**
 * Memory of a process and all its descendants, from /proc (Linux), in bytes:
 * - `rss`, resident memory summed over the processes: pages they share (Node's own code, mapped by every
 *   process) are counted once per process;
 * - `pss`, proportional set size summed: a shared page is divided among the processes that map it, so the sum is
 *   what the tree as a whole takes from the machine (what a host provisions for);
 * - `each`, the PSS of each process, the tree walked from `pid` down (`npm start`, its server, then the workers).
 */
export function treeMemory(pid: number): { rss: number; pss: number; each: number[] } {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      /* process ended */
    }
  }
  const kB = (text: string, field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0) * 1024;
  let rss = 0;
  let pss = 0;
  const each: number[] = [];
  const stack = [pid];
  while (stack.length) {
    const current = stack.pop()!;
    // smaps_rollup holds both figures; a kernel without it gives the RSS only, which then stands for the share.
    let text = '';
    try {
      text = readFileSync(`/proc/${current}/smaps_rollup`, 'utf8');
    } catch {
      try {
        text = readFileSync(`/proc/${current}/status`, 'utf8').replace(/^VmRSS:/m, 'Rss:');
      } catch {
        /* ended */
      }
    }
    const share = /^Pss:/m.test(text) ? kB(text, 'Pss') : kB(text, 'Rss');
    rss += kB(text, 'Rss');
    pss += share;
    each.push(share);
    stack.push(...(children.get(current) ?? []));
  }
  return { rss, pss, each };
}

export interface AppServer {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `next start` on the production build and waits until /api/health?pret=1 says the mirror holds data. */
export async function startAppServer(opts: { port: number; env: Record<string, string>; readyTimeoutMs?: number }): Promise<AppServer> {
  ensureProductionBuild();
  // Started exactly as `npm start` starts it (heap limit included), without the bench's own NODE_OPTIONS.
  const { NODE_OPTIONS: _benchNodeOptions, ...env } = process.env;
  void _benchNodeOptions;
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'start.mjs')], {
    cwd: root,
    env: { ...env, ...opts.env, PORT: String(opts.port), PHARE_FORCE_BUILD: '0' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${opts.port}`;
  const deadline = Date.now() + (opts.readyTimeoutMs ?? 600_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/api/health?pret=1`);
      if (response.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error('the app did not become ready in time');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
