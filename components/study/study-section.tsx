import type { ReactNode } from 'react';

/** A titled section of the study page, reachable from the page's table of contents. */
export function StudySection({ id, title, children, className = '' }: { id: string; title: string; children: ReactNode; className?: string }) {
  return (
    <section aria-labelledby={`${id}-titre`} id={id} className={`scroll-mt-24 space-y-4 ${className}`}>
      <h2 id={`${id}-titre`} className="text-2xl font-bold leading-snug text-ink">
        {title}
      </h2>
      {children}
    </section>
  );
}
