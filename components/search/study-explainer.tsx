import { routes } from '@/lib/routes';

const linkClass = 'font-medium text-accent-700 underline underline-offset-2 hover:text-accent-800';

/** Home page: what a clinical study is, and what each kind involves for you, in short sentences. */
export function StudyExplainer() {
  return (
    <section aria-labelledby="comprendre" className="space-y-4">
      <h2 id="comprendre" className="text-2xl font-bold">
        Qu’est-ce qu’une étude clinique ?
      </h2>
      <p>
        Une étude clinique cherche à mieux soigner. Des médecins et des chercheurs suivent des personnes qui ont
        accepté d’y participer. Certaines études testent un traitement. D’autres observent seulement.
      </p>
      <p>
        Participer est toujours un choix libre. Vous pouvez arrêter à tout moment. Participer ne garantit pas un
        bénéfice personnel. Parlez-en avec votre médecin.
      </p>
      <h3 className="text-xl font-semibold">Ce que vivent les participants, selon le type d’étude</h3>
      <p>En France, les études sur la personne sont classées en trois catégories, dites « Jardé » :</p>
      <ul className="list-disc space-y-2 pl-6">
        <li>
          <strong>Catégorie 1</strong> : on essaie quelque chose de nouveau, par exemple un traitement ou une
          opération. Le suivi est renforcé.
        </li>
        <li>
          <strong>Catégorie 2</strong> : on ajoute à vos soins des gestes simples et peu risqués, comme une prise
          de sang ou un questionnaire.
        </li>
        <li>
          <strong>Catégorie 3</strong> : on observe seulement. Vos soins ne changent pas.
        </li>
      </ul>
      <p>D’autres études suivent des règles européennes propres :</p>
      <ul className="list-disc space-y-2 pl-6">
        <li>
          <strong>Médicament</strong> : on étudie un médicament.
        </li>
        <li>
          <strong>Dispositif médical</strong> : on étudie un appareil ou un matériel de soin, comme une prothèse
          ou un capteur.
        </li>
        <li>
          <strong>Test de diagnostic</strong> : on étudie un test de laboratoire, comme une analyse de sang.
        </li>
      </ul>
      <p>
        Un mot vous semble difficile ? Consultez le{' '}
        <a href={routes.glossary()} className={linkClass}>
          glossaire
        </a>
        .
      </p>
    </section>
  );
}
