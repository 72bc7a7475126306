import { readTemporaryNote } from '@/app/essais/[id]/lookup-note';
import { routes } from '@/lib/routes';

/** Unknown study inside an iframe: a short French message, no site chrome of its own. */
export default async function EmbedStudyNotFound() {
  const note = await readTemporaryNote();
  return (
    <main id="contenu" tabIndex={-1} className="space-y-2 p-4 focus:outline-none">
      <h1 className="text-xl font-bold">Étude introuvable</h1>
      <p>{note ?? 'Nous ne trouvons pas d’étude avec ce numéro. Elle n’est peut-être plus publiée.'}</p>
      <p>
        <a href={routes.search()} target="_blank" rel="noopener" className="font-semibold text-accent-700 underline underline-offset-2">
          Rechercher une étude sur Phare<span className="sr-only"> (nouvel onglet)</span>
        </a>
      </p>
    </main>
  );
}
