/**
 * One value per server process, kept on `globalThis`: Next.js may evaluate a module more than once in one
 * process (route handlers, server components, instrumentation), and the rate limiter, the caches, the store
 * connections and the scheduler must each exist once. Created on first use.
 */
export function processSingleton<T>(name: string, create: () => T): T {
  const key = Symbol.for(`phare.${name}`);
  const holder = globalThis as typeof globalThis & Record<symbol, unknown>;
  if (!(key in holder)) holder[key] = create();
  return holder[key] as T;
}

/** Forgets a process value (tests). */
export function resetProcessSingleton(name: string): void {
  delete (globalThis as typeof globalThis & Record<symbol, unknown>)[Symbol.for(`phare.${name}`)];
}
