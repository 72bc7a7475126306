/**
 * Reading the raw source values that ECLAIRE dumps in the narrative `text.div` (CONTRACT §5.6, §7.4):
 * `<li> name: value </li>` for `reglementation_code, precision_reglementation, etat, …, statut_recrutement,
 * date_fin_recrutement`. It is the only place for the raw RIPH state (`etat`), the raw recruitment status
 * (`statut_recrutement`), the criteria with their types (`criteres_eligibilite`, `criteres_jugement`) and the
 * status history (`historique`).
 *
 * The narrative is hostile input: values are interpolated without escaping, so they may hold `</li>`, commas, tags
 * (`<script>`), the literal words `null`/`undefined`, or even text that looks like another item (`<li> etat: …`);
 * the div may be malformed, have no list at all, or be huge. So this reader:
 * - never throws and never builds a DOM: it looks for item openings `<li> name:` (name in snake_case) and takes
 *   each value up to the next opening, whatever closing tags are in between;
 * - keeps every occurrence of a name, so a value that smuggles a second `etat` is seen as a disagreement, and each
 *   caller decides what a disagreement means (the status reader treats it as unreadable or takes the cautious one);
 * - cleans a value only when asked (entities decoded, tags removed, spaces folded) and turns the placeholders
 *   `null`, `undefined`, `INDISPONIBLE`… into undefined;
 * - reads at most `MAX_NARRATIVE_CHARS` characters.
 */
import { present } from './text';
import { isObject } from './json';

/** Items of the narrative in ECLAIRE's order (§7.4); older or other producers may send a subset, in another order. */
export const NARRATIVE_KEYS = [
  'reglementation_code', 'precision_reglementation', 'etat', 'organisme_nom', 'organisme_adresse',
  'organisme_code_postal', 'organisme_pays', 'organisme_ville', 'contact_nom', 'contact_prenom', 'contact_telephone',
  'contact_courriel', 'sites', 'numero_primaire', 'titre', 'phase_recherche', 'domaine_therapeutique',
  'pathologies_maladies_rares', 'informations_meddra', 'taille_etude', 'tranches_age', 'sexe', 'groupes_sujet',
  'population_recrutement', 'date_debut_recrutement', 'historique', 'dates_avis_favorable_ms_mns', 'pays_concernes',
  'date_theorique_maximale_autorisation_cpp', 'contact_public', 'criteres_eligibilite', 'criteres_jugement',
  'objectifs', 'resume', 'statut_recrutement', 'date_fin_recrutement',
] as const;

export type NarrativeKey = (typeof NARRATIVE_KEYS)[number];

/** Longer narratives are read up to this length (the items Phare needs come well before). */
export const MAX_NARRATIVE_CHARS = 2_000_000;

// `<li>` (attributes tolerated), spaces, a snake_case name in lower case as ECLAIRE writes it (so that « Note: »
// in a free-text value does not cut it), a colon. Linear: every quantifier is bounded or anchored on a literal.
const ITEM_RE = /<[lL][iI](?:\s[^<>]{0,200})?>\s{0,20}([a-z][a-z0-9_]{0,63})\s{0,20}:/g;
const HAS_ITEM_RE = /<li/i;
const CLOSERS = ['</li>', '</ul>', '</div>', '</ol>'];

export interface Narrative {
  /** True when the div held at least one item. */
  readonly readable: boolean;
  /** True when the item appears at least once, even with a placeholder value (`etat: null`). */
  has(key: string): boolean;
  /** Every present (non-placeholder) value of the item, cleaned, in document order; duplicates kept. */
  all(key: string): string[];
  /**
   * The item's value when it is present and all its occurrences agree; undefined when absent, a placeholder,
   * or when occurrences disagree (a value smuggled by another field), a placeholder against a value included.
   */
  get(key: string): string | undefined;
}

const EMPTY: Narrative = { readable: false, has: () => false, all: () => [], get: () => undefined };

/** Removes trailing closing tags and spaces without a regular expression (no backtracking on huge values). */
function trimClosers(s: string): string {
  let end = s.length;
  for (;;) {
    while (end > 0 && s.charCodeAt(end - 1) <= 32) end--;
    let cut = false;
    for (const c of CLOSERS) {
      if (end >= c.length && s.slice(end - c.length, end).toLowerCase() === c) {
        end -= c.length;
        cut = true;
        break;
      }
    }
    if (!cut) break;
  }
  return s.slice(0, end);
}

