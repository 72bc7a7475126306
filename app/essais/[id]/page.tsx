import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { StudyBadgeList } from '@/components/search/study-badges';
import { Container } from '@/components/ui/container';
import { Disclosure } from '@/components/ui/disclosure';
import { Frozen } from '@/components/ui/frozen';
import { DoctorSheet } from '@/components/study/doctor-sheet';
import { EligibilitySection } from '@/components/study/eligibility-section';
import { EnBref } from '@/components/study/en-bref';
import { GlossaryTermList } from '@/components/study/glossary-text';
import { EnglishLabel, OriginalText, isEnglish } from '@/components/study/original-text';
import { OUTCOMES_SECTION_ID, OutcomesSection } from '@/components/study/outcomes-section';
import { ParticipationSection } from '@/components/study/participation-section';
import { PRACTICE_SECTION_ID, PracticeSection } from '@/components/study/practice-section';
import { ProfessionalsSection, countryNames } from '@/components/study/professionals-section';
import { ShareActions } from '@/components/study/share-actions';
import { SitesSection } from '@/components/study/sites-section';
import { StudyJsonLd } from '@/components/study/study-json-ld';
import { getEnv } from '@/lib/env';
import { absoluteUrl, routes } from '@/lib/routes';
import { studyInFrenchTypography } from '@/lib/study/french-typography';
import { serializeJsonLd, toMedicalTrialJsonLd } from '@/lib/study/json-ld';
import { isPlausibleLastUpdated } from '@/lib/study/last-updated';
import { OUTCOMES_TEXTS, describeCountries } from '@/lib/study/page-texts';
import { participationInPractice } from '@/lib/study/participation-practice';
import {
  RECRUITMENT_LABELS, STUDY_STATUS_LABELS, describeCategory, describeWho, formatTodayFr,
} from '@/lib/study/plain-french';
import { canonicalStudyUrl, requestOrigin } from '@/lib/study/public-url';
import { qrCodeDataUri } from '@/lib/study/qr-code';
import { reportErrorMailto, shareMailto, shortTitle } from '@/lib/study/share';
import { placeSites } from '@/lib/study/sites';
import type { Study } from '@/lib/study/types';
import { readVisitorPlace } from '@/lib/study/visitor-place';
import { getDataStatus } from '@/lib/store/active';
import { frenchTypography } from '@/lib/text/typography';
import { loadStudy } from './load-study';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const { result } = await loadStudy(id);
  if (result.status !== 'found') return { title: 'Étude introuvable', robots: { index: false } };
  const study = studyInFrenchTypography(result.study);
  const title = shortTitle(study.acronym ? `${study.acronym}\u00A0: ${study.title}` : study.title, 70);
  const description = metaDescription(study);
  const url = canonicalStudyUrl(getEnv().PHARE_PUBLIC_URL, study.id);
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { type: 'article', title, description, url, siteName: 'Phare', locale: 'fr_FR' },
  };
}

/**
 * Every study page has a description, with or without a summary: its category, who can take part, its
 * recruitment and its own status, in French typography.
 */
function metaDescription(study: Study): string {
  const parts = [describeCategory(study).title, describeWho(study), RECRUITMENT_LABELS[study.recruitment], STUDY_STATUS_LABELS[study.status]];
  return frenchTypography(`${parts.join('. ')}.`);
}

/** `meta.lastUpdated` when it may be shown: not after the mirror's last sync (or now, before any), not a fallback. */
function plausibleLastUpdated(study: Study): string | undefined {
  const reference = getDataStatus().lastSync ?? new Date();
  return isPlausibleLastUpdated(study, reference) ? study.lastUpdated : undefined;
}

function tableOfContents(study: Study): [string, string][] {
  return [
    ['qui-peut-participer', 'Qui peut participer\u202F?'],
    ['ou', 'Où\u202F?'],
    ['comment-participer', 'Comment participer\u202F?'],
    [PRACTICE_SECTION_ID, 'Participer en pratique'],
    ...(study.outcomes.length ? [[OUTCOMES_SECTION_ID, OUTCOMES_TEXTS.heading] as [string, string]] : []),
    ['professionnels', 'Pour les professionnels'],
  ];
}

