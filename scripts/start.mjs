// `npm start`: build when no production build exists (PHARE_FORCE_BUILD=1 rebuilds), then serve.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
// Next's anonymous telemetry would only try to reach the internet; Phare runs offline.
process.env.NEXT_TELEMETRY_DISABLED ??= '1';
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

if (!existsSync(path.join(root, '.next', 'BUILD_ID')) || process.env.PHARE_FORCE_BUILD === '1') {
  console.log('[phare] Aucun build de production : construction (next build)…');
  const build = spawnSync(process.execPath, [nextBin, 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// A bounded heap makes V8 collect the garbage of a full crawl instead of keeping it: about 240 MB resident after
// syncing 20,000 studies with 384 MB, 375 MB with V8's default limit. PHARE_MAX_HEAP_MB changes it (per process).
const heapMb = Number(process.env.PHARE_MAX_HEAP_MB ?? 512);
const heapArgs = Number.isInteger(heapMb) && heapMb > 0 ? [`--max-old-space-size=${heapMb}`] : [];
// One primary (sync, ECLAIRE calls) and one server worker per core (PHARE_WORKERS): scripts/server.ts.
process.env.NODE_ENV = 'production';
const server = spawn(process.execPath, [...heapArgs, '--import', 'tsx', path.join(root, 'scripts', 'server.ts')], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
