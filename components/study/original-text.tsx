import type { ReactNode } from 'react';

/** True for a BCP 47 tag of English (`en`, `en-GB`). */
export function isEnglish(lang: string | undefined): boolean {
  return !!lang && /^en(-|$)/i.test(lang);
}

/** « Texte original en anglais », said in French before an upstream text that ECLAIRE gives only in English. */
export function EnglishLabel({ className = '' }: { className?: string }) {
  return (
    <span
      className={`mr-2 inline-flex items-center rounded border border-line bg-paper-warm px-1.5 text-sm font-medium not-italic text-ink ${className}`}
    >
      Texte original en anglais
    </span>
  );
}

/**
 * An upstream text in its original wording. When its language is not French it carries `lang` (for screen
 * readers and translators) and the French label that says so.
 */
export function OriginalText({ lang, children }: { lang?: string; children: ReactNode }) {
  if (!isEnglish(lang)) return <>{children}</>;
  return (
    <>
      <EnglishLabel />
      <span lang="en">{children}</span>
    </>
  );
}