/** Parses a narrative `div` (any value: non-strings give an empty narrative). Never throws. */
export function parseNarrative(div: unknown): Narrative {
  if (typeof div !== 'string' || !HAS_ITEM_RE.test(div)) return EMPTY;
  const text = div.length > MAX_NARRATIVE_CHARS ? div.slice(0, MAX_NARRATIVE_CHARS) : div;
  const spans = new Map<string, [number, number][]>();
  const re = new RegExp(ITEM_RE.source, 'g');
  let prev: { key: string; start: number } | undefined;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (prev) {
      const list = spans.get(prev.key) ?? [];
      list.push([prev.start, m.index]);
      spans.set(prev.key, list);
    }
    prev = { key: m[1], start: m.index + m[0].length };
  }
  if (prev) {
    const list = spans.get(prev.key) ?? [];
    list.push([prev.start, text.length]);
    spans.set(prev.key, list);
  }
  if (spans.size === 0) return EMPTY;

  const cache = new Map<string, string[]>();
  const all = (key: string): string[] => {
    const cached = cache.get(key);
    if (cached) return cached;
    const values: string[] = [];
    for (const [start, end] of spans.get(key) ?? []) {
      const v = present(trimClosers(text.slice(start, end)));
      if (v !== undefined) values.push(v);
    }
    cache.set(key, values);
    return values;
  };
  return {
    readable: true,
    has: (key) => spans.has(key),
    all,
    get: (key) => {
      const values = all(key);
      if (values.length === 0 || values.length !== spans.get(key)?.length) return undefined;
      const first = values[0];
      return values.every((v) => v === first) ? first : undefined;
    },
  };
}

/** The narrative of a resource (`text.div`), or an empty one. */
export function narrativeOf(resource: unknown): Narrative {
  if (!isObject(resource) || !isObject(resource.text)) return EMPTY;
  return parseNarrative(resource.text.div);
}

// ---------- criteria lists ----------

/** One item of `criteres_eligibilite` / `criteres_jugement`: `Titre: … - Type: …` (CONTRACT §5.6). */
export interface NarrativeCriterion {
  /** The criterion text, cleaned; undefined for `Titre: null`. */
  title?: string;
  /** The type folded to upper case with underscores: INCLUSION, EXCLUSION, PRINCIPAL, SECONDAIRE…; undefined for null. */
  type?: string;
}

const ITEM_SPLIT_RE = /,\s{0,20}(?=Titre\s{0,20}:)/;
const TITLE_PREFIX_RE = /^\s{0,20}Titre\s{0,20}:\s{0,20}/;
const TYPE_SEP_RE = /\s-\s{0,20}Type\s{0,20}:/g;
const TYPE_FOLD_RE = /[^A-Z0-9]+/g;

/**
 * Parses a criteria list as ECLAIRE writes it (`Titre: A - Type: INCLUSION,Titre: B, avec virgule - Type: EXCLUSION`).
 * Items are split where a comma is followed by `Titre:`, the type is what follows the last ` - Type:` of an item.
 * Returns undefined when the value does not have that shape at all (then nothing can be concluded from it).
 */
export function parseCriteriaList(value: string | undefined): NarrativeCriterion[] | undefined {
  if (value === undefined || !TITLE_PREFIX_RE.test(value)) return undefined;
  const out: NarrativeCriterion[] = [];
  for (const piece of value.split(ITEM_SPLIT_RE)) {
    const body = piece.replace(TITLE_PREFIX_RE, '');
    let sepAt = -1;
    let sepEnd = -1;
    TYPE_SEP_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TYPE_SEP_RE.exec(body)) !== null) {
      sepAt = m.index;
      sepEnd = m.index + m[0].length;
    }
    if (sepAt === -1) return undefined;
    const title = present(body.slice(0, sepAt));
    const rawType = present(body.slice(sepEnd));
    const type = rawType
      ? rawType.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase().replace(TYPE_FOLD_RE, '_').replace(/^_|_$/g, '')
      : undefined;
    const item: NarrativeCriterion = {};
    if (title) item.title = title;
    if (type) item.type = type;
    out.push(item);
  }
  return out;
}

/** Every `YYYY-MM-DD` found in a value (historique `2023-03-16:En cours`, avis `NUM:2022-11-07`). */
export function datesIn(value: string): string[] {
  const out: string[] = [];
  const re = /(?:^|[^0-9])(\d{4}-\d{2}-\d{2})(?![0-9])/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(value)) !== null) out.push(m[1]);
  return out;
}
