import { useId } from 'react';

/**
 * A glossary term inside a text, explained in place. Server markup only, so that it can sit in parts of the page
 * that are never hydrated (components/ui/frozen.tsx):
 * - without JavaScript (and until components/study/glossary-toggles.tsx runs), a link to the term on /glossaire;
 * - with it, a button whose name is the term, with `aria-expanded` and `aria-controls`, that shows or hides a short
 *   definition right after it (CSS swaps the two once the page is enhanced: app/globals.css).
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
  const panelId = `definition-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  return (
    <>
      <a href={href} className="term-link">
        {text}
        <span className="sr-only"> (définition dans le glossaire)</span>
      </a>
      <button type="button" aria-expanded="false" aria-controls={panelId} className="term-button" data-glossary-toggle="">
        {text}
      </button>
      <span id={panelId} hidden className="term-panel">
        <span className="font-semibold">{term}&nbsp;: </span>
        {definition}{' '}
        <a href={href} className="link whitespace-nowrap">
          Voir le glossaire
        </a>
      </span>
    </>
  );
}
