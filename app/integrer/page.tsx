import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { CopyButton } from '@/components/study/copy-button';
import { Container } from '@/components/ui/container';
import { PageHeading } from '@/components/ui/page-heading';
import { Prose } from '@/components/ui/prose';
import { getEnv } from '@/lib/env';
import { absoluteUrl, routes } from '@/lib/routes';
import { requestOrigin } from '@/lib/study/public-url';

export const metadata: Metadata = {
  title: 'Intégrer Phare à votre site',
  description:
    'Liens stables vers les recherches et les études de Phare, et intégration dans une iframe pour les portails publics et partenaires.',
};

export const dynamic = 'force-dynamic';

/** Public search parameters (DESIGN.md), the same for /recherche, /embed/recherche and /api/studies. */
const PARAMETERS: readonly [string, string, string][] = [
  [
    'maladie',
    'Texte libre\u00A0: maladie, mot-clé, médicament, acronyme ou numéro ECLAIRE. Un lieu, un âge ou un sexe écrits au début ou à la fin sont reconnus\u00A0: «\u00A0asthme lyon\u00A0» cherche l’asthme à moins de 30\u00A0km de Lyon',
    'maladie=asthme+lyon',
  ],
  ['texte', 'exact\u00A0: chercher le texte de «\u00A0maladie\u00A0» tel quel, sans y reconnaître de lieu, d’âge ni de sexe', 'texte=exact'],
  ['region', 'Code INSEE de la région (11 Île-de-France … 04 La Réunion, 06 Mayotte)', 'region=52'],
  ['departement', 'Code du département', 'departement=2A'],
  ['lieu', 'Code INSEE de la commune ou code postal\u202F; avec rayon en km (30 par défaut)', 'lieu=44109&rayon=50'],
  ['lat, lon', 'Un point (par exemple la position de la personne)\u202F; avec rayon', 'lat=47.21&lon=-1.55'],
  ['categorie', 'Répétable\u00A0: jarde-1, jarde-2, jarde-3, medicament, dispositif, diagnostic', 'categorie=jarde-1&categorie=medicament'],
  ['recrutement', 'ouvert (par défaut), a-venir, suspendu, termine, tous', 'recrutement=suspendu'],
  ['age', 'Âge de la personne, en années', 'age=45'],
  ['sexe', 'femme ou homme', 'sexe=femme'],
  ['volontaire', 'sain\u00A0: seulement les études qui cherchent des volontaires en bonne santé', 'volontaire=sain'],
  ['phase', 'Répétable\u00A0: 1, 2, 3, 4, na', 'phase=3'],
  ['tri', 'pertinence (par défaut avec un texte), distance (par défaut avec un lieu), recent (date de début du recrutement, la plus récente d’abord)', 'tri=recent'],
  ['page', 'Numéro de page, à partir de 1', 'page=2'],
];

function Code({ children }: { children: string }) {
  return <code className="break-all rounded bg-paper-warm px-1 font-mono text-base">{children}</code>;
}

function Snippet({ label, code }: { label: string; code: string }) {
  return (
    <div className="space-y-2">
      <p className="font-semibold">{label}</p>
      {/* Focusable so that keyboard users can scroll a long line (axe: scrollable-region-focusable). */}
      <pre
        tabIndex={0}
        role="region"
        aria-label={`Code à copier\u00A0: ${label.toLowerCase()}`}
        className="overflow-x-auto rounded-lg border border-line bg-paper-warm p-3 text-sm"
      >
        <code>{code}</code>
      </pre>
      <CopyButton value={code} label={`Copier le code\u00A0: ${label.toLowerCase()}`} copiedMessage="Code copié." />
    </div>
  );
}

