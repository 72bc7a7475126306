import { cache } from 'react';
import { getEclaireClient } from '@/lib/eclaire/client';
import { getActiveStore } from '@/lib/store/active';
import { getStudyOrFetch } from '@/lib/sync/study-lookup';

/** One lookup per request, shared by the layout (404 status), `generateMetadata` and the page. */
export const loadStudy = cache(async (id: string) => {
  const active = getActiveStore();
  const result = await getStudyOrFetch(id, { store: active?.store, demo: active?.demo ?? false, client: getEclaireClient });
  return { result, demo: active?.demo ?? false };
});
