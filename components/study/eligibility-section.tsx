import { Frozen } from '@/components/ui/frozen';
import { Disclosure } from '@/components/ui/disclosure';
import { UNCLASSIFIED_TEXTS } from '@/lib/study/page-texts';
import { AGE_BRACKET_NOTE, describeAges, describeHealthyVolunteers, describeSexes } from '@/lib/study/plain-french';
import type { Criterion, Study } from '@/lib/study/types';
import { EligibilityChecklist } from './eligibility-checklist';
import { GlossaryDisclosureText } from './glossary-text';
import { OriginalText, isEnglish } from './original-text';
import { StudySection } from './study-section';

/** One criterion: English ones with their French label and `lang`, French ones with their glossary terms. */
export function CriterionText({ criterion, seen }: { criterion: Criterion; seen?: Set<string> }) {
  return isEnglish(criterion.lang) ? (
    <OriginalText lang={criterion.lang}>{criterion.text}</OriginalText>
  ) : (
    <GlossaryDisclosureText text={criterion.text} seen={seen} />
  );
}

function CriteriaList({
  id,
  title,
  intro,
  criteria,
  seen,
  empty = 'Aucune n’est publiée. L’équipe de l’étude pourra vous les donner.',
}: {
  id: string;
  title: string;
  intro: string;
  criteria: Criterion[];
  seen: Set<string>;
  empty?: string;
}) {
  return (
    <div className="space-y-2">
      <h3 id={id} className="text-xl font-semibold">
        {title}
      </h3>
      <p className="text-ink-muted">{intro}</p>
      {criteria.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul aria-labelledby={id} className="list-disc space-y-2 pl-6">
          {criteria.map((c, i) => (
            <li key={i}>
              <CriterionText criterion={c} seen={seen} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * « Qui peut participer ? »: age brackets and sexes in words, inclusion and exclusion lists, and a checklist.
 * Criteria whose kind cannot be told come last, under a neutral heading, outside the checklist.
 */
export function EligibilitySection({ study }: { study: Study }) {
  const e = study.eligibility;
  const ages = describeAges(e.ageRanges);
  const sexes = describeSexes(e.sexes);
  const healthy = describeHealthyVolunteers(study);
  const seen = new Set<string>();
  const hasCriteria = e.inclusion.length + e.exclusion.length > 0;
  return (
    <StudySection id="qui-peut-participer" title="Qui peut participer&#8239;?">
      <Frozen part="conditions" className="space-y-4">
        <ul className="list-disc space-y-1 pl-6">
          <li>
            Âge&nbsp;: {ages ?? 'non précisé'}.{ages ? ` ${AGE_BRACKET_NOTE}` : ''}
          </li>
          <li>Sexe&nbsp;: {sexes ?? 'non précisé'}.</li>
          {healthy ? <li>{healthy}</li> : null}
          {e.groups.length ? <li>Personnes recherchées&nbsp;: {e.groups.join(', ')}.</li> : null}
          {e.populations.length ? <li>Populations concernées&nbsp;: {e.populations.map((p) => p.label).join(', ')}.</li> : null}
          {e.vulnerablePopulation === true ? <li>L’étude peut inclure des personnes protégées par la loi, avec des règles en plus.</li> : null}
          {e.plannedParticipants ? <li>Nombre de participants prévu&nbsp;: {e.plannedParticipants.toLocaleString('fr-FR')}.</li> : null}
        </ul>
        <CriteriaList
          id="criteres-inclusion"
          title="Conditions pour participer"
          intro="Critères d’inclusion&nbsp;: il faut remplir ces conditions."
          criteria={e.inclusion}
          seen={seen}
        />
        <CriteriaList
          id="criteres-exclusion"
          title="Situations qui empêchent de participer"
          intro="Critères d’exclusion&nbsp;: si l’une de ces situations vous concerne, vous ne pouvez pas participer."
          criteria={e.exclusion}
          seen={seen}
        />
      </Frozen>
      {hasCriteria ? (
        <div className="print:hidden">
          <Disclosure summary="Liste à cocher pour vous">
            <EligibilityChecklist inclusion={e.inclusion} exclusion={e.exclusion} />
          </Disclosure>
        </div>
      ) : null}
      {e.unclassified.length ? (
        <Frozen part="conditions-sans-precision">
          <CriteriaList
            id="criteres-sans-precision"
            title={UNCLASSIFIED_TEXTS.heading}
            intro={UNCLASSIFIED_TEXTS.intro}
            criteria={e.unclassified}
            seen={seen}
          />
        </Frozen>
      ) : null}
    </StudySection>
  );
}