export default async function IntegratePage() {
  const env = getEnv();
  const origin = requestOrigin(env.PHARE_PUBLIC_URL, await headers(), env.PHARE_TRUSTED_PROXIES);
  const exampleStudy = '2021-A01022-39';
  const searchEmbed = absoluteUrl(origin, routes.embedSearch('maladie=diab%C3%A8te&region=52'));
  const studyEmbed = absoluteUrl(origin, routes.embedStudy(exampleStudy));
  const searchSnippet = `<iframe src="${searchEmbed}" title="Études cliniques sur le diabète en Pays de la Loire (Phare)" width="100%" height="720" loading="lazy" style="border:0"></iframe>`;
  const studySnippet = `<iframe src="${studyEmbed}" title="Une étude clinique en bref (Phare)" width="100%" height="520" loading="lazy" style="border:0"></iframe>`;

  return (
    <main id="contenu" tabIndex={-1} className="py-8 focus:outline-none">
      <Container>
        <PageHeading lead="Portails publics, associations de patients, établissements de santé&nbsp;: voici comment renvoyer vers Phare ou l’intégrer à vos pages.">
          Intégrer Phare à votre site
        </PageHeading>
        <Prose>
          <h2>Faire un lien vers Phare</h2>
          <p>Les adresses de Phare sont stables. Vous pouvez les utiliser sans nous prévenir.</p>
          <ul>
            <li>
              Une étude&nbsp;: <Code>{absoluteUrl(origin, routes.study(exampleStudy))}</Code>. Le numéro est celui
              d’ECLAIRE&nbsp;: numéro européen (par exemple 2022-500014-26-00) ou ID-RCB (par exemple 2021-A01022-39).
            </li>
            <li>
              Une recherche&nbsp;: <Code>{absoluteUrl(origin, routes.search('maladie=mucoviscidose&region=11'))}</Code>
            </li>
            <li>
              Les mêmes paramètres donnent la réponse en JSON&nbsp;: <Code>{absoluteUrl(origin, routes.api.studies('maladie=mucoviscidose'))}</Code>
            </li>
            <li>
              Ce que Phare a reconnu dans le texte (lieu, âge, sexe, mots laissés de côté) est dans le champ{' '}
              <Code>understood</Code> de la réponse JSON. Avec <Code>texte=exact</Code>, le texte est cherché tel quel.
            </li>
          </ul>
        </Prose>

        <h3 className="mt-8 text-xl font-semibold">Paramètres de recherche</h3>
        <div className="mt-3 overflow-x-auto">
          <table className="w-full border-collapse text-left text-base">
            <caption className="sr-only">Paramètres des adresses de recherche de Phare</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-4">Nom</th>
                <th scope="col" className="py-2 pr-4">Valeurs</th>
                <th scope="col" className="py-2">Exemple</th>
              </tr>
            </thead>
            <tbody>
              {PARAMETERS.map(([name, values, example]) => (
                <tr key={name} className="border-b border-line/40 align-top">
                  <th scope="row" className="py-2 pr-4 font-mono font-semibold">
                    {name}
                  </th>
                  <td className="py-2 pr-4">{values}</td>
                  <td className="py-2 font-mono text-sm">{example}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>

        <div className="mt-10 max-w-prose space-y-6">
          <h2 className="text-2xl font-bold">Intégrer Phare dans une iframe</h2>
          <p>
            Les vues <Code>/embed/recherche</Code> et <Code>/embed/essais/…</Code> sont faites pour les iframes. Elles
            acceptent les mêmes paramètres. Leurs liens ouvrent Phare dans un nouvel onglet.
          </p>
          <Snippet label="Une recherche" code={searchSnippet} />
          <Snippet label="Une étude" code={studySnippet} />
          <p>Donnez toujours un titre (attribut title) à l’iframe&nbsp;: il est lu par les lecteurs d’écran.</p>

          <h3 className="text-xl font-semibold">Sites autorisés</h3>
          <p>Pour des raisons de sécurité, seuls ces sites peuvent afficher Phare dans une iframe&nbsp;:</p>
          {env.PHARE_EMBED_ORIGINS.length ? (
            <ul className="list-disc space-y-1 pl-6">
              {env.PHARE_EMBED_ORIGINS.map((o) => (
                <li key={o}>
                  <Code>{o}</Code>
                </li>
              ))}
            </ul>
          ) : (
            <p>Aucun site n’est autorisé pour le moment.</p>
          )}
          <p>Pour ajouter votre site, demandez à l’équipe qui héberge Phare de l’ajouter à cette liste.</p>

          <h3 className="text-xl font-semibold">Données</h3>
          <p>
            Les informations viennent d’ECLAIRE, la base publique des recherches menées en France. Elles sont mises à
            jour chaque jour. Phare ne remplace pas un avis médical&nbsp;: gardez ce message près de vos liens.
          </p>
        </div>
      </Container>
    </main>
  );
}
