import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { loadStudy } from '@/app/essais/[id]/load-study';
import { StudyBadgeList } from '@/components/search/study-badges';
import { EnglishLabel, isEnglish } from '@/components/study/original-text';
import { getEnv } from '@/lib/env';
import { studyInFrenchTypography } from '@/lib/study/french-typography';
import {
  DOCTOR_NOTICE, NO_BENEFIT_NOTICE, RECRUITMENT_SENTENCES, STUDY_STATUS_SENTENCES, describeCategory, describeRecruitmentPeriod,
  describeWho,
} from '@/lib/study/plain-french';
import { canonicalStudyUrl } from '@/lib/study/public-url';
import { shortTitle } from '@/lib/study/share';
import { countRegions, placeSites } from '@/lib/study/sites';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const { result } = await loadStudy(id);
  if (result.status !== 'found') return { title: 'Étude introuvable', robots: { index: false } };
  return {
    title: shortTitle(studyInFrenchTypography(result.study).title, 70),
    robots: { index: false, follow: true },
    alternates: { canonical: canonicalStudyUrl(getEnv().PHARE_PUBLIC_URL, result.study.id) },
  };
}

const newTab = { target: '_blank', rel: 'noopener' } as const;
const linkClass = 'font-semibold text-accent-700 underline underline-offset-2 hover:text-accent-800';

/** `/embed/essais/{id}`: the study in brief for an iframe. Every link opens Phare in a new tab. */
export default async function EmbedStudyPage({ params }: Props) {
  const { id } = await params;
  const { result, demo } = await loadStudy(id);
  if (result.status !== 'found') notFound();
  const study = studyInFrenchTypography(result.study);
  const placed = placeSites(study);
  const regions = countRegions(placed);
  const category = describeCategory(study);
  const period = describeRecruitmentPeriod(study.recruitmentPeriod);
  const english = isEnglish(study.titleLang);
  const href = canonicalStudyUrl(getEnv().PHARE_PUBLIC_URL, study.id);

  return (
    <main id="contenu" tabIndex={-1} className="space-y-3 p-4 text-base focus:outline-none">
      {demo ? (
        <p role="note" className="rounded border-2 border-ink bg-paper-warm px-3 py-1 font-semibold">
          Données de démonstration fictives.
        </p>
      ) : null}
      <StudyBadgeList study={study} />
      {english ? <EnglishLabel /> : null}
      <h1 lang={english ? 'en' : undefined} className="break-words text-xl font-bold leading-snug">
        {study.title}
      </h1>
      <p className="text-ink-muted">
        Numéro de l’étude&nbsp;: <span className="font-mono text-ink">{study.id}</span>
      </p>
      <dl className="space-y-2">
        <div>
          <dt className="font-bold">Qui peut participer</dt>
          <dd>{describeWho(study)}.</dd>
        </div>
        <div>
          <dt className="font-bold">Ce que cela implique</dt>
          <dd>
            {category.title}. {category.sentences[0]}
          </dd>
        </div>
        <div>
          <dt className="font-bold">Où</dt>
          <dd>
            {placed.length === 0
              ? 'Lieux non publiés.'
              : `${placed.length} lieu${placed.length > 1 ? 'x' : ''} en France${regions ? `, dans ${regions} région${regions > 1 ? 's' : ''}` : ''}.`}
          </dd>
        </div>
        <div>
          <dt className="font-bold">Recrutement</dt>
          <dd>
            {RECRUITMENT_SENTENCES[study.recruitment]} {STUDY_STATUS_SENTENCES[study.status]} {period ?? ''}
          </dd>
        </div>
      </dl>
      <p className="font-semibold">{DOCTOR_NOTICE}</p>
      <p>{NO_BENEFIT_NOTICE}</p>
      <p>
        <a href={href} {...newTab} className={linkClass}>
          Voir l’étude en entier sur Phare
          <span className="sr-only"> (nouvel onglet)</span>
        </a>
      </p>
    </main>
  );
}
