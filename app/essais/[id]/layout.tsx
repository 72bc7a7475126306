import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { loadStudy } from './load-study';

/**
 * Settles « does this study exist? » before anything streams, so that an unknown id answers a real HTTP 404
 * (a `notFound()` thrown by the page would come after `loading.tsx` has started the stream, with status 200).
 * The 404 page is `app/essais/not-found.tsx` (the boundary above this layout), the same as `./not-found.tsx`.
 */
export default async function StudyLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { result } = await loadStudy(id);
  if (result.status !== 'found') notFound();
  return children;
}
