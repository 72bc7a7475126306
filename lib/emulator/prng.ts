/**
 * The emulator draws its faults from the project's one mulberry32 (lib/demo/prng.ts). This re-export only keeps
 * `scripts/bench/proxy.ts` compiling; new code imports `@/lib/demo/prng`.
 */
export { createPrng } from '@/lib/demo/prng';
