import { Disclosure } from '@/components/ui/disclosure';
import { HEALTHY_VOLUNTEERS_SENTENCE, describeAges, describeSexes } from '@/lib/study/plain-french';
import type { Criterion, Study } from '@/lib/study/types';
import { EligibilityChecklist } from './eligibility-checklist';
import { GlossaryDisclosureText } from './glossary-text';
import { OriginalText, isEnglish } from './original-text';
import { StudySection } from './study-section';

function CriteriaList({ id, title, intro, criteria, seen }: { id: string; title: string; intro: string; criteria: Criterion[]; seen: Set<string> }) {
  return (
    <div className="space-y-2">
      <h3 id={id} className="text-xl font-semibold">
        {title}
      </h3>
      <p className="text-ink-muted">{intro}</p>
      {criteria.length === 0 ? (
        <p>Aucune n’est publiée. L’équipe de l’étude pourra vous les donner.</p>
      ) : (
        <ul aria-labelledby={id} className="list-disc space-y-2 pl-6">
          {criteria.map((c, i) => (
            <li key={i}>
              {isEnglish(c.lang) ? <OriginalText lang={c.lang}>{c.text}</OriginalText> : <GlossaryDisclosureText text={c.text} seen={seen} />}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** « Qui peut participer ? »: ages and sexes in words, inclusion and exclusion lists, and a checklist. */
export function EligibilitySection({ study }: { study: Study }) {
  const e = study.eligibility;
  const ages = describeAges(e.ageRanges);
  const sexes = describeSexes(e.sexes);
  const seen = new Set<string>();
  const hasCriteria = e.inclusion.length + e.exclusion.length > 0;
  return (
    <StudySection id="qui-peut-participer" title="Qui peut participer ?">
      <ul className="list-disc space-y-1 pl-6">
        <li>Âge : {ages ? ages.charAt(0).toLowerCase() + ages.slice(1) : 'non précisé'}.</li>
        <li>Sexe : {sexes ?? 'non précisé'}.</li>
        {e.healthyVolunteers ? <li>{HEALTHY_VOLUNTEERS_SENTENCE}</li> : null}
        {e.groups.length ? <li>Personnes recherchées : {e.groups.join(', ')}.</li> : null}
        {e.populations.length ? <li>Populations concernées : {e.populations.map((p) => p.label).join(', ')}.</li> : null}
        {e.vulnerablePopulation === true ? <li>L’étude peut inclure des personnes protégées par la loi, avec des règles en plus.</li> : null}
        {e.plannedParticipants ? <li>Nombre de participants prévu : {e.plannedParticipants.toLocaleString('fr-FR')}.</li> : null}
      </ul>
      <CriteriaList
        id="criteres-inclusion"
        title="Conditions pour participer"
        intro="Critères d’inclusion : il faut remplir ces conditions."
        criteria={e.inclusion}
        seen={seen}
      />
      <CriteriaList
        id="criteres-exclusion"
        title="Situations qui empêchent de participer"
        intro="Critères d’exclusion : si l’une de ces situations vous concerne, vous ne pouvez pas participer."
        criteria={e.exclusion}
        seen={seen}
      />
      {hasCriteria ? (
        <div className="print:hidden">
          <Disclosure summary="Liste à cocher pour vous">
            <EligibilityChecklist inclusion={e.inclusion} exclusion={e.exclusion} />
          </Disclosure>
        </div>
      ) : null}
    </StudySection>
  );
}
