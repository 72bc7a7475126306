import { headers } from 'next/headers';
import { setPageStatus } from '@/lib/server/page-status';
import { isTemporary } from '@/lib/sync/study-lookup';
import { loadStudy } from './load-study';

/**
 * Why a study cannot be shown, when it is only for now (ECLAIRE unreachable, or the lookup budget spent): the page
 * then answers 503 with `Retry-After`, not 404, so that search engines and partners come back instead of dropping
 * the address (lib/server/page-status.ts). The not-found pages cannot receive the id, so they read the path the
 * middleware passes on.
 */
export async function readTemporaryNote(): Promise<string | undefined> {
  const requestHeaders = await headers();
  const path = requestHeaders.get('x-phare-pathname') ?? '';
  const match = /\/essais\/([^/]+)\/?$/.exec(path);
  if (!match) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
  const { result } = await loadStudy(id);
  if (!isTemporary(result) || result.status !== 'not-found') return undefined;
  setPageStatus(requestHeaders, 503);
  return result.note;
}
