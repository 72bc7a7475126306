import { Badge } from '@/components/ui/badge';
import { CheckIcon, ClockIcon, FlaskIcon, InfoIcon, StopIcon } from '@/components/ui/icons';
import type { StudySummary } from '@/lib/study/types';
import { CATEGORY_LABELS, categoryOf, RECRUITMENT_LABELS } from './labels';

/** Recruitment said with a word and an icon; the open state stands out by its border and weight, not by hue. */
export function RecruitmentBadge({ recruitment }: { recruitment: StudySummary['recruitment'] }) {
  const icon =
    recruitment === 'ouvert' ? <CheckIcon className="h-4 w-4" /> : recruitment === 'a-venir' ? <ClockIcon className="h-4 w-4" /> : recruitment === 'termine' ? <StopIcon className="h-4 w-4" /> : <InfoIcon className="h-4 w-4" />;
  return (
    <Badge icon={icon} tone={recruitment === 'ouvert' ? 'accent' : 'neutral'}>
      {RECRUITMENT_LABELS[recruitment]}
    </Badge>
  );
}

export function CategoryBadge({ study }: { study: Pick<StudySummary, 'regulation' | 'jardeCategory'> }) {
  const category = categoryOf(study);
  return (
    <Badge icon={<FlaskIcon className="h-4 w-4" />}>
      {category ? CATEGORY_LABELS[category].short : 'Catégorie non précisée'}
    </Badge>
  );
}
