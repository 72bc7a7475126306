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

const port = process.env.PORT ?? '3000';
const server = spawn(process.execPath, [nextBin, 'start', '-p', port], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
