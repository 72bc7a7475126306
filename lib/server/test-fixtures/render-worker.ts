/**
 * A cluster worker for render.test.ts: starts its internal renderer, whose « Next.js » answers with this process's
 * id, says it is ready, and on the primary's « go » renders through it twenty times at once and tells which processes
 * answered. It leaves on « fin ».
 */
import type http from 'node:http';
import { startInternalRenderer } from '../render';

async function main(): Promise<void> {
  const renderer = await startInternalRenderer((_req: http.IncomingMessage, res: http.ServerResponse) => {
    res.end(String(process.pid));
  });
  process.on('message', async (message) => {
    if (message === 'go') {
      // At once, so that they go over several connections (one kept-alive connection meets a single worker).
      const renders = Array.from({ length: 20 }, (_, i) =>
        renderer.render({ method: 'GET', url: `/essais/X?i=${i}`, headers: {} } as http.IncomingMessage, {}),
      );
      const answeredBy = (await Promise.all(renders)).map((answer) => answer.body);
      process.send?.({ pid: String(process.pid), answeredBy });
    } else if (message === 'fin') {
      await renderer.close();
      process.exit(0);
    }
  });
  process.send?.('prêt');
}

void main();
