'use client';

import { useEffect, useState } from 'react';

/** « Fiche pour mon médecin » : prints the one-page sheet (the print stylesheet shows only the sheet). */
export function PrintButton() {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  return (
    <button
      type="button"
      onClick={() => window.print()}
      disabled={!ready}
      className="inline-flex items-center gap-2 rounded-lg border-2 border-accent-700 bg-accent-700 px-4 py-2 font-semibold text-paper hover:bg-accent-800 disabled:opacity-70"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth={2}>
        <path d="M6 9V3h12v6M6 18H4v-7h16v7h-2M8 14h8v7H8z" />
      </svg>
      Fiche pour mon médecin (imprimer)
    </button>
  );
}
