import { routes } from '@/lib/routes';
import { CATEGORY_LABELS, CATEGORY_ORDER } from './labels';

const JARDE = CATEGORY_ORDER.filter((c) => c.startsWith('jarde-'));
const EUROPEAN = CATEGORY_ORDER.filter((c) => !c.startsWith('jarde-'));

/**
 * Home page: what a clinical study is, and what each kind involves for you, in short sentences (the same words
 * as the filters: `CATEGORY_LABELS`).
 */
export function StudyExplainer() {
  return (
    <section aria-labelledby="comprendre" className="space-y-4">
      <h2 id="comprendre" className="text-2xl font-bold">
        Qu’est-ce qu’une étude clinique&#8239;?
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
      <p>En France, les recherches sur la personne sont classées en trois catégories, dites «&nbsp;Jardé&nbsp;»&nbsp;:</p>
      <ul className="list-disc space-y-2 pl-6">
        {JARDE.map((c) => (
          <li key={c}>
            <strong>{CATEGORY_LABELS[c].label}</strong>&nbsp;: {CATEGORY_LABELS[c].explanation}
          </li>
        ))}
      </ul>
      <p>D’autres études suivent des règles européennes propres&nbsp;:</p>
      <ul className="list-disc space-y-2 pl-6">
        {EUROPEAN.map((c) => (
          <li key={c}>
            <strong>{CATEGORY_LABELS[c].label}</strong>&nbsp;: {CATEGORY_LABELS[c].explanation}
          </li>
        ))}
      </ul>
      <p>
        Un mot vous semble difficile&#8239;? Consultez le{' '}
        <a href={routes.glossary()} className="link">
          glossaire
        </a>
        .
      </p>
    </section>
  );
}
