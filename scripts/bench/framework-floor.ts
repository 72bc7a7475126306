import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

/** A Next.js App Router page with nothing of Phare: a heading and a sentence, no client component of its own. */
const BARE_APP: Record<string, string> = {
  'package.json': '{ "name": "next-floor", "private": true }\n',
  'next.config.mjs': 'export default {};\n',
  'app/layout.js': `export const metadata = { title: 'Plancher', description: 'Une page Next.js sans rien d’autre.' };
export default function RootLayout({ children }) {
  return <html lang="fr"><body>{children}</body></html>;
}
`,
  'app/page.js': `export default function Page() {
  return <main><h1>Bonjour</h1><p>Une page Next.js sans rien d’autre : le plancher du framework.</p></main>;
}
`,
};

/**
 * A bare Next.js page (the same Next and React as Phare's, on the same machine), built and served on `port` while
 * `measure` runs: what the framework alone costs a phone, measured by Lighthouse next to Phare's pages. Phare's pages
 * cannot score better than this floor; it says which part of their total blocking time is Phare's own.
 */
export async function withFrameworkFloor<T>(port: number, measure: (page: { url: string; label: string }) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'phare-next-floor-'));
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  try {
    for (const [file, content] of Object.entries(BARE_APP)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), content);
    }
    symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    const build = spawnSync(process.execPath, [nextBin, 'build'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'], env });
    if (build.status !== 0) throw new Error('next build of the bare page failed');
    const server = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'inherit'],
      env,
    });
    const url = `http://127.0.0.1:${port}/`;
    try {
      const deadline = Date.now() + 60_000;
      for (;;) {
        if (server.exitCode !== null) throw new Error(`the bare Next.js server exited with code ${server.exitCode}`);
        if (await fetch(url).then((r) => r.ok, () => false)) break;
        if (Date.now() > deadline) throw new Error('the bare Next.js server did not start');
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      return await measure({ url, label: 'a bare Next.js page (the framework’s floor)' });
    } finally {
      server.kill('SIGTERM');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
