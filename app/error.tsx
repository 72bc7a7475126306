'use client';

import Link from 'next/link';
import { RetryError } from '@/components/ui/retry-error';
import { routes } from '@/lib/routes';

/** Error boundary of every page under the root layout. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="contenu" tabIndex={-1} className="mx-auto w-full max-w-prose px-4 py-8 focus:outline-none sm:px-6">
      <h1 className="mb-4 text-3xl font-bold leading-tight">Un problème est survenu</h1>
      <RetryError
        message="La page n’a pas pu s’afficher."
        reset={reset}
        digest={error.digest}
        way={
          <Link href={routes.home()} className="font-semibold text-accent-700 underline underline-offset-2">
            Revenir à l’accueil
          </Link>
        }
      />
    </main>
  );
}
