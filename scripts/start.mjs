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

// Memory of each process (the whole tree: `npm run bench -- --only=http`):
// - A bounded heap makes V8 collect the garbage of a full crawl instead of keeping it: about 240 MB resident after
//   syncing 20,000 studies with 384 MB, 375 MB with V8's default limit. PHARE_MAX_HEAP_MB changes it.
// - A small young generation. Under load V8 grows each of its two semi-spaces to 16 MB and keeps them; at 2 MB the
//   tree of 2 workers takes about 100 MB less, with the same throughput on the bench (pages at 50 connections).
//   PHARE_SEMI_SPACE_MB changes it; 0 leaves V8's default.
// - Two malloc arenas. glibc gives each thread that allocates (libuv's pool: SQLite, zlib, crypto) an arena of its
//   own and keeps their pages: about 25 MB more for the tree. A MALLOC_ARENA_MAX set by the host is kept.
const heapMb = Number(process.env.PHARE_MAX_HEAP_MB ?? 512);
const semiSpaceMb = Number(process.env.PHARE_SEMI_SPACE_MB ?? 2);
const heapArgs = [
  ...(Number.isInteger(heapMb) && heapMb > 0 ? [`--max-old-space-size=${heapMb}`] : []),
  ...(Number.isInteger(semiSpaceMb) && semiSpaceMb > 0 ? [`--max-semi-space-size=${semiSpaceMb}`] : []),
];
process.env.MALLOC_ARENA_MAX ??= '2';
// One primary (sync, ECLAIRE calls) and one server worker per core (PHARE_WORKERS): scripts/server.ts.
process.env.NODE_ENV = 'production';
const server = spawn(process.execPath, [...heapArgs, '--import', 'tsx', path.join(root, 'scripts', 'server.ts')], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
