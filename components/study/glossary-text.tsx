import { Fragment, type ReactNode } from 'react';
import { Frozen } from '@/components/ui/frozen';
import { findGlossaryTerms } from '@/lib/glossary/find-terms';
import { getGlossaryTerm } from '@/lib/glossary/terms';
import { routes } from '@/lib/routes';
import { GlossaryTerm } from './glossary-term';

/**
 * A text from ECLAIRE, shown as text (React escapes it), with its glossary terms turned into in-place
 * explanations. The wording is never changed. `seen` is shared across the texts of one list so that each term
 * is explained once, where it first appears.
 */
export function GlossaryDisclosureText({ text, seen }: { text: string; seen?: Set<string> }) {
  const matches = findGlossaryTerms(text);
  if (matches.length === 0) return <>{text}</>;
  const done = seen ?? new Set<string>();
  const parts: ReactNode[] = [];
  let cursor = 0;
  for (const m of matches) {
    if (done.has(m.slug)) continue;
    const entry = getGlossaryTerm(m.slug);
    if (!entry) continue;
    done.add(m.slug);
    if (m.start > cursor) parts.push(text.slice(cursor, m.start));
    parts.push(
      <GlossaryTerm
        key={`${m.start}-${m.slug}`}
        text={text.slice(m.start, m.end)}
        href={routes.glossary(m.slug)}
        term={entry.term}
        definition={entry.definition}
      />,
    );
    cursor = m.end;
  }
  if (cursor < text.length) parts.push(text.slice(cursor));
  return (
    <>
      {parts.map((p, i) => (
        <Fragment key={i}>{p}</Fragment>
      ))}
    </>
  );
}

/** The glossary terms of a text, as a list of in-place explanations (used under the title, outside the h1). */
export function GlossaryTermList({ text, label }: { text: string; label: string }) {
  const slugs = [...new Set(findGlossaryTerms(text).map((m) => m.slug))];
  const terms = slugs.map(getGlossaryTerm).filter((t) => t !== undefined);
  if (terms.length === 0) return null;
  return (
    <Frozen part="mots-du-titre" className="text-base">
      <p className="font-semibold">{label}</p>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {terms.map((t) => (
          <li key={t.slug}>
            <GlossaryTerm text={t.term} href={routes.glossary(t.slug)} term={t.term} definition={t.definition} />
          </li>
        ))}
      </ul>
    </Frozen>
  );
}
