'use client';

import { routes } from '@/lib/routes';
import { summaryInFrenchTypography } from '@/lib/study/french-typography';
import type { StudySummary } from '@/lib/study/types';
import { PinIcon } from '@/components/ui/icons';
import { formatKm } from './labels';
import { StudyBadgeList } from './study-badges';

const MAX_CONDITIONS = 3;

/** DOM id of a result card, so the map can bring a study into view. */
export function studyCardId(id: string): string {
  return `etude-${id}`;
}

/**
 * One result: plain title (link to the study), recruitment, the study's own status and its category in words,
 * the nearest site and its distance, how many places, the conditions. Upstream texts in French typography.
 * Hovering or focusing it highlights its sites on the map.
 */
export function StudyCard({
  study: raw,
  withPlace,
  highlighted = false,
  onHighlight,
  newTab = false,
  headingLevel = 3,
}: {
  study: StudySummary;
  withPlace: boolean;
  highlighted?: boolean;
  onHighlight?: (id: string | undefined) => void;
  newTab?: boolean;
  headingLevel?: 2 | 3;
}) {
  const study = summaryInFrenchTypography(raw);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const english = study.titleLang?.startsWith('en');
  const conditions = study.conditions.slice(0, MAX_CONDITIONS);
  const moreConditions = study.conditions.length - conditions.length;
  return (
    <article
      id={studyCardId(study.id)}
      aria-labelledby={`${studyCardId(study.id)}-titre`}
      className={`relative rounded-lg border bg-paper p-4 sm:p-5 ${
        highlighted ? 'border-accent-700 ring-2 ring-accent-600' : 'border-line/60'
      }`}
      onMouseEnter={() => onHighlight?.(study.id)}
      onMouseLeave={() => onHighlight?.(undefined)}
      onFocus={() => onHighlight?.(study.id)}
    >
      <Heading id={`${studyCardId(study.id)}-titre`} className="text-xl font-semibold leading-snug">
        <a
          href={routes.study(study.id)}
          className="text-accent-700 underline decoration-1 underline-offset-4 hover:text-accent-800 hover:decoration-2"
          {...(newTab ? { target: '_blank', rel: 'noopener' } : {})}
        >
          {english ? <span lang="en">{study.title}</span> : study.title}
          {english ? <span className="font-normal text-ink-muted"> (en anglais)</span> : null}
          {newTab ? <span className="sr-only"> (nouvel onglet)</span> : null}
        </a>
      </Heading>
      <StudyBadgeList study={study} className="mt-3">
        {study.phase ? (
          <li className="self-center text-base text-ink-muted">{study.phase.label}</li>
        ) : null}
      </StudyBadgeList>
      {withPlace && study.nearestSite ? (
        <p className="mt-3 flex items-start gap-2">
          <PinIcon className="mt-1 h-5 w-5 shrink-0 text-accent-700" />
          <span>
            <strong className="font-semibold">{formatKm(study.nearestSite.distanceKm)}</strong>
            {' — '}
            {[study.nearestSite.name, study.nearestSite.city].filter(Boolean).join(', ') || 'lieu sans nom'}
          </span>
        </p>
      ) : null}
      <p className="mt-2 text-base text-ink-muted">
        {placesText(study, withPlace)}
      </p>
      {conditions.length > 0 ? (
        <p className="mt-2 text-base">
          <span className="font-semibold">Maladie étudiée&nbsp;: </span>
          {conditions.join('\u202F; ')}
          {moreConditions > 0 ? ` (et ${moreConditions} autre${moreConditions > 1 ? 's' : ''})` : ''}
        </p>
      ) : null}
    </article>
  );
}

function placesText(study: StudySummary, withPlace: boolean): string {
  const n = study.siteCount;
  const all = n === 0 ? 'Aucun lieu indiqué' : n === 1 ? '1 lieu' : `${n} lieux`;
  if (!withPlace || study.nearbySiteCount === undefined || n === 0) return all;
  const m = study.nearbySiteCount;
  return `${all} dont ${m} près de chez vous`;
}
