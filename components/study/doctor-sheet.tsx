import { Frozen } from '@/components/ui/frozen';
import { buildDoctorLetter, fitCriteria, type CriteriaBudget, type LetterCriteria } from '@/lib/study/doctor-letter';
import { OUTCOME_PRO_HEADINGS, splitOutcomes } from '@/lib/study/page-texts';
import { PRINT_UPDATE_NOTICE } from '@/lib/study/plain-french';
import { shortTitle } from '@/lib/study/share';
import { formatDistance, nearestSites, type PlacedSite } from '@/lib/study/sites';
import type { Criterion, Study } from '@/lib/study/types';
import { PrintDate } from './print-date';

/**
 * Budgets that keep the sheet on one A4 page whatever the study: the criteria are shown whole, in their order,
 * as many as fit; the rest is announced (« suite sur la page de l’étude ») and reached through the QR code.
 * Criteria are in two columns of about 60 characters a line; outcomes span the page (about 120).
 */
export const SHEET_BUDGETS = {
  title: 300,
  inclusion: { maxChars: 1000, maxLines: 14, charsPerLine: 60 },
  exclusion: { maxChars: 1000, maxLines: 14, charsPerLine: 60 },
  primaryOutcomes: { maxChars: 360, maxLines: 3, charsPerLine: 120 },
  secondaryOutcomes: { maxChars: 240, maxLines: 2, charsPerLine: 120 },
  sites: 3,
} as const satisfies Record<string, CriteriaBudget | number>;

function CriteriaBlock({ block }: { block: LetterCriteria }) {
  return (
    <div>
      <h4 className="font-bold">{block.heading}</h4>
      {block.empty ? <p>{block.empty}</p> : null}
      {block.items.length ? (
        <ul className="mt-0.5 list-disc space-y-0.5 pl-4">
          {block.items.map((c, i) => (
            <li key={i} lang={c.lang}>
              {c.text}
            </li>
          ))}
        </ul>
      ) : null}
      {block.continuation ? <p className="italic">{block.continuation}</p> : null}
    </div>
  );
}

function OutcomeLine({ heading, outcomes, budget }: { heading: { one: string; many: string }; outcomes: Criterion[]; budget: CriteriaBudget }) {
  if (outcomes.length === 0) return null;
  const fitted = fitCriteria(outcomes, budget);
  return (
    <div>
      <h4 className="font-bold">{outcomes.length > 1 ? heading.many : heading.one}</h4>
      <ul className="list-disc pl-4">
        {fitted.shown.map((o, i) => (
          <li key={i} lang={o.lang}>
            {o.text}
          </li>
        ))}
      </ul>
      {fitted.continuation ? <p className="italic">{fitted.continuation}</p> : null}
    </div>
  );
}

/**
 * « Fiche pour mon médecin »: hidden on screen, the only thing printed, one A4 page. Written to the doctor
 * (`buildDoctorLetter`): a blank field for the patient's name, the study (sponsor, identifiers, category,
 * phase, status, recruitment, age brackets), the conditions in full — whole criteria, never cut — what the study
 * measures, the nearest sites' contacts, what to know, the stable link and its QR code. Criteria whose kind
 * cannot be told are not conditions and are not printed here.
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
  const letter = buildDoctorLetter(study, { inclusionBudget: SHEET_BUDGETS.inclusion, exclusionBudget: SHEET_BUDGETS.exclusion });
  const outcomes = splitOutcomes(study.outcomes);
  const sites = nearestSites(placed, SHEET_BUDGETS.sites);
  const contact = study.contacts.public ?? study.contacts.scientific;
  return (
    <section aria-label="Fiche pour mon médecin" className="hidden text-[9.5pt] leading-snug text-black print:block">
      <header className="flex items-baseline justify-between border-b-2 border-black pb-1">
        <p className="text-[12pt] font-bold">Phare — {letter.title}</p>
        <p>
          Imprimée le <PrintDate initial={today} />
        </p>
      </header>
      <Frozen part="fiche-medecin">
        {demo ? <p className="mt-1 font-bold">Données de démonstration fictives&nbsp;: cette étude est inventée.</p> : null}

        <div className="mt-2 flex items-baseline justify-between gap-4">
          <p>{letter.salutation}</p>
          <p>
            {letter.patient.label} <span aria-hidden="true">{letter.patient.blank}</span>
            <span className="sr-only">(à remplir)</span>
          </p>
        </div>
        <p className="mt-1">{letter.intro.join(' ')}</p>

        <h2 className="mt-2 text-[10.5pt] font-bold">
          {letter.study.heading}&nbsp;: <span lang={letter.study.titleLang}>{shortTitle(letter.study.title, SHEET_BUDGETS.title)}</span>
        </h2>
        <dl className="mt-0.5 grid grid-cols-2 gap-x-4">
          {letter.study.rows.map((r) => (
            <div key={`${r.label}-${r.value}`} className="flex gap-1">
              <dt className="shrink-0 font-semibold">{r.label}&nbsp;:</dt>
              <dd>{r.value}</dd>
            </div>
          ))}
        </dl>

        <div className="mt-2 grid grid-cols-2 gap-4">
          <CriteriaBlock block={letter.inclusion} />
          <CriteriaBlock block={letter.exclusion} />
        </div>

        {study.outcomes.length ? (
          <div className="mt-2 space-y-1">
            <OutcomeLine heading={OUTCOME_PRO_HEADINGS.primary} outcomes={outcomes.primary} budget={SHEET_BUDGETS.primaryOutcomes} />
            <OutcomeLine heading={OUTCOME_PRO_HEADINGS.secondary} outcomes={outcomes.secondary} budget={SHEET_BUDGETS.secondaryOutcomes} />
          </div>
        ) : null}

        <div className="mt-2 grid grid-cols-2 gap-4">
          <div>
            <h3 className="font-bold">Contacts</h3>
            {contact && (contact.email || contact.phone) ? (
              <p>L’équipe de l’étude&nbsp;: {[contact.name, contact.phone, contact.email].filter(Boolean).join(' · ')}</p>
            ) : null}
            {sites.length ? (
              <ul className="space-y-0.5">
                {sites.map((p) => (
                  <li key={p.site.id}>
                    <strong>{p.site.name ?? 'Lieu'}</strong>
                    {p.site.city ? `, ${p.site.city}` : ''}
                    {p.distanceKm !== undefined ? ` (à ${formatDistance(p.distanceKm)})` : ''}
                    {p.site.contact ? ` — ${[p.site.contact.name, p.site.contact.phone, p.site.contact.email].filter(Boolean).join(' · ')}` : ''}
                  </li>
                ))}
              </ul>
            ) : (
              <p>Lieux non publiés.</p>
            )}
          </div>
          <div>
            <h3 className="font-bold">{letter.closing.heading}</h3>
            {letter.closing.paragraphs.map((p) => (
              <p key={p}>{p}</p>
            ))}
          </div>
        </div>

        <footer className="mt-2 flex items-center gap-4 border-t-2 border-black pt-2">
          {qrDataUri ? (
            // eslint-disable-next-line @next/next/no-img-element -- a data: URI, nothing to optimise
            <img src={qrDataUri} alt="Code QR vers la page de l’étude sur Phare" width={88} height={88} className="h-[22mm] w-[22mm] shrink-0" />
          ) : null}
          <div className="space-y-0.5">
            <p>
              Page de l’étude, avec la suite des critères&nbsp;: <span className="break-all font-mono">{url}</span>
            </p>
            <p className="font-bold">{PRINT_UPDATE_NOTICE}</p>
          </div>
        </footer>
      </Frozen>
    </section>
  );
}
