import type { ReactNode } from 'react';
import { Badge } from '@/components/ui/badge';
import {
  CheckIcon, ClockIcon, CrossCircleIcon, FlagIcon, FlaskIcon, InfoIcon, PauseIcon, PlayIcon, QuestionIcon, StopIcon,
} from '@/components/ui/icons';
import { STUDY_STATUS_LABELS } from '@/lib/study/status-labels';
import type { Recruitment, StudyStatus, StudySummary } from '@/lib/study/types';
import { CATEGORY_LABELS, categoryOf, RECRUITMENT_LABELS } from './labels';

type Icon = typeof InfoIcon;

// Icon components, not elements: an element shared by two badges would be one object that React's flight data
// sends once and points to from the second place, which ties the two parts of the page together
// (lib/server/frozen-parts.ts keeps whole a part that something else points into).
const RECRUITMENT_ICONS: Record<Recruitment, Icon> = {
  ouvert: CheckIcon,
  'a-venir': ClockIcon,
  suspendu: PauseIcon,
  termine: StopIcon,
  inconnu: InfoIcon,
};

const STATUS_ICONS: Record<StudyStatus, Icon> = {
  'a-demarrer': ClockIcon,
  prorogee: ClockIcon,
  'en-cours': PlayIcon,
  suspendue: PauseIcon,
  terminee: FlagIcon,
  arretee: StopIcon,
  abandonnee: CrossCircleIcon,
  expiree: CrossCircleIcon,
  inconnu: QuestionIcon,
};

/** Recruitment said with a word and an icon; the open state stands out by its border and weight, not by hue. */
export function RecruitmentBadge({ recruitment }: { recruitment: Recruitment }) {
  const Icon = RECRUITMENT_ICONS[recruitment];
  return (
    <Badge icon={<Icon className="h-4 w-4" />} tone={recruitment === 'ouvert' ? 'accent' : 'neutral'}>
      {RECRUITMENT_LABELS[recruitment]}
    </Badge>
  );
}

/** The study's own status (DESIGN.md « Status »), always shown beside the recruitment badge: icon and words. */
export function StudyStatusBadge({ status }: { status: StudyStatus }) {
  const Icon = STATUS_ICONS[status];
  return <Badge icon={<Icon className="h-4 w-4" />}>{STUDY_STATUS_LABELS[status]}</Badge>;
}

/** Recruitment, then the study's own status: the pair every view shows together. */
export function StatusBadges({ recruitment, status }: { recruitment: Recruitment; status: StudyStatus }) {
  return (
    <>
      <RecruitmentBadge recruitment={recruitment} />
      <StudyStatusBadge status={status} />
    </>
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

/**
 * The badges that head a study wherever it is shown (card, page, embed): recruitment, the study's own status and
 * its category, as a named list; `children` adds items of the view's own (the phase).
 */
export function StudyBadgeList({
  study,
  className = '',
  children,
}: {
  study: Pick<StudySummary, 'recruitment' | 'status' | 'regulation' | 'jardeCategory'>;
  className?: string;
  children?: ReactNode;
}) {
  return (
    <ul aria-label="Recrutement, état et catégorie" className={`flex flex-wrap gap-2 ${className}`}>
      <li>
        <RecruitmentBadge recruitment={study.recruitment} />
      </li>
      <li>
        <StudyStatusBadge status={study.status} />
      </li>
      <li>
        <CategoryBadge study={study} />
      </li>
      {children}
    </ul>
  );
}
