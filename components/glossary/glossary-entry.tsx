import { Fragment } from 'react';
import { getGlossaryTerm, glossaryAnchorId } from '@/lib/glossary/terms';
import type { GlossaryTerm } from '@/lib/glossary/types';
import { routes } from '@/lib/routes';

/**
 * The look of the entries, set once on their container (`GLOSSARY_ENTRIES_CLASS`) rather than on each of the 240
 * entries: the page is a long list, and every class written per entry would be sent 240 times.
 */
export const GLOSSARY_ENTRIES_CLASS = [
  '[&_article]:border-t [&_article]:border-line/30 [&_article]:py-5',
  '[&_h3]:scroll-mt-24 [&_h3]:text-xl [&_h3]:font-bold [&_h3]:text-ink',
  '[&_article>p]:mt-2 [&_article>p]:max-w-prose [&_article>p+p]:text-base [&_article>p+p]:text-ink-muted',
  '[&_article_a]:text-accent-700 [&_article_a]:underline [&_article_a]:underline-offset-2 [&_article_a:hover]:text-accent-800',
].join(' ');

/** One term of /glossaire: heading with its anchor `#terme-<slug>`, definition, « Voir aussi » links. */
export function GlossaryEntry({ term }: { term: GlossaryTerm }) {
  const related = (term.seeAlso ?? []).map(getGlossaryTerm).filter((t): t is GlossaryTerm => t !== undefined);
  const headingId = glossaryAnchorId(term.slug);
  return (
    <article aria-labelledby={headingId}>
      <h3 id={headingId}>{term.term}</h3>
      <p>{term.definition}</p>
      {related.length > 0 ? (
        <p>
          <b>Voir aussi&nbsp;:</b>{' '}
          {related.map((r, i) => (
            <Fragment key={r.slug}>
              {i > 0 ? ', ' : null}
              <a href={routes.glossary(r.slug)}>{r.term}</a>
            </Fragment>
          ))}
        </p>
      ) : null}
    </article>
  );
}
