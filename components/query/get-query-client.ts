import { QueryClient, isServer } from '@tanstack/react-query';

/** Lifetimes of client-side query data. The server decides HTTP caching; this only avoids refetch storms. */
const STALE_TIME_MS = 60_000;

function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { staleTime: STALE_TIME_MS, retry: 1, refetchOnWindowFocus: false } },
  });
}

let browserQueryClient: QueryClient | undefined;

/** A new client per server request, one in the browser; never a module-level client on the server. */
export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}
