import { Fragment, type ReactNode } from 'react';
import { findGlossaryTerms } from '@/lib/glossary/find-terms';
import { getGlossaryTerm } from '@/lib/glossary/terms';
import { routes } from '@/lib/routes';

/**
 * A text with its glossary terms linked to /glossaire (server component). The text itself is never changed.
 * `firstOnly` (default) links each term once, so long criteria do not turn into a sea of links.
 */
export function GlossaryText({ text, firstOnly = true }: { text: string; firstOnly?: boolean }) {
  const matches = findGlossaryTerms(text);
  if (matches.length === 0) return <>{text}</>;
  const seen = new Set<string>();
  const parts: ReactNode[] = [];
  let cursor = 0;
  for (const m of matches) {
    if (firstOnly && seen.has(m.slug)) continue;
    seen.add(m.slug);
    if (m.start > cursor) parts.push(text.slice(cursor, m.start));
    const term = getGlossaryTerm(m.slug);
    parts.push(
      <a
        key={`${m.start}-${m.slug}`}
        href={routes.glossary(m.slug)}
        className="text-inherit underline decoration-accent-600 decoration-dotted decoration-2 underline-offset-4 hover:text-accent-800"
      >
        {text.slice(m.start, m.end)}
        <span className="sr-only"> (définition{term ? ` : ${term.term}` : ''})</span>
      </a>,
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
