'use client';

import { useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { BookmarkIcon } from '@/components/ui/icons';
import { saveSearch, useSavedSearches } from './saved-searches-store';
import { useHydrated } from './use-media';

/** « Enregistrer cette recherche »: the current URL and a label, in this browser only (localStorage). */
export function SaveSearchButton({ label }: { label: string }) {
  const hydrated = useHydrated();
  // Filters change the URL in place: read it again on every change.
  const searchParams = useSearchParams();
  const saved = useSavedSearches();
  const [message, setMessage] = useState('');
  const qs = searchParams.toString();
  const currentUrl = hydrated ? `${window.location.pathname}${qs ? `?${qs}` : ''}` : '';
  const already = hydrated && saved.some((s) => s.url === currentUrl);

  function onClick() {
    const url = `${window.location.pathname}${window.location.search}`;
    setMessage(
      saveSearch(label, url)
        ? 'Recherche enregistrée dans ce navigateur. Vous la retrouverez sur la page d’accueil.'
        : 'Votre navigateur n’a pas permis d’enregistrer la recherche.',
    );
  }

  return (
    <div className={hydrated ? '' : 'invisible'}>
      <button
        type="button"
        onClick={onClick}
        disabled={!hydrated}
        className="inline-flex items-center gap-2 rounded-md border border-accent-700 px-3 py-1.5 font-semibold text-accent-700 hover:bg-accent-50"
      >
        <BookmarkIcon />
        {already ? 'Recherche enregistrée' : 'Enregistrer cette recherche'}
      </button>
      <p role="status" className="mt-1 text-base">
        {message}
      </p>
    </div>
  );
}
