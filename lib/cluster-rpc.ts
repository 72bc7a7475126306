import cluster from 'node:cluster';
import { randomUUID } from 'node:crypto';
import { processSingleton } from './process-singleton';

/**
 * Calls from a server worker to the primary process, over the cluster's IPC channel (`npm start` runs one
 * primary and one worker per core: scripts/server.ts). Whatever must exist once per machine lives in the
 * primary — the sync, the one upstream queue of ECLAIRE calls, the FHIR proxy's shared cache, the study
 * lookups' budget — and workers reach it through `callPrimary`. Outside a cluster (tests, `next dev`, scripts)
 * `callPrimary` runs the handler in the process itself, so the code is the same everywhere.
 */

type Handler = (payload: unknown) => Promise<unknown> | unknown;

interface RpcRequest {
  phare: 'rpc';
  id: string;
  method: string;
  payload: unknown;
}

interface RpcReply {
  phare: 'rpc-reply';
  id: string;
  ok: boolean;
  value?: unknown;
  error?: string;
}

interface State {
  handlers: Map<string, Handler>;
  pending: Map<string, { resolve(v: unknown): void; reject(e: Error): void; timer: NodeJS.Timeout }>;
  listening: boolean;
}

const state = () => processSingleton<State>('cluster.rpc', () => ({ handlers: new Map(), pending: new Map(), listening: false }));

/** A worker of Phare's cluster (as started by scripts/server.ts), which must delegate to the primary. */
export function isClusterWorker(): boolean {
  return cluster.isWorker && process.env.PHARE_ROLE === 'worker' && typeof process.send === 'function';
}

/** Registers what the primary (or a lone process) answers. */
export function handleInPrimary(method: string, handler: Handler): void {
  state().handlers.set(method, handler);
}

export class RpcError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RpcError';
  }
}

async function runLocally(method: string, payload: unknown): Promise<unknown> {
  const handler = state().handlers.get(method);
  if (!handler) throw new RpcError(`Méthode inconnue : ${method}`);
  return handler(payload);
}

function listenForReplies(): void {
  const s = state();
  if (s.listening) return;
  s.listening = true;
  process.on('message', (message: unknown) => {
    const reply = message as RpcReply;
    if (!reply || reply.phare !== 'rpc-reply') return;
    const waiting = s.pending.get(reply.id);
    if (!waiting) return;
    s.pending.delete(reply.id);
    clearTimeout(waiting.timer);
    if (reply.ok) waiting.resolve(reply.value);
    else waiting.reject(new RpcError(reply.error ?? 'Erreur du processus principal.'));
  });
}

/** Runs `method` in the primary (or here, outside a cluster). Values must be structured-cloneable. */
export async function callPrimary<T>(method: string, payload: unknown, opts: { timeoutMs?: number } = {}): Promise<T> {
  if (!isClusterWorker()) return (await runLocally(method, payload)) as T;
  listenForReplies();
  const id = randomUUID();
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      state().pending.delete(id);
      reject(new RpcError(`Pas de réponse du processus principal (${method}).`));
    }, opts.timeoutMs ?? 30_000);
    timer.unref();
    state().pending.set(id, { resolve: resolve as (v: unknown) => void, reject, timer });
    process.send!({ phare: 'rpc', id, method, payload } satisfies RpcRequest);
  });
}

/** In the primary: answers the workers' calls (call once per worker, after `cluster.fork()`). */
export function serveWorker(worker: { on(event: 'message', fn: (m: unknown) => void): void; send(m: unknown): boolean; isConnected(): boolean }): void {
  worker.on('message', (message: unknown) => {
    const request = message as RpcRequest;
    if (!request || request.phare !== 'rpc') return;
    const reply = (r: Omit<RpcReply, 'phare' | 'id'>) => {
      if (worker.isConnected()) worker.send({ phare: 'rpc-reply', id: request.id, ...r } satisfies RpcReply);
    };
    runLocally(request.method, request.payload).then(
      (value) => reply({ ok: true, value }),
      (error: unknown) => reply({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
  });
}
