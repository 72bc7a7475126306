'use client';

import Link from 'next/link';
import { Container } from '@/components/ui/container';
import { PageHeading } from '@/components/ui/page-heading';
import { routes } from '@/lib/routes';

/**
 * The 404 page's body. A client component on purpose: Next puts the not-found template in the flight data of
 * every page under its boundary, and a client component is a reference there, not its whole tree (its code comes
 * once, with the cached layout chunk).
 */
export function PageNotFound() {
  return (
    <main id="contenu" tabIndex={-1} className="py-8 focus:outline-none">
      <Container narrow>
        <PageHeading lead="Cette page n’existe pas, ou plus. L’adresse a peut-être changé, ou l’étude n’est plus publiée.">
          Page introuvable
        </PageHeading>
        <ul className="space-y-3">
          <li>
            <Link href={routes.search()} className="font-semibold text-accent-700 underline underline-offset-2">
              Rechercher une étude
            </Link>
          </li>
          <li>
            <Link href={routes.home()} className="font-semibold text-accent-700 underline underline-offset-2">
              Revenir à l’accueil
            </Link>
          </li>
        </ul>
      </Container>
    </main>
  );
}
