'use client';

import { useEffect, useRef, useState } from 'react';

/**
 * Copies a text with the Clipboard API and says so in a live region. When the API is missing or refused, it
 * says how to copy by hand (the text stays visible next to the button).
 */
export function CopyButton({
  value,
  label,
  copiedMessage = 'Lien copié.',
  className = '',
}: {
  value: string;
  label: string;
  copiedMessage?: string;
  className?: string;
}) {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function copy() {
    clearTimeout(timer.current);
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(value);
      setMessage(copiedMessage);
    } catch {
      setMessage('La copie automatique n’est pas possible ici. Sélectionnez le texte et copiez-le.');
    }
    timer.current = setTimeout(() => setMessage(''), 6000);
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={copy}
        className={`inline-flex items-center gap-2 rounded-lg border-2 border-accent-700 bg-paper px-4 py-2 font-semibold text-accent-700 hover:bg-accent-50 ${className}`}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth={2}>
          <rect x="9" y="9" width="11" height="11" rx="2" />
          <path d="M5 15V5a2 2 0 0 1 2-2h8" />
        </svg>
        {label}
      </button>
      <span role="status" aria-live="polite" className="font-semibold text-accent-800">
        {message}
      </span>
    </span>
  );
}
