import type { Metadata } from 'next';
import { connection } from 'next/server';
import { ConfigurationNotice, ToConfigure } from '@/components/layout/configuration-notice';
import { Container } from '@/components/ui/container';
import { PageHeading } from '@/components/ui/page-heading';
import { Prose } from '@/components/ui/prose';
import { getEnv } from '@/lib/env';
import { ACCESSIBILITY_TEXTS, configurationNotice, type OperatorSetting } from '@/lib/study/legal-texts';

export const metadata: Metadata = {
  title: 'Accessibilité',
  description: ACCESSIBILITY_TEXTS.metaDescription,
};

/** Date of this statement; update it with every new check. */
const STATEMENT_DATE = '2026-11-27';
const statementDate = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(
  new Date(STATEMENT_DATE),
);

export default async function AccessibilityPage() {
  // The operator's name and courriel are read when the page is asked for, not when it is built.
  await connection();
  const env = getEnv();
  const operator = env.PHARE_OPERATOR_NAME;
  const email = env.PHARE_ACCESSIBILITY_EMAIL ?? env.PHARE_CONTACT_EMAIL;
  const missing: OperatorSetting[] = [...(operator ? [] : ['operator' as const]), ...(email ? [] : ['accessibility' as const])];
  const status = ACCESSIBILITY_TEXTS.status;
  return (
    <main id="contenu" tabIndex={-1} className="py-8 focus:outline-none">
      <Container>
        <PageHeading lead="Phare veut être utilisable par tout le monde, quels que soient vos outils et vos besoins.">
          Déclaration d’accessibilité
        </PageHeading>
        <ConfigurationNotice notice={configurationNotice(missing)} />
        <Prose>
          <p>
            Cette déclaration s’applique au site Phare. Elle suit le référentiel général d’amélioration de
            l’accessibilité (RGAA), version 4.1.
          </p>
          <p>Qui gère ce site&nbsp;: {operator ?? <ToConfigure />}.</p>

          <h2>{status.heading}</h2>
          {status.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}

          <h2>Ce que nous avons vérifié</h2>
          <p>Un audit complet des 106 critères n’a pas encore été fait. Nous vérifions à chaque version ces points&nbsp;:</p>
          <ul>
            <li>la langue de chaque page et un titre de page unique&#8239;;</li>
            <li>un seul titre principal par page et une suite de titres logique&#8239;;</li>
            <li>un lien «&nbsp;Aller au contenu&nbsp;» en tête de page&#8239;;</li>
            <li>des contrastes de couleur d’au moins 4,5 pour 1&#8239;;</li>
            <li>des états et des catégories dits par des mots et des icônes, jamais par la couleur seule&#8239;;</li>
            <li>des liens et des boutons au nom clair&#8239;;</li>
            <li>des champs de formulaire avec une étiquette&#8239;;</li>
            <li>une navigation complète au clavier, avec un focus bien visible&#8239;;</li>
            <li>un affichage lisible sur téléphone et avec un zoom à 200&#8239;%.</li>
          </ul>

          <h3>Méthode</h3>
          <ul>
            <li>
              Des tests automatiques avec axe-core, sur chaque page, à chaque version du site. Ils couvrent les
              règles WCAG 2.1 de niveaux A et AA que l’on peut tester par programme.
            </li>
            <li>Des parcours faits à la main, au clavier seul, dans Chromium.</li>
          </ul>
          <p>Ces vérifications ne remplacent pas un audit complet, que nous prévoyons de faire.</p>

          <h2>Contenus non accessibles</h2>
          <h3>Non-conformités connues</h3>
          <ul>
            <li>
              La carte des lieux n’est pas entièrement utilisable au clavier ni avec un lecteur d’écran. La liste des
              lieux, affichée à côté de la carte, donne les mêmes informations&nbsp;: c’est l’alternative accessible.
            </li>
            <li>
              Les textes d’origine des études viennent d’ECLAIRE. Leur mise en forme et leur langue ne dépendent pas
              de nous. Quand un texte est en anglais, Phare le signale.
            </li>
          </ul>

          <h2>Établissement de cette déclaration</h2>
          <p>
            Cette déclaration a été établie le <time dateTime={STATEMENT_DATE}>{statementDate}</time>.
          </p>
          <p>Technologies utilisées&nbsp;: HTML, CSS, JavaScript, WAI-ARIA.</p>

          <h2>Signaler un problème</h2>
          <p>
            Si vous n’arrivez pas à utiliser une partie de Phare, dites-le-nous. Nous chercherons une solution, et
            nous vous donnerons l’information sous une autre forme si besoin.
          </p>
          {email ? (
            <p>
              Écrivez-nous à <a href={`mailto:${email}`}>{email}</a>. Indiquez la page, ce que vous cherchiez à faire,
              et si possible vos outils (navigateur, lecteur d’écran…).
            </p>
          ) : (
            <p>
              L’adresse de courriel où nous écrire n’est pas encore indiquée&nbsp;: <ToConfigure />.
            </p>
          )}

          <h2>Voies de recours</h2>
          <p>
            Si vous nous avez signalé un problème et que notre réponse ne vous satisfait pas, vous pouvez saisir le
            Défenseur des droits&nbsp;:
          </p>
          <ul>
            <li>
              par le <a href="https://formulaire.defenseurdesdroits.fr/">formulaire en ligne du Défenseur des droits</a>&#8239;;
            </li>
            <li>
              en contactant un <a href="https://www.defenseurdesdroits.fr/saisir/delegues">délégué du Défenseur des droits</a>{' '}
              près de chez vous&#8239;;
            </li>
            <li>
              par téléphone au <a href="tel:+33969390000">09 69 39 00 00</a>&#8239;;
            </li>
            <li>
              par courrier, gratuit et sans timbre&nbsp;: Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.
            </li>
          </ul>
        </Prose>
      </Container>
    </main>
  );
}
