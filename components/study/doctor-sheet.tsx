import {
  DOCTOR_NOTICE, NO_BENEFIT_NOTICE, PRINT_UPDATE_NOTICE, QUESTIONS_TO_ASK, RECRUITMENT_LABELS, describeCategory,
  describeWho,
} from '@/lib/study/plain-french';
import { shortTitle } from '@/lib/study/share';
import { formatDistance, nearestSites, type PlacedSite } from '@/lib/study/sites';
import type { Criterion, Study } from '@/lib/study/types';
import { PrintDate } from './print-date';

/** Limits that keep the sheet on one A4 page whatever the study. */
export const SHEET_LIMITS = { title: 220, inclusion: 6, exclusion: 5, criterion: 150, sites: 3 } as const;

function Checklist({ title, criteria, max }: { title: string; criteria: Criterion[]; max: number }) {
  if (criteria.length === 0) return null;
  const shown = criteria.slice(0, max);
  const rest = criteria.length - shown.length;
  return (
    <div>
      <h3 className="font-bold">{title}</h3>
      <ul className="mt-0.5 space-y-0.5">
        {shown.map((c, i) => (
          <li key={i} className="flex gap-1.5">
            <span aria-hidden="true" className="mt-[0.15em] inline-block h-[0.9em] w-[0.9em] shrink-0 border border-ink" />
            <span lang={c.lang}>{shortTitle(c.text, SHEET_LIMITS.criterion)}</span>
          </li>
        ))}
      </ul>
      {rest > 0 ? <p className="italic">Et {rest} autre{rest > 1 ? 's' : ''} : liste complète sur Phare.</p> : null}
    </div>
  );
}

/**
 * « Fiche pour mon médecin »: hidden on screen, the only thing printed. One A4 page: the study in brief, the
 * eligibility checklist, the nearest sites' contacts, questions to ask, the stable link and its QR code.
 */
export function DoctorSheet({
  study,
  placed,
  url,
  qrDataUri,
  today,
  demo,
}: {
  study: Study;
  placed: PlacedSite[];
  url: string;
  qrDataUri?: string;
  today: string;
  demo: boolean;
}) {
  const category = describeCategory(study);
  const sites = nearestSites(placed, SHEET_LIMITS.sites);
  const contact = study.contacts.public ?? study.contacts.scientific;
  return (
    <section aria-label="Fiche pour mon médecin" className="hidden text-[9.5pt] leading-snug text-black print:block print:px-[8mm] print:py-[6mm]">
      <header className="flex items-baseline justify-between border-b-2 border-black pb-1">
        <p className="text-[13pt] font-bold">Phare — Fiche pour mon médecin</p>
        <p>
          Imprimée le <PrintDate initial={today} />
        </p>
      </header>
      {demo ? <p className="mt-1 font-bold">Données de démonstration fictives : cette étude est inventée.</p> : null}

      <h2 className="mt-2 text-[11.5pt] font-bold" lang={study.titleLang}>
        {shortTitle(study.title, SHEET_LIMITS.title)}
      </h2>
      <p>
        Numéro : <strong>{study.id}</strong> · {category.title}
        {study.phase && study.phase.code !== 'n-a' ? ` · ${study.phase.label}` : ''} · {RECRUITMENT_LABELS[study.recruitment]}
      </p>
      <p>Qui peut participer : {describeWho(study)}.</p>
      <p>{category.sentences.join(' ')}</p>

      <div className="mt-2 grid grid-cols-2 gap-4">
        <div className="space-y-1.5">
          <Checklist title="Conditions pour participer" criteria={study.eligibility.inclusion} max={SHEET_LIMITS.inclusion} />
          <Checklist title="Situations qui empêchent de participer" criteria={study.eligibility.exclusion} max={SHEET_LIMITS.exclusion} />
          {study.eligibility.inclusion.length + study.eligibility.exclusion.length === 0 ? (
            <p>Les critères ne sont pas publiés : demandez-les à l’équipe de l’étude.</p>
          ) : null}
        </div>
        <div className="space-y-1.5">
          <div>
            <h3 className="font-bold">Contacts</h3>
            {contact && (contact.email || contact.phone) ? (
              <p>
                Étude : {[contact.name, contact.phone, contact.email].filter(Boolean).join(' · ')}
              </p>
            ) : null}
            {sites.length ? (
              <ul className="space-y-0.5">
                {sites.map((p) => (
                  <li key={p.site.id}>
                    <strong>{p.site.name ?? 'Lieu'}</strong>
                    {p.site.city ? `, ${p.site.city}` : ''}
                    {p.distanceKm !== undefined ? ` (à ${formatDistance(p.distanceKm)})` : ''}
                    {p.site.contact
                      ? ` — ${[p.site.contact.name, p.site.contact.phone, p.site.contact.email].filter(Boolean).join(' · ')}`
                      : ''}
                  </li>
                ))}
              </ul>
            ) : (
              <p>Lieux non publiés.</p>
            )}
          </div>
          <div>
            <h3 className="font-bold">Questions à poser</h3>
            <ul className="list-disc pl-4">
              {QUESTIONS_TO_ASK.map((q) => (
                <li key={q}>{q}</li>
              ))}
            </ul>
          </div>
        </div>
      </div>

      <footer className="mt-3 flex items-center gap-4 border-t-2 border-black pt-2">
        {qrDataUri ? (
          // eslint-disable-next-line @next/next/no-img-element -- a data: URI, nothing to optimise
          <img src={qrDataUri} alt="Code QR vers la page de l’étude sur Phare" width={96} height={96} className="h-24 w-24 shrink-0" />
        ) : null}
        <div className="space-y-0.5">
          <p>
            Page de l’étude : <span className="break-all font-mono">{url}</span>
          </p>
          <p className="font-bold">{PRINT_UPDATE_NOTICE}</p>
          <p>{DOCTOR_NOTICE}</p>
          <p>{NO_BENEFIT_NOTICE}</p>
        </div>
      </footer>
    </section>
  );
}
