import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { QueryProvider } from '@/components/query/query-provider';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Phare — trouver une étude clinique près de chez vous', template: '%s — Phare' },
  description:
    'Phare vous aide à trouver une étude clinique en France, près de chez vous, et à la comprendre en français simple.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr">
      <body>
        <QueryProvider>{children}</QueryProvider>
      </body>
    </html>
  );
}
