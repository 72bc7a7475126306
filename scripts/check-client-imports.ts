/**
 * Part of `npm run lint`: no module that runs in the browser reaches server-only code. Starts from every file
 * marked 'use client' (and the `components/map` island loaded on demand), follows its value imports through
 * the repository (type-only imports are erased by the compiler and skipped), and fails when it reaches a Node
 * built-in, better-sqlite3, or a server-only folder of lib/ (store, sync, eclaire, proxy, security, env); or zod's
 * full build (`zod`), which is three times the size of the tree-shakable `zod/mini` the browser gets.
 * ESLint checks each file's own imports; this checks what they lead to.
 *
 * Run: npx tsx scripts/check-client-imports.ts
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const SERVER_ONLY_LIB = /^lib\/(store|sync|eclaire|proxy|security|server|demo|emulator)\/|^lib\/(env|cluster-rpc)\.ts$/;
const NODE_ONLY = /^(node:|fs$|path$|os$|crypto$|child_process$|better-sqlite3$|worker_threads$|cluster$)/;
const FULL_ZOD = /^zod(\/v4)?$/;
const EXTENSIONS = ['.ts', '.tsx', '.mjs', '.js'];

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full));
    else if (/\.(ts|tsx)$/.test(name) && !/\.test\.ts$/.test(name)) out.push(full);
  }
  return out;
}

function resolveLocal(from: string, spec: string): string | undefined {
  let base: string;
  if (spec.startsWith('@/')) base = path.join(ROOT, spec.slice(2));
  else if (spec.startsWith('.')) base = path.resolve(path.dirname(from), spec);
  else return undefined;
  for (const candidate of [base, ...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => path.join(base, `index${e}`))]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** Value imports of a file: `import … from 'x'`, `export … from 'x'`, `import('x')`, minus type-only ones. */
function valueImports(source: string): string[] {
  const specs: string[] = [];
  const statement = /(?:^|\n)\s*(import|export)\s+([^'";]*?)\s*from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const m of source.matchAll(statement)) {
    if (m[4] || m[5]) {
      specs.push((m[4] ?? m[5]) as string);
      continue;
    }
    const clause = m[2] ?? '';
    if (/^type\s/.test(clause)) continue;
    const named = /^\{([\s\S]*)\}$/.exec(clause.trim());
    if (named && named[1].split(',').map((s) => s.trim()).filter(Boolean).every((s) => s.startsWith('type '))) continue;
    specs.push(m[3]);
  }
  return specs;
}

const isClientEntry = (file: string) => /^\s*(['"])use client\1/.test(readFileSync(file, 'utf8'));

const entries = [...listFiles(path.join(ROOT, 'app')), ...listFiles(path.join(ROOT, 'components'))].filter(isClientEntry);
const problems: string[] = [];
const seen = new Map<string, string[]>();
const queue: { file: string; chain: string[] }[] = entries.map((file) => ({ file, chain: [path.relative(ROOT, file)] }));

while (queue.length > 0) {
  const { file, chain } = queue.shift()!;
  if (seen.has(file)) continue;
  seen.set(file, chain);
  const rel = path.relative(ROOT, file);
  if (SERVER_ONLY_LIB.test(rel)) {
    problems.push(`${chain.join(' → ')} : module réservé au serveur`);
    continue;
  }
  for (const spec of valueImports(readFileSync(file, 'utf8'))) {
    if (NODE_ONLY.test(spec)) {
      problems.push(`${chain.join(' → ')} → ${spec} : module Node.js dans le navigateur`);
      continue;
    }
    if (FULL_ZOD.test(spec)) {
      problems.push(`${chain.join(' → ')} → ${spec} : zod complet dans le navigateur (importez zod/mini)`);
      continue;
    }
    const target = resolveLocal(file, spec);
    if (target) queue.push({ file: target, chain: [...chain, path.relative(ROOT, target)] });
  }
}

if (problems.length > 0) {
  console.error(`Code du navigateur qui atteint du code serveur (${problems.length}) :\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`Imports du navigateur : ${entries.length} modules 'use client', ${seen.size} modules atteints, aucun module serveur.`);