export default async function StudyPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const { result, demo } = await loadStudy(id);
  if (result.status !== 'found') notFound();
  const study = studyInFrenchTypography(result.study);

  const env = getEnv();
  const origin = requestOrigin(env.PHARE_PUBLIC_URL, await headers(), env.PHARE_TRUSTED_PROXIES);
  const url = absoluteUrl(origin, routes.study(study.id));
  const visitor = readVisitorPlace(query);
  // The visitor's place as INSEE writes it, shown in French typography.
  const originLabel = visitor?.label === undefined ? undefined : frenchTypography(visitor.label);
  const placed = placeSites(study, visitor);
  const qr = await qrCodeDataUri(url);
  const englishTitle = isEnglish(study.titleLang);
  const jsonLd = serializeJsonLd(toMedicalTrialJsonLd(study, url));
  const countries = study.regulation === 'medicament' ? describeCountries(countryNames(study.countries)) : undefined;

  return (
    <main
      id="contenu"
      tabIndex={-1}
      className="py-8 focus:outline-none print:py-0"
    >
      <StudyJsonLd json={jsonLd} />
      <Container className="print:hidden">
        <p className="mb-4">
          <Link href={routes.search(visitor?.query)} className="link">
            ← Rechercher d’autres études
          </Link>
        </p>
        <article aria-labelledby="titre-etude" className="space-y-8">
          <Frozen as="header" part="en-tete" className="space-y-3">
            <StudyBadgeList study={study}>
              {study.phase && study.phase.code !== 'n-a' ? (
                <li className="inline-flex items-center rounded-full border border-line px-2.5 py-0.5 text-sm font-medium leading-6">
                  {study.phase.label}
                </li>
              ) : null}
            </StudyBadgeList>
            {englishTitle ? <EnglishLabel /> : null}
            <h1 id="titre-etude" lang={englishTitle ? 'en' : undefined} className="break-words text-2xl font-bold leading-tight tracking-tight sm:text-3xl">
              {study.title}
            </h1>
            <p className="text-ink-muted">
              {study.acronym ? (
                <>
                  Nom court&nbsp;: <span className="font-semibold text-ink">{study.acronym}</span> ·{' '}
                </>
              ) : null}
              Numéro de l’étude&nbsp;: <span className="font-mono font-semibold text-ink">{study.id}</span>
            </p>
            {!englishTitle ? <GlossaryTermList text={study.title} label="Mots du titre expliqués&nbsp;:" /> : null}
          </Frozen>

          <EnBref study={study} placed={placed} originLabel={originLabel} />

          <ShareActions url={url} shareHref={shareMailto(study, url)} reportHref={reportErrorMailto(study, url)} />

          {study.summary || study.objectives ? (
            <Frozen part="resume">
              <Disclosure summary="Lire le résumé de l’étude (texte d’origine)">
                <div className="space-y-3">
                  {study.objectives ? (
                    <div>
                      <h2 className="font-semibold">Objectif</h2>
                      <p className="whitespace-pre-line">
                        <OriginalText lang={study.objectivesLang}>{study.objectives}</OriginalText>
                      </p>
                    </div>
                  ) : null}
                  {study.summary ? (
                    <div>
                      <h2 className="font-semibold">Résumé</h2>
                      <p className="whitespace-pre-line">
                        <OriginalText lang={study.summaryLang}>{study.summary}</OriginalText>
                      </p>
                    </div>
                  ) : null}
                  {study.description ? <p>{study.description}</p> : null}
                  <p className="text-base text-ink-muted">
                    Ce texte est celui publié par l’équipe de l’étude. Phare n’y change que les espaces et les apostrophes.
                  </p>
                </div>
              </Disclosure>
            </Frozen>
          ) : null}

          <Frozen part="sur-cette-page">
            <nav aria-label="Sur cette page" className="rounded-lg bg-paper-warm p-4">
              <p className="font-semibold">Sur cette page</p>
              <ul className="mt-1 flex flex-col gap-1 sm:flex-row sm:flex-wrap sm:gap-x-6">
                {tableOfContents(study).map(([anchor, label]) => (
                  <li key={anchor}>
                    <a href={`#${anchor}`} className="link">
                      {label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </Frozen>

          <EligibilitySection study={study} />
          <SitesSection
            studyId={study.id}
            placed={placed}
            originLabel={originLabel}
            mapUrl={routes.api.studySites(study.id)}
            tileUrl={env.PHARE_TILE_URL}
            tileAttribution={env.PHARE_TILE_ATTRIBUTION}
            countries={countries}
          />
          <ParticipationSection study={study} />
          <PracticeSection blocks={participationInPractice(study)} />
          <OutcomesSection outcomes={study.outcomes} />
          <ProfessionalsSection study={study} lastUpdated={plausibleLastUpdated(study)} />
        </article>
      </Container>
      <DoctorSheet study={study} placed={placed} url={url} qrDataUri={qr} today={formatTodayFr()} demo={demo} />
    </main>
  );
}
