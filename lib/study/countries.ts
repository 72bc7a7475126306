/**
 * Countries (CONTRACT §4.13): ECLAIRE sends `ResearchStudy.location` codings of `urn:iso:std:iso:3166` with the
 * 249 ISO 3166-1 alpha-2 codes of the FHIR value set `iso3166-1-2` (English displays), and free-text country
 * names in contact addresses (`France`, `Switzerland`…, sometimes swapped with the city, §5.3).
 *
 * French names come from the ICU data of the runtime (`Intl.DisplayNames`), which Node ships in full since v13:
 * no hand table to keep up to date. A few ICU names are shortened for patients (`HK`, `MO`). When the runtime
 * has no French region names (a Node built with `small-icu`), `countryNameFr` answers undefined and callers keep
 * the upstream display or the code; `code-systems.test.ts` guards the full data.
 */
import { foldText } from '@/lib/text/fold';

/** The 249 ISO 3166-1 alpha-2 codes ECLAIRE can send (FHIR ValueSet iso3166-1-2, version 4.0.1). */
export const ISO_3166_ALPHA2: readonly string[] = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP ' +
  'KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS ' +
  'MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS ' +
  'RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW ' +
  'TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ');

const ISO_SET: ReadonlySet<string> = new Set(ISO_3166_ALPHA2);

/** Where ICU's French name is administrative rather than everyday. */
const FR_OVERRIDES: Readonly<Record<string, string>> = {
  HK: 'Hong Kong',
  MO: 'Macao',
};

/** Spellings seen upstream or in free-text addresses that ICU's French and English names do not cover. */
const EXTRA_NAMES: Readonly<Record<string, string>> = {
  // FHIR/ISO English displays as ECLAIRE sends them in `location`
  'Korea, Republic of': 'KR', "Korea, Democratic People's Republic of": 'KP', 'Russian Federation': 'RU',
  'Viet Nam': 'VN', 'Iran, Islamic Republic of': 'IR', 'Taiwan, Province of China': 'TW', 'Turkey': 'TR',
  'Moldova, Republic of': 'MD', 'Tanzania, United Republic of': 'TZ', 'Bolivia, Plurinational State of': 'BO',
  'Venezuela, Bolivarian Republic of': 'VE', 'Syrian Arab Republic': 'SY', "Lao People's Democratic Republic": 'LA',
  'Macedonia, the former Yugoslav Republic of': 'MK', 'Palestine, State of': 'PS', 'Holy See (Vatican City State)': 'VA',
  'Congo, the Democratic Republic of the': 'CD', 'Czech Republic': 'CZ', 'Hong Kong': 'HK', 'Macao': 'MO',
  'Brunei Darussalam': 'BN', 'Micronesia, Federated States of': 'FM', 'Swaziland': 'SZ', 'Cabo Verde': 'CV',
  // Free text in contact addresses
  'République tchèque': 'CZ', 'Deutschland': 'DE', 'The Netherlands': 'NL', 'Holland': 'NL', 'Nederland': 'NL',
  'UK': 'GB', 'Great Britain': 'GB', 'England': 'GB', 'Angleterre': 'GB', 'USA': 'US', 'United States of America': 'US',
  "États-Unis d'Amérique": 'US', 'Schweiz': 'CH', 'España': 'ES', 'Italia': 'IT', 'België': 'BE', 'South Korea': 'KR',
  'Korea': 'KR', 'Russia': 'RU', 'Türkiye': 'TR', 'Österreich': 'AT', 'Sverige': 'SE', 'Danmark': 'DK', 'Polska': 'PL',
  'Réunion': 'RE', 'Ile de la Réunion': 'RE', 'Guyane': 'GF', 'Biélorussie': 'BY', 'Bélarus': 'BY',
};

let frNames: Intl.DisplayNames | null | undefined;
let enNames: Intl.DisplayNames | null | undefined;

function displayNames(locale: 'fr' | 'en'): Intl.DisplayNames | null {
  try {
    const d = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    // A runtime without the locale's data answers in another language: treat it as absent.
    const probe = d.of('DE');
    if (locale === 'fr' && probe !== 'Allemagne') return null;
    if (locale === 'en' && probe !== 'Germany') return null;
    return d;
  } catch {
    return null;
  }
}

function icuName(locale: 'fr' | 'en', code: string): string | undefined {
  if (locale === 'fr') frNames ??= displayNames('fr');
  else enNames ??= displayNames('en');
  const d = locale === 'fr' ? frNames : enNames;
  if (!d) return undefined;
  try {
    const name = d.of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined;
  }
}

/** True for one of the 249 ISO 3166-1 alpha-2 codes (any case). */
export function isIsoCountryCode(code: string): boolean {
  return ISO_SET.has(code.trim().toUpperCase());
}

/** French name of an ISO 3166-1 alpha-2 code (« Côte d’Ivoire », « Royaume-Uni »); undefined when unknown. */
export function countryNameFr(code: string): string | undefined {
  const c = code.trim().toUpperCase();
  if (!ISO_SET.has(c)) return undefined;
  return FR_OVERRIDES[c] ?? icuName('fr', c);
}

/** English name (ICU's everyday form, e.g. « South Korea »); undefined when unknown. */
export function countryNameEn(code: string): string | undefined {
  const c = code.trim().toUpperCase();
  return ISO_SET.has(c) ? icuName('en', c) : undefined;
}

let byName: Map<string, string> | undefined;

function nameIndex(): Map<string, string> {
  if (byName) return byName;
  const m = new Map<string, string>();
  const add = (name: string | undefined, code: string) => {
    if (!name) return;
    const saint = name.replace(/\bSt\. /g, 'Saint ');
    const variants = [name, saint, saint.replace(/ & /g, ' and '), saint.replace(/ & /g, ' et ')];
    for (const v of variants) {
      const k = foldText(v);
      if (k && !m.has(k)) m.set(k, code);
    }
  };
  for (const code of ISO_3166_ALPHA2) {
    m.set(code.toLowerCase(), code);
    add(countryNameFr(code), code);
    add(icuName('fr', code), code);
    add(icuName('en', code), code);
  }
  for (const [name, code] of Object.entries(EXTRA_NAMES)) add(name, code);
  byName = m;
  return m;
}

/** ISO code of a country written as a code or as a French or English name; undefined when not recognised. */
export function findCountryCode(nameOrCode: string): string | undefined {
  const key = foldText(nameOrCode);
  return key ? nameIndex().get(key) : undefined;
}

/** True when the text names a country (or is an ISO code): how a swapped contact address is recognised. */
export function isCountryName(s: string): boolean {
  return findCountryCode(s) !== undefined;
}
