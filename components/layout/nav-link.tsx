'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

/** Header link that says which page is open (`aria-current="page"`, underline), not by colour alone. */
export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const pathname = usePathname();
  const current = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={current ? 'page' : undefined}
      className={`rounded-md px-2 py-1 font-medium text-accent-700 hover:bg-accent-50 hover:text-accent-800 ${
        current ? 'underline decoration-2 underline-offset-8' : ''
      }`}
    >
      {children}
    </Link>
  );
}
