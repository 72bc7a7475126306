'use client';

import Link from 'next/link';
import { useEffect } from 'react';
import { routes } from '@/lib/routes';

/** Error boundary of every page under the root layout: French text, a retry button, no technical detail. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <main id="contenu" tabIndex={-1} className="mx-auto w-full max-w-prose px-4 py-8 focus:outline-none sm:px-6">
      <h1 className="mb-4 text-3xl font-bold leading-tight">Un problème est survenu</h1>
      <p className="mb-6">
        La page n’a pas pu s’afficher. Ce n’est pas de votre fait. Vous pouvez réessayer dans un instant.
      </p>
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="button"
          onClick={reset}
          className="rounded-lg bg-accent-700 px-5 py-3 font-semibold text-white hover:bg-accent-800"
        >
          Réessayer
        </button>
        <Link href={routes.home()} className="font-semibold text-accent-700 underline underline-offset-2">
          Revenir à l’accueil
        </Link>
      </div>
      {error.digest ? <p className="mt-6 text-base text-ink-muted">Référence de l’erreur&nbsp;: {error.digest}</p> : null}
    </main>
  );
}
