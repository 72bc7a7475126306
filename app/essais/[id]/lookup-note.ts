import { headers } from 'next/headers';
import { isTemporary } from '@/lib/sync/study-lookup';
import { loadStudy } from './load-study';

/**
 * Why a study page is a 404, when it is only for now (ECLAIRE unreachable, or the lookup budget spent):
 * the not-found pages cannot receive the id, so they read the path the middleware passes on.
 */
export async function readTemporaryNote(): Promise<string | undefined> {
  const path = (await headers()).get('x-phare-pathname') ?? '';
  const match = /\/essais\/([^/]+)\/?$/.exec(path);
  if (!match) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
  const { result } = await loadStudy(id);
  return isTemporary(result) && result.status === 'not-found' ? result.note : undefined;
}
