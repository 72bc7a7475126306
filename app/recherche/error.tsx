'use client';

import { SearchPageFrame, SearchPageTitle } from '@/components/search/search-page-frame';
import { routes } from '@/lib/routes';

/** The search failed on the server: say it plainly and offer to try again. No technical detail is shown. */
export default function SearchError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <SearchPageFrame>
      <SearchPageTitle />
      <div role="alert" className="mt-6 max-w-prose rounded-lg border-2 border-ink bg-paper-warm p-4">
        <p className="font-semibold">La recherche n’a pas pu aboutir.</p>
        <p className="mt-2">Ce n’est pas de votre fait. Réessayez dans un instant.</p>
        <div className="mt-4 flex flex-wrap gap-4">
          <button
            type="button"
            onClick={reset}
            className="rounded-md bg-accent-700 px-4 py-2 font-semibold text-paper hover:bg-accent-800"
          >
            Réessayer
          </button>
          <a href={routes.search()} className="self-center font-medium text-accent-700 underline underline-offset-2">
            Recommencer une recherche
          </a>
        </div>
      </div>
    </SearchPageFrame>
  );
}
