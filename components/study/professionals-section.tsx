import { StatusBadges } from '@/components/search/study-badges';
import { countryNameFr } from '@/lib/study/countries';
import { IDENTIFIER_KIND_LABELS, registryLink } from '@/lib/study/identifiers';
import { LAST_UPDATED_TEXTS, joinFr } from '@/lib/study/page-texts';
import { STUDY_STATUS_SENTENCES, formatDateFr } from '@/lib/study/plain-french';
import { routes } from '@/lib/routes';
import type { Study } from '@/lib/study/types';
import { StudySection } from './study-section';

const linkClass = 'link break-words';

const REGULATION_LABELS: Record<Study['regulation'], string> = {
  jarde: 'Recherche impliquant la personne humaine (loi Jardé)',
  medicament: 'Essai clinique de médicament, règlement (UE) 536/2014',
  dispositif: 'Investigation clinique de dispositif médical, règlement (UE) 2017/745',
  diagnostic: 'Étude de performance de diagnostic in vitro, règlement (UE) 2017/746',
  inconnu: 'Non précisée',
};

function Item({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="py-2 sm:grid sm:grid-cols-[14rem_1fr] sm:gap-4">
      <dt className="font-semibold">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** French names of the countries of a trial, in the upstream order; the code when no name is known. */
export function countryNames(codes: readonly string[]): string[] {
  return codes.map((c) => countryNameFr(c) ?? c);
}

/**
 * « Pour les professionnels »: identifiers with registry links, regulation, phase, the study's own status beside
 * its recruitment, sponsor, countries (CTIS), dates, FHIR. `lastUpdated` is the study's `meta.lastUpdated` only
 * when the page found it plausible (not in the future, not a known fallback): it is not a modification date
 * and is labelled as what it is.
 */
export function ProfessionalsSection({ study, lastUpdated }: { study: Study; lastUpdated?: string }) {
  const ids = study.identifiers.length ? study.identifiers : [{ value: study.id, kind: 'autre' as const, primary: true }];
  const lastUpdatedFr = formatDateFr(lastUpdated);
  const start = formatDateFr(study.recruitmentPeriod?.start);
  const end = formatDateFr(study.recruitmentPeriod?.end) ?? study.recruitmentPeriod?.endRaw;
  const countries = study.regulation === 'medicament' ? joinFr(countryNames(study.countries)) : undefined;
  return (
    <StudySection id="professionnels" title="Pour les professionnels">
      <dl className="divide-y divide-line/30">
        <Item term="Identifiants">
          <ul className="space-y-1">
            {ids.map((i) => {
              const link = registryLink(i);
              return (
                <li key={`${i.kind}-${i.value}`}>
                  {IDENTIFIER_KIND_LABELS[i.kind]}&nbsp;: <span className="font-mono">{i.value}</span>
                  {link ? (
                    <>
                      {' — '}
                      <a href={link.href} className={linkClass} rel="noopener noreferrer">
                        voir sur {link.registry}
                      </a>
                    </>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </Item>
        <Item term="Réglementation">
          {REGULATION_LABELS[study.regulation]}
          {study.regulation === 'inconnu' && study.regulationCode ? ` (${study.regulationCode})` : ''}
        </Item>
        {study.precision ? <Item term="Précision réglementaire">{study.precision.label}</Item> : null}
        <Item term="Phase">{study.phase && study.phase.code !== 'n-a' ? study.phase.label : 'Sans objet ou non précisée'}</Item>
        <Item term="Recrutement et état de l’étude">
          <span className="flex flex-wrap gap-2">
            <StatusBadges recruitment={study.recruitment} status={study.status} />
          </span>
          <span className="mt-1 block">
            {STUDY_STATUS_SENTENCES[study.status]}
            {study.riphState ? ` État déclaré dans le SI RIPH\u00A0: ${study.riphState}.` : ''}
            {study.fhirStatus ? ` Statut FHIR\u00A0: ${study.fhirStatus}.` : ''}
          </span>
        </Item>
        {study.refCpp ? <Item term="Référence CPP">{study.refCpp}</Item> : null}
        <Item term="Promoteur">{study.sponsor ?? 'Non précisé'}</Item>
        {countries ? <Item term="Pays concernés">{countries}</Item> : null}
        {study.therapeuticArea ? <Item term="Domaine thérapeutique">{study.therapeuticArea}</Item> : null}
        {study.meddra.length ? (
          <Item term="Codes MedDRA">{study.meddra.map((m) => (m.label ? `${m.label} (${m.code})` : m.code)).join(', ')}</Item>
        ) : null}
        {start || end ? (
          <Item term="Période de recrutement">
            {start ? `début\u00A0: ${start}` : ''}
            {start && end ? '\u202F; ' : ''}
            {end ? `fin\u00A0: ${end}` : ''}
          </Item>
        ) : null}
        {lastUpdatedFr ? (
          <Item term={LAST_UPDATED_TEXTS.label}>
            <time dateTime={lastUpdated}>{lastUpdatedFr}</time>
            <span className="mt-1 block text-base text-ink-muted">{LAST_UPDATED_TEXTS.note}</span>
          </Item>
        ) : null}
        <Item term="Données FHIR">
          <a href={routes.api.fhirStudy(study.id)} className={linkClass}>
            Ressource ResearchStudy (JSON, par le relais de Phare)
          </a>
        </Item>
      </dl>
    </StudySection>
  );
}
