'use client';

import { Container } from '@/components/ui/container';
import { PageHeading } from '@/components/ui/page-heading';
import { NotFoundLinks } from './not-found-links';

/**
 * The body of « Étude introuvable »: an id that neither the mirror nor ECLAIRE knows, or (`note`) one that cannot
 * be looked up for now. A client component for the same reason as `PageNotFound`: every study page carries this
 * template in its flight data.
 */
export function StudyNotFound({ note }: { note?: string }) {
  return (
    <main id="contenu" tabIndex={-1} className="py-8 focus:outline-none">
      <Container narrow>
        <PageHeading lead="Nous ne trouvons pas d’étude avec ce numéro.">Étude introuvable</PageHeading>
        <div className="space-y-4">
          {note ? (
            <p role="status" className="rounded-lg border-2 border-ink bg-paper-warm p-3 font-semibold">
              {note}
            </p>
          ) : null}
          <p>Vérifiez le numéro. Il ressemble à 2021-A01022-39 ou à 2022-500014-26-00.</p>
          <p>
            L’étude n’est peut-être plus publiée. Si elle vient d’être publiée, elle apparaîtra après la prochaine mise
            à jour.
          </p>
          <p>
            Il arrive aussi qu’ECLAIRE, la base publique des études, ne réponde pas. Dans ce cas, réessayez dans
            quelques minutes.
          </p>
          <NotFoundLinks />
        </div>
      </Container>
    </main>
  );
}
