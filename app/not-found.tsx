import type { Metadata } from 'next';
import { PageNotFound } from '@/components/not-found/page-not-found';

export const metadata: Metadata = { title: 'Page introuvable' };

export default function NotFound() {
  return <PageNotFound />;
}
