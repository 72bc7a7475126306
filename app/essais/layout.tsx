import type { ReactNode } from 'react';

/** Pass-through: gives `/essais/*` its own not-found boundary (`not-found.tsx` beside this file). */
export default function StudiesLayout({ children }: { children: ReactNode }) {
  return children;
}
