import Link from 'next/link';
import type { ReactNode } from 'react';
import { routes } from '@/lib/routes';
import { Container } from '@/components/ui/container';
import { Frozen } from './layout-frozen';
import { LighthouseLogo } from './lighthouse-logo';
import { NavLink } from './nav-link';

/** Calm header: the name, and three links. `banner` (e.g. the demo notice) is shown above it, inside the landmark. */
export function SiteHeader({ banner }: { banner?: ReactNode }) {
  return (
    <header className="border-b border-line/40 bg-paper print:hidden">
      {banner}
      <Container className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2 py-3">
        <Link
          href={routes.home()}
          className="inline-flex items-center gap-2 rounded-md py-1 text-2xl font-bold tracking-tight text-accent-800"
        >
          <Frozen as="span" part="logo" className="contents">
            <LighthouseLogo className="h-9 w-9" />
            <span>Phare</span>
            <span className="sr-only"> — accueil</span>
          </Frozen>
        </Link>
        <nav aria-label="Navigation principale">
          <ul className="-mx-2 flex flex-wrap items-center gap-x-2 gap-y-1">
            <li>
              <NavLink href={routes.search()}>Rechercher</NavLink>
            </li>
            <li>
              <NavLink href={routes.glossary()}>Glossaire</NavLink>
            </li>
            <li>
              <NavLink href={routes.about()}>À propos</NavLink>
            </li>
          </ul>
        </nav>
      </Container>
    </header>
  );
}
