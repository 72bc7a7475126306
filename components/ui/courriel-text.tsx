import { Fragment } from 'react';

const COURRIEL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/** A sentence whose courriel addresses are `mailto:` links; the rest is plain text (React escapes it). */
export function CourrielText({ text }: { text: string }) {
  const parts: (string | { email: string })[] = [];
  let cursor = 0;
  for (const m of text.matchAll(COURRIEL)) {
    const start = m.index ?? 0;
    if (start > cursor) parts.push(text.slice(cursor, start));
    parts.push({ email: m[0] });
    cursor = start + m[0].length;
  }
  if (parts.length === 0) return <>{text}</>;
  if (cursor < text.length) parts.push(text.slice(cursor));
  return (
    <>
      {parts.map((p, i) => (
        <Fragment key={i}>{typeof p === 'string' ? p : <a href={`mailto:${p.email}`}>{p.email}</a>}</Fragment>
      ))}
    </>
  );
}
