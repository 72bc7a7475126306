import { suggestClosePlaces } from '@/lib/geo/close-places';
import { getGazetteer, type Gazetteer } from '@/lib/geo/gazetteer';
import { findPlacesByName, type CommuneMatch } from '@/lib/geo/find-places';
import { parseCityName } from '@/lib/geo/normalise-name';
import { foldQuery, resolvePlace } from '@/lib/geo/suggest';
import type { StoreReads } from '@/lib/store/reads';
import { frenchTypography } from '@/lib/text/typography';

/** A point a radius search is centred on, with the words shown to the visitor. */
export interface ResolvedPlace {
  label: string;
  lat: number;
  lon: number;
}

/** Turns a `lieu` (INSEE commune code or postcode) into a point; undefined when unknown. */
export type PlaceResolver = (lieu: string) => ResolvedPlace | undefined;

/** A commune offered instead of a place Phare cannot find: its INSEE code (for `lieu`) and its name. */
export interface PlaceOption {
  code: string;
  /** « Rennes (35000) — Ille-et-Vilaine » */
  label: string;
}

/** A value the visitor gave that parses but means nothing (unknown commune): answered 400, never 500. */
export class SearchInputError extends Error {
  constructor(
    readonly param: string,
    message: string,
    /** Places close to what was typed, to offer as links. */
    readonly suggestions: PlaceOption[] = [],
    /** The INSEE code of the one commune that bears exactly the name typed, when only one does. */
    readonly exact?: string,
  ) {
    super(message);
    this.name = 'SearchInputError';
  }
}

const MAX_SUGGESTIONS = 5;

/** Places close to `typed` that a search can be centred on. */
function closePlaces(typed: string, g: Gazetteer): PlaceOption[] {
  try {
    const out = suggestClosePlaces(typed, MAX_SUGGESTIONS + 1, g)
      .filter((s) => resolvePlace(s.insee, g) !== null)
      .map((s) => ({ code: s.insee, label: `${s.name} (${s.postcode ?? s.department}) — ${s.departmentName}` }));
    // « 75000 », « 69000 »: the city of the department comes first (those postcodes do not exist).
    const cityCode = /^(\d{2})000$/.exec(typed.trim())?.[1];
    if (cityCode && !g.byPostcode.has(typed.trim())) {
      const city = (g.byDepartment.get(cityCode) ?? [])
        .filter((c) => !c.parent && c.lat != null)
        .sort((a, b) => (b.population ?? 0) - (a.population ?? 0))[0];
      if (city) out.unshift({ code: city.insee, label: `${city.name} (${city.department}) — ${g.departments.get(city.department)?.name ?? city.department}` });
    }
    return out.filter((o, i) => out.findIndex((x) => x.code === o.code) === i).slice(0, MAX_SUGGESTIONS);
  } catch {
    // Suggestions are a convenience: without the gazetteer the message stands alone.
    return [];
  }
}

/**
 * Why a `lieu` gives no place, in words that say what the person typed and never that an existing commune does
 * not exist — with close places to choose from (`suggestions`, shown as links under the message):
 * - a commune or postcode the gazetteer knows but cannot place on a map: said so;
 * - a code nobody knows: « Nous ne trouvons pas… » (we did not find it — not « it does not exist »);
 * - a name typed where a code was expected (a form sent without JavaScript): the communes of that name first.
 */
export function unknownPlaceError(typed: string, gazetteer?: Gazetteer): SearchInputError {
  const value = typeof typed === 'string' ? typed.trim().slice(0, 100) : '';
  let g: Gazetteer | undefined;
  try {
    g = gazetteer ?? getGazetteer();
  } catch {
    g = undefined;
  }
  const suggestions = value && g ? closePlaces(value, g) : [];
  const names = suggestions.map((s) => s.label.replace(/ — .*$/, ''));
  const code = value.toUpperCase();
  const exact = g && /\p{L}{2}/u.test(value) ? onlyCommuneNamed(value, g) : undefined;
  let message: string;
  if (/^(?:\d{5}|2[AB]\d{3})$/.test(code)) {
    const known = g?.byInsee.get(code) ?? g?.byFormerCode.get(code) ?? g?.byPostcode.get(code)?.[0];
    message = known
      ? `Nous ne savons pas encore situer « ${code} » (${known.name}) sur une carte. Choisissez une commune voisine.`
      : `Nous ne trouvons pas de commune pour le code « ${code} ». Vérifiez le code postal ou le code INSEE.`;
  } else if (/\d/.test(value) && !/\p{L}{2}/u.test(value)) {
    message = `Nous ne trouvons pas de commune pour « ${value} ». Un code postal a 5 chiffres, par exemple 44000.`;
  } else if (exact) {
    message = `Choisissez la commune « ${value} » dans la liste.`;
  } else if (suggestions.length && foldQuery(names[0].replace(/ \([^)]*\)$/, '')) === foldQuery(value)) {
    message = `Choisissez la commune « ${value} » dans la liste : plusieurs communes peuvent porter ce nom.`;
  } else {
    message = `Nous ne trouvons pas de commune nommée « ${value} ». ${
      names.length ? 'Choisissez une commune proche de ce nom' : 'Indiquez un code postal, par exemple 44000'
    }.`;
  }
  return new SearchInputError('lieu', frenchTypography(message), suggestions, exact);
}

/** The INSEE code of the one placed commune whose current name is exactly `name` (folded), if only one is. */
function onlyCommuneNamed(name: string, g: Gazetteer): string | undefined {
  try {
    const matches = findPlacesByName(name, g);
    // « Paris 15 », « Lyon III »: the arrondissement asked by its number.
    const top = matches[0];
    if (parseCityName(name).arrondissement && top?.kind === 'commune' && top.parent && top.lat != null) return top.insee;
    const folded = foldQuery(name);
    const named = matches.filter(
      (m): m is CommuneMatch => m.kind === 'commune' && !m.partial && !m.formerName && m.lat != null && foldQuery(m.name) === folded,
    );
    return named.length === 1 ? named[0].insee : undefined;
  } catch {
    return undefined;
  }
}

/** Default resolver: the commune gazetteer (lib/geo), an INSEE code first, then a postcode. */
export function resolvePlaceFromGazetteer(lieu: string): ResolvedPlace | undefined {
  try {
    const place = resolvePlace(lieu);
    return place ? { label: place.label, lat: place.lat, lon: place.lon } : undefined;
  } catch (error) {
    // The gazetteer file missing or unreadable must not break searches: fall back to the sites table.
    console.error('[recherche] Référentiel des communes indisponible', error);
    return undefined;
  }
}

/** Second chance: the mean point of the mirror's own placed sites in that commune or postcode. */
export function resolvePlaceFromSites(store: Pick<StoreReads, 'meanPointOfSites'>, lieu: string): ResolvedPlace | undefined {
  const point = store.meanPointOfSites(lieu);
  if (!point) return undefined;
  return { label: point.city ? `${point.city} (${lieu})` : lieu, lat: point.lat, lon: point.lon };
}
