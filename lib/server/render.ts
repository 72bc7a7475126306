import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RenderedResponse } from './front-door';

/**
 * A loopback listener in front of Next.js's handler, private to the worker: the front door renders pages for
 * its cache through it and gets them whole and uncompressed (Next.js streams pages straight to the socket).
 */
export interface InternalRenderer {
  render(req: http.IncomingMessage, extraHeaders: Record<string, string>): Promise<RenderedResponse>;
  /**
   * Asks for each path once, in turn, and forgets the answers: Next.js loads a route's code, and Phare its data
   * structures, on the first request that needs them (about a second), which a worker pays here, before it takes
   * visitors. A path that fails is skipped.
   */
  warm(paths: readonly string[], headers: Record<string, string>): Promise<void>;
  close(): Promise<void>;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

export async function startInternalRenderer(
  handle: (req: http.IncomingMessage, res: http.ServerResponse) => unknown,
): Promise<InternalRenderer> {
  const server = http.createServer((req, res) => void handle(req, res));
  // Exclusive: in a cluster worker, a listener on port 0 is otherwise shared by every worker (Node's cluster hands
  // them one handle), and a render would be answered by whichever worker the primary picks, not by this one.
  await new Promise<void>((resolve) => server.listen({ port: 0, host: '127.0.0.1', exclusive: true }, resolve));
  const { port } = server.address() as AddressInfo;

  /** One request to Next.js on the loopback, answered whole and uncompressed. */
  function ask(method: string | undefined, path: string | undefined, headers: http.OutgoingHttpHeaders): Promise<RenderedResponse> {
    return new Promise<RenderedResponse>((resolve, reject) => {
      const request = http.request(
        { host: '127.0.0.1', port, method, path, headers: { ...headers, 'accept-encoding': 'identity' }, agent },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            const out: [string, string][] = [];
            for (let i = 0; i < response.rawHeaders.length; i += 2) {
              out.push([response.rawHeaders[i].toLowerCase(), response.rawHeaders[i + 1]]);
            }
            resolve({ status: response.statusCode ?? 500, headers: out, body: Buffer.concat(chunks).toString('utf8') });
          });
        },
      );
      request.on('error', reject);
      request.setTimeout(60_000, () => request.destroy(new Error('Rendu trop long.')));
      request.end();
    });
  }

  return {
    render(req, extraHeaders) {
      const headers: http.OutgoingHttpHeaders = { ...req.headers, ...extraHeaders };
      delete headers.connection;
      return ask(req.method === 'HEAD' ? 'GET' : req.method, req.url, headers);
    },
    async warm(paths, headers) {
      for (const path of paths) await ask('GET', path, headers).catch(() => undefined);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
