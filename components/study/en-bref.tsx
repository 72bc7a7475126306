import { Frozen } from '@/components/ui/frozen';
import { StatusBadges } from '@/components/search/study-badges';
import { InfoIcon } from '@/components/ui/icons';
import {
  AGE_BRACKET_NOTE, DOCTOR_NOTICE, NO_BENEFIT_NOTICE, RECRUITMENT_SENTENCES, STUDY_STATUS_SENTENCES, describeCategory,
  describeDuration, describeHealthyVolunteers, describePhase, describeRecruitmentPeriod, describeWhat, describeWho,
} from '@/lib/study/plain-french';
import { recruitingMeaning } from '@/lib/study/participation-practice';
import { countRegions, formatDistance, nearestSites, type PlacedSite } from '@/lib/study/sites';
import type { Study } from '@/lib/study/types';
import { ContactDetails } from './contact-details';
import { OriginalText } from './original-text';
import { RecruitingMeaning } from './recruiting-meaning';

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="border-t border-line/40 py-3 first:border-t-0 sm:grid sm:grid-cols-[11rem_1fr] sm:gap-4">
      <dt className="font-bold text-accent-800">{term}</dt>
      <dd className="mt-1 space-y-1 sm:mt-0">{children}</dd>
    </div>
  );
}

function Where({ placed, originLabel }: { placed: PlacedSite[]; originLabel?: string }) {
  if (placed.length === 0) {
    return <p>Les lieux de l’étude ne sont pas encore publiés. Demandez-les à l’équipe de l’étude.</p>;
  }
  const withDistance = placed.some((p) => p.distanceKm !== undefined);
  if (originLabel && withDistance) {
    const near = nearestSites(placed, 3);
    return (
      <>
        <p>Les lieux les plus proches de {originLabel}&nbsp;:</p>
        <ul className="list-disc space-y-1 pl-6">
          {near.map((p) => (
            <li key={p.site.id}>
              {[p.site.name, p.site.city].filter(Boolean).join(', ') || 'Lieu sans nom'}
              {p.distanceKm !== undefined ? `\u00A0: à ${formatDistance(p.distanceKm)}` : ''}
            </li>
          ))}
        </ul>
        <p>
          <a href="#ou" className="link">
            Voir les {placed.length} lieu{placed.length > 1 ? 'x' : ''}
          </a>
        </p>
      </>
    );
  }
  const regions = countRegions(placed);
  return (
    <p>
      {placed.length} lieu{placed.length > 1 ? 'x' : ''} en France
      {regions > 0 ? `, dans ${regions} région${regions > 1 ? 's' : ''}` : ''}.{' '}
      <a href="#ou" className="link">
        Voir les lieux
      </a>
    </p>
  );
}

/**
 * The « En bref » box: what, who, where, what it involves, recruitment and the study's own status, whom to
 * contact, and the two notices.
 */
export function EnBref({ study, placed, originLabel }: { study: Study; placed: PlacedSite[]; originLabel?: string }) {
  const what = describeWhat(study);
  const whatLang = study.conditions.length ? study.conditions.find((c) => c.lang)?.lang : undefined;
  const category = describeCategory(study);
  const phase = describePhase(study);
  const duration = describeDuration(study.participationMonths);
  const period = describeRecruitmentPeriod(study.recruitmentPeriod);
  const contact = study.contacts.public ?? study.contacts.scientific;
  const healthy = describeHealthyVolunteers(study);
  const meaning = recruitingMeaning(study);

  return (
    <Frozen as="section" part="en-bref" aria-labelledby="en-bref-titre" className="rounded-xl border-2 border-accent-700 bg-accent-50 p-4 sm:p-6">
      <h2 id="en-bref-titre" className="mb-2 text-2xl font-bold text-accent-800">
        En bref
      </h2>
      <dl>
        <Row term="Ce qui est étudié">
          {what ? (
            <p>
              <OriginalText lang={whatLang}>{what}</OriginalText>
            </p>
          ) : (
            <p>La maladie n’est pas précisée. Le titre de l’étude en dit plus.</p>
          )}
        </Row>
        <Row term="Qui peut participer">
          <p>{describeWho(study)}.</p>
          {study.eligibility.ageRanges.length ? <p>{AGE_BRACKET_NOTE}</p> : null}
          {healthy ? <p>{healthy}</p> : null}
          <p>
            <a href="#qui-peut-participer" className="link">
              Voir toutes les conditions
            </a>
          </p>
        </Row>
        <Row term="Où">
          <Where placed={placed} originLabel={originLabel} />
        </Row>
        <Row term="Ce que cela implique">
          <p className="font-semibold">{category.title}</p>
          <p>{category.sentences.join(' ')}</p>
          {phase.length ? <p>{phase.join(' ')}</p> : null}
          {duration ? <p>{duration}</p> : null}
        </Row>
        <Row term="Recrutement">
          <p className="flex flex-wrap gap-2">
            <StatusBadges recruitment={study.recruitment} status={study.status} />
          </p>
          <p>{RECRUITMENT_SENTENCES[study.recruitment]}</p>
          <p>{STUDY_STATUS_SENTENCES[study.status]}</p>
          {period ? <p>{period}</p> : null}
          {meaning ? <RecruitingMeaning block={meaning} /> : null}
        </Row>
        <Row term="Qui contacter">
          {contact && (contact.email || contact.phone || contact.name) ? (
            <ContactDetails person={contact} />
          ) : (
            <p>Voir les contacts des lieux, plus bas.</p>
          )}
          <p>
            <a href="#comment-participer" className="link">
              Comment participer
            </a>
          </p>
        </Row>
      </dl>
      <div className="mt-4 space-y-2 border-t border-accent-700 pt-4">
        <p className="flex items-start gap-2 font-semibold">
          <InfoIcon className="mt-1 h-5 w-5 shrink-0" />
          <span>{DOCTOR_NOTICE}</span>
        </p>
        <p className="flex items-start gap-2">
          <InfoIcon className="mt-1 h-5 w-5 shrink-0" />
          <span>{NO_BENEFIT_NOTICE}</span>
        </p>
      </div>
    </Frozen>
  );
}
