import type { ReactNode } from 'react';

/** The single `h1` of a page, with an optional short introduction. */
export function PageHeading({ children, lead }: { children: ReactNode; lead?: ReactNode }) {
  return (
    <div className="mb-8 mt-2 space-y-3">
      <h1 className="text-3xl font-bold leading-tight tracking-tight text-ink sm:text-4xl">{children}</h1>
      {lead ? <p className="text-lg text-ink-muted sm:text-xl">{lead}</p> : null}
    </div>
  );
}
