import { OUTCOMES_TEXTS, splitOutcomes } from '@/lib/study/page-texts';
import type { Outcome } from '@/lib/study/types';
import { CriterionText } from './eligibility-section';
import { StudySection } from './study-section';

export const OUTCOMES_SECTION_ID = 'ce-que-l-etude-mesure';

function OutcomeList({ id, title, outcomes }: { id: string; title: string; outcomes: Outcome[] }) {
  if (outcomes.length === 0) return null;
  return (
    <div className="space-y-2">
      <h3 id={id} className="text-xl font-semibold">
        {title}
      </h3>
      <ul aria-labelledby={id} className="list-disc space-y-2 pl-6">
        {outcomes.map((o, i) => (
          <li key={i}>
            <CriterionText criterion={o} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * « Ce que l’étude mesure »: the principal and secondary outcome criteria, as published (English ones with
 * their French label). Never mixed with the conditions to take part. Nothing when the study publishes none.
 */
export function OutcomesSection({ outcomes }: { outcomes: Outcome[] }) {
  if (outcomes.length === 0) return null;
  const { primary, secondary } = splitOutcomes(outcomes);
  const t = OUTCOMES_TEXTS;
  return (
    <StudySection id={OUTCOMES_SECTION_ID} title={t.heading}>
      <p>{t.intro}</p>
      <OutcomeList id="criteres-principaux" title={primary.length > 1 ? t.primary.many : t.primary.one} outcomes={primary} />
      <OutcomeList id="criteres-secondaires" title={secondary.length > 1 ? t.secondary.many : t.secondary.one} outcomes={secondary} />
    </StudySection>
  );
}
