import type { Metadata } from 'next';
import { Container } from '@/components/ui/container';
import { PageHeading } from '@/components/ui/page-heading';
import { Prose } from '@/components/ui/prose';

export const metadata: Metadata = {
  title: 'Confidentialité',
  description: 'Phare n’utilise ni cookie, ni traceur, ni compte. Votre position reste dans votre navigateur.',
};

const CONTACT_EMAIL = 'contact@phare.example';
/** How long the server keeps its technical logs. Keep in line with the deployment. */
const LOG_RETENTION = '7 jours';

export default function PrivacyPage() {
  return (
    <main id="contenu" tabIndex={-1} className="py-8 focus:outline-none">
      <Container>
        <PageHeading lead="Vous pouvez chercher une étude sans dire qui vous êtes.">Confidentialité</PageHeading>
        <Prose>
          <h2>En bref</h2>
          <ul>
            <li>Pas de cookie.</li>
            <li>Pas de traceur, pas de mesure d’audience, pas de publicité.</li>
            <li>Pas de compte à créer.</li>
            <li>Votre position reste dans votre navigateur.</li>
          </ul>

          <h2>Votre position (« Autour de moi »)</h2>
          <p>
            Si vous utilisez « Autour de moi », votre navigateur vous demande d’abord la permission. Votre position
            est calculée dans votre navigateur.
          </p>
          <p>
            Elle n’est envoyée que sous forme de coordonnées (latitude et longitude) dans l’adresse de la recherche.
            Elle sert à trier les études par distance. Phare ne la garde pas et ne la lie à personne.
          </p>
          <p>
            Attention : si vous partagez le lien d’une recherche « Autour de moi », ces coordonnées partent avec lui.
          </p>

          <h2>Vos recherches enregistrées</h2>
          <p>
            Les recherches que vous enregistrez restent dans votre navigateur (stockage local, appelé « localStorage
            »). Elles ne sont pas envoyées à Phare. Vous pouvez les effacer quand vous voulez, dans Phare ou en
            vidant les données du site dans votre navigateur.
          </p>

          <h2>Les journaux du serveur</h2>
          <p>
            Comme tout site, notre serveur note des informations techniques : la page demandée, l’heure et
            l’adresse IP. Elles servent seulement à faire marcher le site et à le protéger des abus. Elles sont
            effacées au bout de {LOG_RETENTION}.
          </p>

          <h2>La carte</h2>
          <p>
            Les fonds de carte viennent de l’IGN (Géoplateforme). Quand vous affichez une carte, votre navigateur les
            demande à ce service, qui voit alors votre adresse IP. La liste des lieux, à côté de la carte, donne les
            mêmes informations.
          </p>

          <h2>Vos droits</h2>
          <p>
            Phare ne tient aucun fichier sur vous. Pour toute question, écrivez à{' '}
            <a href={`mailto:${CONTACT_EMAIL}`}>{CONTACT_EMAIL}</a>. Vous pouvez aussi vous adresser à la{' '}
            <a href="https://www.cnil.fr/fr/plaintes">CNIL</a>.
          </p>
        </Prose>
      </Container>
    </main>
  );
}
