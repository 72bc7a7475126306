'use client';

import './globals.css';

/** Last-resort boundary: replaces the root layout, so it brings its own <html lang="fr">. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="fr">
      <head>
        <title>Un problème est survenu — Phare</title>
      </head>
      <body>
        <main id="contenu" className="mx-auto max-w-prose px-4 py-10">
          <p className="mb-6 text-2xl font-bold text-accent-800">Phare</p>
          <h1 className="mb-4 text-3xl font-bold leading-tight">Un problème est survenu</h1>
          <p className="mb-6">Le site n’a pas pu s’afficher. Ce n’est pas de votre fait. Réessayez dans un instant.</p>
          <div className="flex flex-wrap items-center gap-4">
            <button
              type="button"
              onClick={reset}
              className="rounded-lg bg-accent-700 px-5 py-3 font-semibold text-white hover:bg-accent-800"
            >
              Réessayer
            </button>
            {/* A plain link: a full reload, since the app itself failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/" className="font-semibold text-accent-700 underline underline-offset-2">
              Revenir à l’accueil
            </a>
          </div>
          {error.digest ? <p className="mt-6 text-base text-ink-muted">Référence de l’erreur&nbsp;: {error.digest}</p> : null}
          <p className="mt-10">Phare ne remplace pas un avis médical.</p>
        </main>
      </body>
    </html>
  );
}
