'use client';

import { useEffect, type ReactNode } from 'react';

/**
 * The one error message of Phare's error boundaries (app/error.tsx, app/global-error.tsx, app/recherche/error.tsx):
 * what happened in French, that it is not the visitor's fault, a retry button and a way out. No technical detail
 * but the error's reference, which the logs carry too.
 */
export function RetryError({
  message,
  reset,
  digest,
  way,
}: {
  message: string;
  reset: () => void;
  digest?: string;
  /** A link elsewhere (home, a new search): a plain <a> or next/link, given by the boundary. */
  way: ReactNode;
}) {
  useEffect(() => {
    if (digest) console.error(`[erreur] ${digest}`);
  }, [digest]);
  return (
    <div role="alert" className="max-w-prose space-y-4">
      <p>{message} Ce n’est pas de votre fait. Réessayez dans un instant.</p>
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="button"
          onClick={reset}
          className="rounded-lg bg-accent-700 px-5 py-3 font-semibold text-white hover:bg-accent-800"
        >
          Réessayer
        </button>
        {way}
      </div>
      {digest ? <p className="text-base text-ink-muted">Référence de l’erreur&nbsp;: {digest}</p> : null}
    </div>
  );
}
