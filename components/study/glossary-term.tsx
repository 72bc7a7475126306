'use client';

import { useEffect, useId, useState } from 'react';

/**
 * A glossary term inside a text, explained in place. Without JavaScript (and before hydration) it is a link to
 * the term on /glossaire; with it, a button whose name is the term, with `aria-expanded` and `aria-controls`,
 * that shows or hides a short definition right after it.
 */
export function GlossaryTerm({
  text,
  href,
  term,
  definition,
}: {
  /** The words as they appear in the text (the button's accessible name). */
  text: string;
  /** `/glossaire#terme-<slug>` */
  href: string;
  /** The glossary headword, when it differs from `text`. */
  term: string;
  definition: string;
}) {
  const [enhanced, setEnhanced] = useState(false);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  useEffect(() => setEnhanced(true), []);

  if (!enhanced) {
    return (
      <a
        href={href}
        className="term-link"
      >
        {text}
        <span className="sr-only"> (définition dans le glossaire)</span>
      </a>
    );
  }

  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        className="inline rounded-sm text-left text-inherit underline decoration-accent-600 decoration-dotted decoration-2 underline-offset-4 hover:bg-accent-50 hover:text-accent-800 aria-expanded:bg-accent-50"
      >
        {text}
      </button>
      <span
        id={panelId}
        hidden={!open}
        className="my-2 rounded-md [&:not([hidden])]:block border-l-4 border-accent-600 bg-accent-50 px-3 py-2 text-base font-normal text-ink"
      >
        <span className="font-semibold">{term} : </span>
        {definition}{' '}
        <a href={href} className="link whitespace-nowrap">
          Voir le glossaire
        </a>
      </span>
    </>
  );
}
