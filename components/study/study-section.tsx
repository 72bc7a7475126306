import type { ReactNode } from 'react';
import { Frozen } from '@/components/ui/frozen';

/**
 * A titled section of the study page, reachable from the page's table of contents. Sent once, as HTML, unless
 * something inside it is interactive (components/ui/frozen.tsx).
 */
export function StudySection({ id, title, children, className = '' }: { id: string; title: string; children: ReactNode; className?: string }) {
  return (
    <Frozen as="section" part={id} aria-labelledby={`${id}-titre`} id={id} className={`scroll-mt-24 space-y-4 ${className}`}>
      <h2 id={`${id}-titre`} className="text-2xl font-bold leading-snug text-ink">
        {title}
      </h2>
      {children}
    </Frozen>
  );
}
