import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { ConfigurationNotice, ToConfigure } from '@/components/layout/configuration-notice';
import { DataFreshness } from '@/components/layout/data-freshness';
import { Container } from '@/components/ui/container';
import { PageHeading } from '@/components/ui/page-heading';
import { Prose } from '@/components/ui/prose';
import { getEnv } from '@/lib/env';
import { routes } from '@/lib/routes';
import { configurationNotice, type OperatorSetting } from '@/lib/study/legal-texts';
import { getDataStatus } from '@/lib/store/active';

export const metadata: Metadata = {
  title: 'À propos',
  description:
    'Ce qu’est Phare, d’où viennent ses données (ECLAIRE, données publiques ouvertes), leur fraîcheur et leurs limites.',
};

const ECLAIRE_URL = 'https://eclaire-api.sante.gouv.fr';
const LICENCE_URL = 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/';

export default async function AboutPage() {
  await connection();
  const { demo, lastSync } = getDataStatus();
  const env = getEnv();
  const operator = env.PHARE_OPERATOR_NAME;
  const email = env.PHARE_CONTACT_EMAIL;
  const missing: OperatorSetting[] = [...(operator ? [] : ['operator' as const]), ...(email ? [] : ['contact' as const])];
  return (
    <main id="contenu" tabIndex={-1} className="py-8 focus:outline-none">
      <Container>
        <PageHeading lead="Trouver une étude clinique près de chez vous, et la comprendre en français simple.">
          À propos de Phare
        </PageHeading>
        <ConfigurationNotice notice={configurationNotice(missing)} />
        <Prose>
          <h2>Ce qu’est Phare</h2>
          <p>
            Phare vous aide à trouver une étude clinique en France. Vous cherchez par maladie et par lieu. Pour chaque
            étude, Phare résume l’essentiel&nbsp;: ce qui est étudié, qui peut participer, où, et qui contacter.
          </p>
          <p>
            Les mots difficiles renvoient au <Link href={routes.glossary()}>glossaire</Link>. Les textes d’origine
            restent toujours visibles, sans changement.
          </p>
          <p>
            Phare ne décide pas si vous pouvez participer. Seule l’équipe de l’étude peut le dire. Participer à une
            étude ne garantit pas un bénéfice personnel. Parlez-en avec votre médecin&nbsp;: Phare ne remplace pas un avis
            médical.
          </p>
          <p>Phare n’est pas un site officiel de l’État.</p>
          <p>Qui gère ce site&nbsp;: {operator ?? <ToConfigure />}.</p>

          <h2>D’où viennent les données</h2>
          <p>
            Les études viennent d’<a href={ECLAIRE_URL}>ECLAIRE</a>, la base publique nationale des recherches menées
            en France. ECLAIRE réunit les études sur les médicaments, les dispositifs médicaux et les autres
            recherches sur la personne humaine.
          </p>
          <p>
            Ce sont des données publiques ouvertes, publiées sous la{' '}
            <a href={LICENCE_URL} hrefLang="fr">
              Licence Ouverte / Open Licence Etalab 2.0
            </a>
            . Phare les réutilise en citant leur source.
          </p>

          <h2>Les communes et leur position</h2>
          <p>
            Pour chercher autour d’un lieu, Phare place chaque commune en un point, le centre de son territoire. La
            liste des communes, des départements et des régions vient du Code officiel géographique de l’Insee, par le
            paquet <a href="https://github.com/etalab/decoupage-administratif">découpage administratif</a> d’Etalab.
            Le centre de chaque commune est calculé à partir des contours de l’IGN (ADMIN EXPRESS et GEOFLA), publiés
            par le projet <a href="https://github.com/gregoiredavid/france-geojson">france-geojson</a>. Ces données
            sont sous Licence Ouverte. Pour les arrondissements de Paris, Lyon et Marseille et quelques communes de
            Guyane, le point vient de <a href="https://www.geonames.org/">GeoNames</a>, sous licence CC BY 4.0.
          </p>

          <h2>Fraîcheur des données</h2>
          <p>
            Phare garde une copie des données d’ECLAIRE et la relit en entier à heures fixes, deux fois par jour
            (8&nbsp;h et 20&nbsp;h, heure de Paris, sauf réglage contraire), jamais pendant la mise à jour nocturne
            d’ECLAIRE.
          </p>
          <DataFreshness lastSync={lastSync} />
          {demo ? (
            <p className="rounded-lg border-2 border-ink bg-paper-warm p-4">
              <strong>En ce moment, Phare affiche des données de démonstration fictives.</strong> Les études, les
              lieux et les contacts sont inventés. Ils servent seulement à montrer le fonctionnement du site. Ne vous
              y fiez pas pour chercher une étude.
            </p>
          ) : null}

          <h2>Limites à connaître</h2>
          <ul>
            <li>
              Les lieux des études sont placés au niveau de la commune. Le point sur la carte n’est pas l’adresse
              exacte de l’hôpital ou du cabinet.
            </li>
            <li>
              Une étude ne recrute pas forcément dans tous ses lieux, ni tout le temps. Vérifiez auprès de
              l’équipe de l’étude.
            </li>
            <li>
              Les textes sont écrits par les équipes qui mènent les études. Certains ne sont qu’en anglais&nbsp;: Phare
              le signale.
            </li>
            <li>Il peut y avoir un décalage d’un ou deux jours entre une mise à jour et son affichage ici.</li>
          </ul>

          <h2>Signaler une erreur</h2>
          <p>
            Si une information sur une étude vous semble fausse, le plus sûr est d’en parler à l’équipe de
            l’étude, dont le contact est sur sa page. Les données viennent d’ECLAIRE&nbsp;: Phare ne peut pas les corriger lui-même.
          </p>
          {email ? (
            <p>
              Si l’erreur vient de Phare (un lieu mal placé, un texte mal affiché), écrivez-nous à{' '}
              <a href={`mailto:${email}`}>{email}</a>. Indiquez l’adresse de la page et ce qui ne va pas.
            </p>
          ) : (
            <p>
              Si l’erreur vient de Phare (un lieu mal placé, un texte mal affiché), écrivez à qui gère ce site. Son
              adresse de courriel n’est pas encore indiquée&nbsp;: <ToConfigure />.
            </p>
          )}
        </Prose>
      </Container>
    </main>
  );
}
