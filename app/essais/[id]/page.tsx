import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CategoryBadge, RecruitmentBadge } from '@/components/search/study-badges';
import { Container } from '@/components/ui/container';
import { Disclosure } from '@/components/ui/disclosure';
import { DoctorSheet } from '@/components/study/doctor-sheet';
import { EligibilitySection } from '@/components/study/eligibility-section';
import { EnBref } from '@/components/study/en-bref';
import { GlossaryTermList } from '@/components/study/glossary-text';
import { EnglishLabel, OriginalText, isEnglish } from '@/components/study/original-text';
import { ParticipationSection } from '@/components/study/participation-section';
import { ProfessionalsSection } from '@/components/study/professionals-section';
import { ShareActions } from '@/components/study/share-actions';
import { SitesSection } from '@/components/study/sites-section';
import { StudyJsonLd } from '@/components/study/study-json-ld';
import { getEnv } from '@/lib/env';
import { absoluteUrl, routes } from '@/lib/routes';
import { serializeJsonLd, toMedicalTrialJsonLd } from '@/lib/study/json-ld';
import { RECRUITMENT_LABELS, describeCategory, describeWho, formatTodayFr } from '@/lib/study/plain-french';
import { canonicalStudyUrl, requestOrigin } from '@/lib/study/public-url';
import { qrCodeDataUri } from '@/lib/study/qr-code';
import { reportErrorMailto, shareMailto, shortTitle } from '@/lib/study/share';
import { placeSites, toSitesFeatureCollection } from '@/lib/study/sites';
import { readVisitorPlace } from '@/lib/study/visitor-place';
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
  const study = result.study;
  const title = shortTitle(study.acronym ? `${study.acronym} : ${study.title}` : study.title, 70);
  const description = [describeCategory(study).title, describeWho(study), RECRUITMENT_LABELS[study.recruitment]].join('. ') + '.';
  const url = canonicalStudyUrl(getEnv().PHARE_PUBLIC_URL, study.id);
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { type: 'article', title, description, url, siteName: 'Phare', locale: 'fr_FR' },
  };
}

const linkClass = 'font-medium text-accent-700 underline underline-offset-2 hover:text-accent-800';

const TOC = [
  ['qui-peut-participer', 'Qui peut participer ?'],
  ['ou', 'Où ?'],
  ['comment-participer', 'Comment participer ?'],
  ['professionnels', 'Pour les professionnels'],
] as const;

export default async function StudyPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const { result, demo } = await loadStudy(id);
  if (result.status !== 'found') notFound();
  const study = result.study;

  const env = getEnv();
  const origin = requestOrigin(env.PHARE_PUBLIC_URL, await headers(), env.PHARE_TRUSTED_PROXIES);
  const url = absoluteUrl(origin, routes.study(study.id));
  const visitor = readVisitorPlace(query);
  const placed = placeSites(study, visitor);
  const features = toSitesFeatureCollection(study, placed);
  const qr = await qrCodeDataUri(url);
  const englishTitle = isEnglish(study.titleLang);
  const jsonLd = serializeJsonLd(toMedicalTrialJsonLd(study, url));

  return (
    <main
      id="contenu"
      tabIndex={-1}
      className="py-8 focus:outline-none print:py-0"
    >
      <StudyJsonLd json={jsonLd} />
      <Container className="print:hidden">
        <p className="mb-4">
          <Link href={routes.search(visitor?.query)} className={linkClass}>
            ← Rechercher d’autres études
          </Link>
        </p>
        <article aria-labelledby="titre-etude" className="space-y-8">
          <header className="space-y-3">
            <div className="flex flex-wrap gap-2">
              <RecruitmentBadge recruitment={study.recruitment} />
              <CategoryBadge study={study} />
              {study.phase && study.phase.code !== 'n-a' ? (
                <span className="inline-flex items-center rounded-full border border-line px-2.5 py-0.5 text-sm font-medium leading-6">
                  {study.phase.label}
                </span>
              ) : null}
            </div>
            {englishTitle ? <EnglishLabel /> : null}
            <h1 id="titre-etude" lang={englishTitle ? 'en' : undefined} className="break-words text-2xl font-bold leading-tight tracking-tight sm:text-3xl">
              {study.title}
            </h1>
            <p className="text-ink-muted">
              {study.acronym ? (
                <>
                  Nom court : <span className="font-semibold text-ink">{study.acronym}</span> ·{' '}
                </>
              ) : null}
              Numéro de l’étude : <span className="font-mono font-semibold text-ink">{study.id}</span>
            </p>
            {!englishTitle ? <GlossaryTermList text={study.title} label="Mots du titre expliqués :" /> : null}
          </header>

          <EnBref study={study} placed={placed} originLabel={visitor?.label} />

          <ShareActions url={url} shareHref={shareMailto(study, url)} reportHref={reportErrorMailto(study, url)} />

          {study.summary || study.objectives ? (
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
                <p className="text-base text-ink-muted">Ce texte est celui publié par l’équipe de l’étude, sans modification.</p>
              </div>
            </Disclosure>
          ) : null}

          <nav aria-label="Sur cette page" className="rounded-lg bg-paper-warm p-4">
            <p className="font-semibold">Sur cette page</p>
            <ul className="mt-1 flex flex-col gap-1 sm:flex-row sm:flex-wrap sm:gap-x-6">
              {TOC.map(([anchor, label]) => (
                <li key={anchor}>
                  <a href={`#${anchor}`} className={linkClass}>
                    {label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>

          <EligibilitySection study={study} />
          <SitesSection
            studyId={study.id}
            placed={placed}
            originLabel={visitor?.label}
            features={features}
            tileUrl={env.PHARE_TILE_URL}
            tileAttribution={env.PHARE_TILE_ATTRIBUTION}
          />
          <ParticipationSection study={study} />
          <ProfessionalsSection study={study} />
        </article>
      </Container>
      <DoctorSheet study={study} placed={placed} url={url} qrDataUri={qr} today={formatTodayFr()} demo={demo} />
    </main>
  );
}
