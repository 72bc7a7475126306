'use client';

import { Container } from '@/components/ui/container';
import { PageHeading } from '@/components/ui/page-heading';
import { NotFoundLinks } from './not-found-links';

/**
 * The 404 page's body. A client component on purpose: Next puts the not-found template in the flight data of
 * every page under its boundary, and a client component is a reference there, not its whole tree (its code comes
 * once, in a small chunk the browser caches).
 */
export function PageNotFound() {
  return (
    <main id="contenu" tabIndex={-1} className="py-8 focus:outline-none">
      <Container narrow>
        <PageHeading lead="Cette page n’existe pas, ou plus. L’adresse a peut-être changé, ou l’étude n’est plus publiée.">
          Page introuvable
        </PageHeading>
        <NotFoundLinks />
      </Container>
    </main>
  );
}
