// `npm start`: build when no production build exists (PHARE_FORCE_BUILD=1 rebuilds), then serve.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { nodeMemoryArgs, nodeMemoryEnv } from './node-memory.mjs';

const root = path.resolve(import.meta.dirname, '..');
// Next's anonymous telemetry would only try to reach the internet; Phare runs offline.
process.env.NEXT_TELEMETRY_DISABLED ??= '1';
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

if (!existsSync(path.join(root, '.next', 'BUILD_ID')) || process.env.PHARE_FORCE_BUILD === '1') {
  console.log('[phare] Aucun build de production : construction (next build)…');
  const build = spawnSync(process.execPath, [nextBin, 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// Memory settings of each process: scripts/node-memory.mjs.
const heapArgs = nodeMemoryArgs(process.env);
Object.assign(process.env, nodeMemoryEnv(process.env));
// One primary (sync, ECLAIRE calls) and one server worker per core (PHARE_WORKERS): scripts/server.ts.
process.env.NODE_ENV = 'production';
const server = spawn(process.execPath, [...heapArgs, '--import', 'tsx', path.join(root, 'scripts', 'server.ts')], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
