// Memory settings of each Node process `npm start` starts (scripts/start.mjs), also used by the bench where it runs
// a process as `npm start` would (`npm run bench -- --only=demo`). Whole-tree figures: `npm run bench -- --only=http`.
// - A bounded heap makes V8 collect the garbage of a full crawl instead of keeping it: about 240 MB resident after
//   syncing 20,000 studies with 384 MB, 375 MB with V8's default limit. PHARE_MAX_HEAP_MB changes it.
// - A small young generation. Under load V8 grows each of its two semi-spaces to 16 MB and keeps them; at 2 MB the
//   tree of 2 workers takes about 100 MB less, with the same throughput on the bench (pages at 50 connections).
//   PHARE_SEMI_SPACE_MB changes it; 0 leaves V8's default.
// - Two malloc arenas. glibc gives each thread that allocates (libuv's pool: SQLite, zlib, crypto) an arena of its
//   own and keeps their pages: about 25 MB more for the tree. A MALLOC_ARENA_MAX set by the host is kept.

/** Node's command-line flags for the heap, from `env`. */
export function nodeMemoryArgs(env) {
  const heapMb = Number(env.PHARE_MAX_HEAP_MB ?? 512);
  const semiSpaceMb = Number(env.PHARE_SEMI_SPACE_MB ?? 2);
  return [
    ...(Number.isInteger(heapMb) && heapMb > 0 ? [`--max-old-space-size=${heapMb}`] : []),
    ...(Number.isInteger(semiSpaceMb) && semiSpaceMb > 0 ? [`--max-semi-space-size=${semiSpaceMb}`] : []),
  ];
}

/** The environment variables for the C library's allocator, from `env` (the host's own value kept). */
export function nodeMemoryEnv(env) {
  return { MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? '2' };
}
