/**
 * Next.js calls `register()` once per server process. Under `npm start` the sync runs in the primary process
 * (lib/server/primary.ts), never in the server workers; under `next dev` (one process) it starts here. It is
 * imported only on the Node.js runtime, never in the Edge bundle.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.PHARE_ROLE !== 'worker') {
    const { startScheduler } = await import('./lib/sync/scheduler');
    startScheduler();
  }
}
