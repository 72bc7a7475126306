import { processSingleton } from '@/lib/process-singleton';

/**
 * A page's HTTP status other than 200. A Next.js page can answer 404 (`notFound()`) but no other error status, so a
 * search page that cannot run its search (a bad parameter, data still loading) would say so with a 200, and a study
 * that cannot be looked up for now (ECLAIRE unreachable) with a 404 that search engines take for gone. The front
 * door gives each render an id in a request header; a page that must answer otherwise records its status under that
 * id, and the front door, once the render is done, takes it and answers with it. Both run in the same process (the
 * render goes through the worker's loopback listener), and the record is a process singleton because Next.js loads
 * this module apart from the front door.
 */
export const RENDER_ID_HEADER = 'x-phare-render-id';

/** Statuses a page may ask for: input it cannot use (400), or data it cannot reach for now (503). */
export type PageStatus = 400 | 503;

/** A record never taken (the render was abandoned by the front door) goes after this long. */
const FORGET_AFTER_MS = 120_000;

const statuses = () => processSingleton('server.pageStatus', () => new Map<string, PageStatus>());

/**
 * Called by a page with its request's headers (`await headers()`): this render answers `status`. Without a render
 * id (Next.js alone, no front door), nothing.
 */
export function setPageStatus(requestHeaders: { get(name: string): string | null }, status: PageStatus): void {
  const renderId = requestHeaders.get(RENDER_ID_HEADER);
  if (!renderId) return;
  const records = statuses();
  records.set(renderId, status);
  setTimeout(() => records.delete(renderId), FORGET_AFTER_MS).unref();
}

/** Called by the front door once a render is done: the status the page asked for, if any, forgotten once read. */
export function takePageStatus(renderId: string): PageStatus | undefined {
  const records = statuses();
  const status = records.get(renderId);
  records.delete(renderId);
  return status;
}
