import { cache } from 'react';
import { isServingDemo } from '@/lib/store/active';
import { lookupStudy } from '@/lib/sync/study-lookup';

/** One lookup per request, shared by the layout (404 status), `generateMetadata` and the page. */
export const loadStudy = cache(async (id: string) => {
  const result = await lookupStudy(id);
  return { result, demo: isServingDemo() };
});
