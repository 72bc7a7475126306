import type { ReactNode } from 'react';

/** Reading text of static pages: spacing for headings, paragraphs, lists and links, lines of about 70 characters. */
export function Prose({ children }: { children: ReactNode }) {
  return (
    <div
      className={[
        'max-w-prose space-y-4',
        '[&_h2]:mt-10 [&_h2]:text-2xl [&_h2]:font-bold [&_h2]:leading-snug',
        '[&_h3]:mt-6 [&_h3]:text-xl [&_h3]:font-semibold',
        '[&_ul]:list-disc [&_ul]:space-y-2 [&_ul]:pl-6',
        '[&_a]:font-medium [&_a]:text-accent-700 [&_a]:underline [&_a]:underline-offset-2 hover:[&_a]:text-accent-800',
      ].join(' ')}
    >
      {children}
    </div>
  );
}
