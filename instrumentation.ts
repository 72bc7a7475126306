/**
 * Next.js calls `register()` once per server process. The sync (and better-sqlite3 with it) is imported only
 * on the Node.js runtime, never in the Edge bundle.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startScheduler } = await import('./lib/sync/scheduler');
    startScheduler();
  }
}
