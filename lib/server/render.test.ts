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
