'use client';

import Link from 'next/link';
import { deleteSavedSearch, useSavedSearches } from './saved-searches-store';

/** Home page: the searches saved in this browser, each with a delete button. Nothing when there is none. */
export function SavedSearches() {
  const saved = useSavedSearches();
  if (saved.length === 0) return null;
  return (
    <section aria-labelledby="recherches-enregistrees" className="mt-12">
      <h2 id="recherches-enregistrees" className="text-2xl font-bold">
        Vos recherches enregistrées
      </h2>
      <p className="mt-1 text-base text-ink-muted">Elles restent dans ce navigateur seulement.</p>
      <ul className="mt-4 space-y-3">
        {saved.map((s) => (
          <li key={s.url} className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-line/60 p-3">
            <Link href={s.url} className="font-semibold text-accent-700 underline underline-offset-2 hover:text-accent-800">
              {s.label}
            </Link>
            <button
              type="button"
              onClick={() => deleteSavedSearch(s.url)}
              aria-label={`Supprimer la recherche «\u00A0${s.label}\u00A0»`}
              className="rounded-md border border-line px-3 py-1 text-base hover:bg-accent-50"
            >
              Supprimer
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
