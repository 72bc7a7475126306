'use client';

import { SearchPageFrame, SearchPageTitle } from '@/components/search/search-page-frame';
import { RetryError } from '@/components/ui/retry-error';
import { routes } from '@/lib/routes';

/** The search failed on the server: say it plainly and offer to try again. */
export default function SearchError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <SearchPageFrame>
      <SearchPageTitle />
      <div className="mt-6 rounded-lg border-2 border-ink bg-paper-warm p-4">
        <RetryError
          message="La recherche n’a pas pu aboutir."
          reset={reset}
          digest={error.digest}
          way={
            <a href={routes.search()} className="link">
              Recommencer une recherche
            </a>
          }
        />
      </div>
    </SearchPageFrame>
  );
}
