/** Types of scripts/node-memory.mjs (the project compiles no JavaScript). */
export function nodeMemoryArgs(env: NodeJS.ProcessEnv): string[];
export function nodeMemoryEnv(env: NodeJS.ProcessEnv): { MALLOC_ARENA_MAX: string };
