import type { ReactNode } from 'react';

/** Centred column with side padding; `narrow` keeps reading text near 70 characters per line. */
export function Container({
  children,
  narrow = false,
  className = '',
}: {
  children: ReactNode;
  narrow?: boolean;
  className?: string;
}) {
  return <div className={`mx-auto w-full px-4 sm:px-6 ${narrow ? 'max-w-prose' : 'max-w-5xl'} ${className}`}>{children}</div>;
}
