import type { Narrative } from 'fhir/r4';
import { PRECISION_CODES } from '@/lib/eclaire/code-systems';
import { isoDay } from './dates';
import type { StudyBasics } from './identity';
import type { Rng } from './prng';
import { formatHistorique, type StatusDraw } from './status';

/**
 * The narrative `text` of ECLAIRE resources: a raw dump of source fields (CONTRACT §7.4, `EclaireDto.toHtml` in
 * the API). Format, as the API writes it and as this generator writes it:
 *
 *   <div xmlns="http://www.w3.org/1999/xhtml"><h2>Données reçues avant modélisation FHIR</h2><ul>
 *   <li> name: value </li><li> name: value </li>…</ul></div>      (no line breaks, no spaces between items)
 *
 * - one space after `<li>` and before `</li>`, `name` then `: ` then the value interpolated as is: no HTML
 *   escaping, a missing value is the literal `null` (null in the source) or `undefined` (absent), an empty
 *   string gives `name:  ` (two spaces);
 * - the study narrative has these items, in the API's order (a subset of its 36):
 *   1. `reglementation_code`: `JARDE`, `REG536`, `REG745`, `REG746`
 *   2. `precision_reglementation`: the raw precision (`Catégorie 2`, `IC-Cas 4.1`, `EP-Cas 1`, and for CTIS
 *      `un essai clinique (CTIS)` / `un essai clinique à faible intervention (CTIS)`)
 *   3. `etat`: the raw RIPH state, e.g. `<li> etat: PROROGEE </li>`, `EXPIREE`, `INCONNU`, or `null`
 *   4. `titre`: the original-language title (English for most CTIS trials), `null` when there is none
 *   5. `historique`: `YYYY-MM-DD:ETAT, YYYY-MM-DD:ETAT` (oldest first), or `undefined` when the source has no
 *      history: `meta.lastUpdated` is then the fallback date of item 6
 *   6. `date_theorique_maximale_autorisation_cpp`: `YYYY-MM-DD` — CTIS always `2023-03-15`, others the
 *      submission date + 109 days (JARDE) or + 102 days (DM, DM-DIV)
 *   7. `criteres_eligibilite`: criteria joined by a comma WITHOUT space (JavaScript `Array#toString`), each
 *      `Titre: <text> - Type: <INCLUSION|EXCLUSION>`, e.g.
 *      `Titre: Âge de 18 ans ou plus - Type: INCLUSION,Titre: Femme enceinte ou allaitante - Type: EXCLUSION`;
 *      an item may be `Titre: null - Type: null` (dropped from the Group); empty list → empty value
 *   8. `criteres_jugement`: same format, types `PRINCIPAL` (primary outcome) and `SECONDAIRE` (secondary)
 *   9. `resume`: the raw summary (may contain HTML: `<br>`, and rarely a whole `<ul><li>…</li></ul>` list)
 *   10. `statut_recrutement`: `Recrutement ouvert`, `Recrutement en attente`, `Recrutement fermé`, `null` or
 *      `undefined`
 *   Criteria texts contain commas and never ` - Type: `: split items on `,Titre: ` (or /,\s*(?=Titre: )/), and
 *   each item at its last ` - Type: `. Both lists keep the source order, which is also the order of the
 *   Group's `grp-other` characteristics (all eligibility criteria first, then all judgement criteria, minus
 *   the `Titre: null - Type: null` items): documents built before 2025-12-09 have no `description` on those
 *   characteristics and give primary and secondary outcomes the same `exclude: false`, so only the narrative
 *   (by position) tells them apart.
 * - Group and Location narratives carry items 1–3 only (upstream copies the whole study narrative; a short one
 *   keeps the dataset light).
 * - Hostile narratives, as upstream can produce them: a value containing `<li>…</li>` (item 9), a list with no
 *   item at all (`<h2>…</h2></div>`, no `<ul>`), `null`/`undefined` values. Parse by item name, defensively.
 */

/** Study narrative without its list: `<h2>…</h2></div>` (0.3 % of studies). */
const WITHOUT_LIST_RATE = 0.003;

export type NarrativeValue = string | number | null | undefined;
export type NarrativeItem = readonly [name: string, value: NarrativeValue];

const OPEN = '<div xmlns="http://www.w3.org/1999/xhtml"><h2>Données reçues avant modélisation FHIR</h2>';

export function buildNarrative(items: readonly NarrativeItem[]): Narrative & { status: 'extensions' } {
  // join() gives one flat string; += would keep a rope of small strings alive in every record (more memory).
  const li = items.map(([k, v]) => `<li> ${k}: ${v === undefined ? 'undefined' : v} </li>`).join('');
  return { status: 'extensions', div: `${OPEN}<ul>${li}</ul></div>` };
}

/** A narrative whose list is missing (hostile case). */
const WITHOUT_LIST: Narrative & { status: 'extensions' } = { status: 'extensions', div: `${OPEN}</div>` };

/** One source criterion (`Critere`): `titre` and `type` as the source gives them. */
export interface SourceCriterion {
  titre: string | null;
  type: 'INCLUSION' | 'EXCLUSION' | 'PRINCIPAL' | 'SECONDAIRE' | null;
}

/** `Titre: … - Type: …` items joined like `Array#toString` (comma, no space). */
function formatCriteria(criteria: readonly SourceCriterion[]): string {
  return criteria.map((c) => `Titre: ${c.titre} - Type: ${c.type}`).join(',');
}

export interface NarrativeSource {
  /** Source title in its original language; null when absent, '' when empty. */
  titre: string | null;
  eligibility: readonly SourceCriterion[];
  judgement: readonly SourceCriterion[];
  resume: string;
}

export interface StudyNarratives {
  /** The study's narrative (items 1–10). */
  study: Narrative & { status: 'extensions' };
  /** The Group's and Locations' (items 1–3). */
  short: Narrative & { status: 'extensions' };
}

function rawPrecision(b: StudyBasics): string {
  const e = PRECISION_CODES[b.precision];
  return b.isCtis ? e.display : e.source;
}

/** Short narratives by regulation, precision and etat: a few hundred distinct texts shared by 20,000 records. */
const SHORT_DIVS = new Map<string, string>();

function shortNarrative(head: readonly NarrativeItem[], b: StudyBasics, s: StatusDraw): Narrative & { status: 'extensions' } {
  const key = `${b.precision}|${s.etat}`;
  let div = SHORT_DIVS.get(key);
  if (div === undefined) {
    div = buildNarrative(head).div;
    SHORT_DIVS.set(key, div);
  }
  return { status: 'extensions', div };
}

export function drawNarratives(r: Rng, b: StudyBasics, s: StatusDraw, src: NarrativeSource): StudyNarratives {
  if (r.chance(WITHOUT_LIST_RATE)) return { study: WITHOUT_LIST, short: WITHOUT_LIST };
  const head: NarrativeItem[] = [
    ['reglementation_code', b.reg],
    ['precision_reglementation', rawPrecision(b)],
    ['etat', s.etat],
  ];
  const study = buildNarrative([
    ...head,
    ['titre', src.titre],
    ['historique', formatHistorique(s)],
    ['date_theorique_maximale_autorisation_cpp', isoDay(s.theoretical)],
    ['criteres_eligibilite', formatCriteria(src.eligibility)],
    ['criteres_jugement', formatCriteria(src.judgement)],
    ['resume', src.resume],
    ['statut_recrutement', s.statut],
  ]);
  return { study, short: shortNarrative(head, b, s) };
}
