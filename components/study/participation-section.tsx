import { TextBlocks } from '@/components/ui/text-blocks';
import { WHAT_TO_SAY } from '@/lib/study/plain-french';
import { describeRights, participationSteps } from '@/lib/study/rights';
import type { Study } from '@/lib/study/types';
import { ContactDetails } from './contact-details';
import { StudySection } from './study-section';

/**
 * « Comment participer ? »: whom to contact (with the postal address when published), what to say, the doctor's
 * role, the steps and your rights as the law says them for this study's category (consent, who examined it,
 * insurance and social security, minors and protected adults).
 */
export function ParticipationSection({ study }: { study: Study }) {
  const { public: pub, scientific } = study.contacts;
  const hasContact = Boolean(pub || scientific);
  return (
    <StudySection id="comment-participer" title="Comment participer&#8239;?">
      <div className="grid gap-4 sm:grid-cols-2">
        {pub ? (
          <div className="rounded-lg border border-line/60 p-4">
            <h3 className="mb-2 text-lg font-semibold">L’équipe de l’étude</h3>
            <ContactDetails person={pub} withAddress />
            <p className="mt-2 text-base text-ink-muted">Le contact prévu pour le public.</p>
          </div>
        ) : null}
        {scientific ? (
          <div className="rounded-lg border border-line/60 p-4">
            <h3 className="mb-2 text-lg font-semibold">{pub ? 'Contact scientifique' : 'L’équipe de l’étude'}</h3>
            <ContactDetails person={scientific} withAddress />
            <p className="mt-2 text-base text-ink-muted">Pour les questions sur l’étude elle-même.</p>
          </div>
        ) : null}
      </div>
      {!hasContact ? (
        <p>
          Aucun contact général n’est publié. Les lieux de l’étude ont parfois leur propre contact&nbsp;: voyez la partie
          «&nbsp;Où&#8239;?&nbsp;».
        </p>
      ) : null}
      <h3 className="text-xl font-semibold">Que dire quand vous appelez ou écrivez&#8239;?</h3>
      <ul className="list-disc space-y-1 pl-6">
        {WHAT_TO_SAY.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <p>
        Numéro de l’étude&nbsp;: <strong className="font-semibold">{study.id}</strong>
      </p>
      <h3 className="text-xl font-semibold">Le rôle de votre médecin</h3>
      <p>
        Votre médecin connaît votre santé. Il peut vous dire si l’étude vous convient. Il peut aussi contacter
        l’équipe pour vous. Imprimez la fiche pour votre médecin et apportez-la à votre rendez-vous.
      </p>
      <h3 className="text-xl font-semibold">Et ensuite&#8239;?</h3>
      <ol className="list-decimal space-y-2 pl-6">
        {participationSteps(study).map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      <h3 className="text-xl font-semibold">Vos droits</h3>
      <TextBlocks blocks={describeRights(study)} headingLevel={4} />
    </StudySection>
  );
}
