import { SearchPageFrame, SearchPageTitle } from '@/components/search/search-page-frame';

const bar = 'rounded bg-line/20';

/**
 * Without JavaScript, a streamed page stays hidden behind this skeleton (React reveals it with a script). This
 * style, read only when scripts are off, hides the skeleton and shows the page where React left it (at the end
 * of <body>), placed before the footer.
 */
const NO_SCRIPT_CSS = `
[data-squelette-recherche] { display: none !important; }
body > div[hidden][id^="S:"] { display: block !important; order: 1; }
body > footer { order: 2; }
`;

/** Skeleton of the results page: same frame, same blocks and heights as the real page, so nothing moves. */
export default function SearchLoading() {
  return (
    <SearchPageFrame skeleton>
      <noscript>
        <style>{NO_SCRIPT_CSS}</style>
      </noscript>
      <SearchPageTitle />
      <div aria-busy="true">
        <p role="status" className="sr-only">
          Chargement des résultats…
        </p>
        <div aria-hidden="true">
          <div className="mt-4 h-[19rem] rounded-xl border border-line/60 bg-paper-warm p-4 md:h-[9.5rem]" />
          <div className={`mt-2 h-7 w-72 max-w-full ${bar}`} />
          <div className="mt-8 lg:grid lg:grid-cols-[17rem_minmax(0,1fr)] lg:gap-8">
            <div className="mb-6 h-14 rounded-lg border border-line/60 lg:hidden" />
            <div className="hidden space-y-4 lg:block">
              <div className={`h-8 w-32 ${bar}`} />
              {Array.from({ length: 8 }, (_, i) => (
                <div key={i} className={`h-6 ${bar}`} />
              ))}
            </div>
            <div className="min-w-0 space-y-3">
              <div className={`h-8 w-40 ${bar}`} />
              <div className={`h-7 w-64 max-w-full ${bar}`} />
              <div className="mt-6 lg:grid lg:grid-cols-[minmax(0,1fr)_minmax(0,0.9fr)] lg:gap-6">
                <div className="space-y-4">
                  {Array.from({ length: 4 }, (_, i) => (
                    <div key={i} className="h-44 rounded-lg border border-line/60 p-4">
                      <div className={`h-6 w-3/4 ${bar}`} />
                      <div className={`mt-3 h-6 w-1/2 ${bar}`} />
                      <div className={`mt-3 h-5 w-2/3 ${bar}`} />
                    </div>
                  ))}
                </div>
                <div className="hidden h-[calc(100vh-2rem)] rounded-lg bg-paper-warm lg:block" />
              </div>
            </div>
          </div>
        </div>
      </div>
    </SearchPageFrame>
  );
}
