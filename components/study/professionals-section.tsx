import { IDENTIFIER_KIND_LABELS, registryLink } from '@/lib/study/identifiers';
import { formatDateFr } from '@/lib/study/plain-french';
import { routes } from '@/lib/routes';
import type { Study } from '@/lib/study/types';
import { StudySection } from './study-section';

const linkClass = 'font-medium text-accent-700 underline underline-offset-2 hover:text-accent-800 break-words';

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

/** « Pour les professionnels »: identifiers with registry links, regulation, phase, sponsor, dates, FHIR. */
export function ProfessionalsSection({ study }: { study: Study }) {
  const ids = study.identifiers.length ? study.identifiers : [{ value: study.id, kind: 'autre' as const, primary: true }];
  const lastUpdated = formatDateFr(study.lastUpdated);
  const start = formatDateFr(study.recruitmentPeriod?.start);
  const end = formatDateFr(study.recruitmentPeriod?.end) ?? study.recruitmentPeriod?.endRaw;
  return (
    <StudySection id="professionnels" title="Pour les professionnels">
      <dl className="divide-y divide-line/30">
        <Item term="Identifiants">
          <ul className="space-y-1">
            {ids.map((i) => {
              const link = registryLink(i);
              return (
                <li key={`${i.kind}-${i.value}`}>
                  {IDENTIFIER_KIND_LABELS[i.kind]} : <span className="font-mono">{i.value}</span>
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
        {study.refCpp ? <Item term="Référence CPP">{study.refCpp}</Item> : null}
        <Item term="Promoteur">{study.sponsor ?? 'Non précisé'}</Item>
        {study.therapeuticArea ? <Item term="Domaine thérapeutique">{study.therapeuticArea}</Item> : null}
        {study.meddra.length ? (
          <Item term="Codes MedDRA">{study.meddra.map((m) => (m.label ? `${m.label} (${m.code})` : m.code)).join(', ')}</Item>
        ) : null}
        {start || end ? (
          <Item term="Recrutement">
            {start ? `début : ${start}` : ''}
            {start && end ? ' ; ' : ''}
            {end ? `fin : ${end}` : ''}
          </Item>
        ) : null}
        {lastUpdated ? (
          <Item term="Dernière mise à jour (ECLAIRE)">
            <time dateTime={study.lastUpdated}>{lastUpdated}</time>
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
