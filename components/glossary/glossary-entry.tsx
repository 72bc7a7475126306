import { getGlossaryTerm, glossaryAnchorId } from '@/lib/glossary/terms';
import type { GlossaryTerm } from '@/lib/glossary/types';
import { routes } from '@/lib/routes';

/** One term of /glossaire: heading with its anchor `#terme-<slug>`, definition, « Voir aussi » links. */
export function GlossaryEntry({ term }: { term: GlossaryTerm }) {
  const related = (term.seeAlso ?? []).map(getGlossaryTerm).filter((t): t is GlossaryTerm => t !== undefined);
  const headingId = glossaryAnchorId(term.slug);
  return (
    <article aria-labelledby={headingId} className="border-t border-line/30 py-5">
      <h3 id={headingId} className="scroll-mt-24 text-xl font-bold text-ink">
        {term.term}
      </h3>
      <p className="mt-2 max-w-prose">{term.definition}</p>
      {related.length > 0 ? (
        <p className="mt-2 text-base text-ink-muted">
          <span className="font-semibold">Voir aussi&nbsp;: </span>
          {related.map((r, i) => (
            <span key={r.slug}>
              {i > 0 ? ', ' : null}
              <a href={routes.glossary(r.slug)} className="text-accent-700 underline underline-offset-2 hover:text-accent-800">
                {r.term}
              </a>
            </span>
          ))}
        </p>
      ) : null}
    </article>
  );
}
