import type http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startInternalRenderer, type InternalRenderer } from './render';

let renderer: InternalRenderer | undefined;
afterEach(async () => {
  await renderer?.close();
  renderer = undefined;
});

describe('InternalRenderer.warm', () => {
  it('asks for each path once, in turn, with the headers given, and goes on past a path that fails', async () => {
    const asked: string[] = [];
    const seenHeaders: http.IncomingHttpHeaders[] = [];
    let inFlight = 0;
    let mostAtOnce = 0;
    renderer = await startInternalRenderer((req: http.IncomingMessage, res: http.ServerResponse) => {
      asked.push(req.url ?? '');
      seenHeaders.push(req.headers);
      inFlight++;
      mostAtOnce = Math.max(mostAtOnce, inFlight);
      setImmediate(() => {
        inFlight--;
        // A route that crashes mid-answer: the socket is cut without a response.
        if (req.url === '/casse') {
          req.socket.destroy();
          return;
        }
        res.statusCode = req.url === '/absent' ? 404 : 200;
        res.end('x'.repeat(100_000));
      });
    });
    await renderer.warm(['/', '/casse', '/absent', '/essais/2099-A1?x=1'], { 'user-agent': 'Rendu', 'x-phare-nonce': 'N' });
    expect(asked).toEqual(['/', '/casse', '/absent', '/essais/2099-A1?x=1']);
    expect(mostAtOnce).toBe(1);
    expect(seenHeaders.map((h) => [h['user-agent'], h['x-phare-nonce']])).toEqual(Array(4).fill(['Rendu', 'N']));
  });

  it('does nothing without paths', async () => {
    let asked = 0;
    renderer = await startInternalRenderer((_req: http.IncomingMessage, res: http.ServerResponse) => {
      asked++;
      res.end();
    });
    await renderer.warm([], {});
    expect(asked).toBe(0);
  });
});

describe('startInternalRenderer in a cluster', () => {
  it('renders through its own process: the loopback listener is not shared with the other workers', async () => {
    const cluster = (await import('node:cluster')).default;
    const path = await import('node:path');
    cluster.setupPrimary({
      exec: path.join(__dirname, 'test-fixtures', 'render-worker.ts'),
      execArgv: ['--import', 'tsx'],
      silent: true,
    });
    const workers = [cluster.fork(), cluster.fork()];
    /** The next message of a worker; its exit before it is a failure. */
    const next = <T>(worker: (typeof workers)[number]) =>
      new Promise<T>((resolve, reject) => {
        const exit = (code: number) => reject(new Error(`worker exited with ${code}`));
        worker.once('exit', exit);
        worker.once('message', (message: T) => {
          worker.off('exit', exit);
          resolve(message);
        });
      });
    try {
      // Both listen before either renders: a listener shared by the two would then take renders from both.
      await Promise.all(workers.map((worker) => next<string>(worker)));
      const reports = workers.map((worker) => next<{ pid: string; answeredBy: string[] }>(worker));
      for (const worker of workers) worker.send('go');
      for (const { pid, answeredBy } of await Promise.all(reports)) expect(new Set(answeredBy)).toEqual(new Set([pid]));
    } finally {
      const exits = workers.map((worker) => new Promise((resolve) => (worker.isDead() ? resolve(undefined) : worker.once('exit', resolve))));
      for (const worker of workers) if (worker.isConnected()) worker.send('fin');
      await Promise.all(exits);
    }
  }, 60_000);
});
