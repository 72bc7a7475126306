import type { Location, Meta, Narrative, ResearchStudy } from 'fhir/r4';
import { ESTABLISHMENTS, SERVICES, type Establishment } from './establishments';
import { EXTENSION_URLS } from './fhir-parts';
import type { Reg } from './identity';
import { drawPerson, drawPhone } from './people';
import type { Rng } from './prng';

/**
 * Investigator sites (CONTRACT §3.5): real establishments, a fictional investigator each, spread over a few
 * regions, with the site quirks of §5 (placeholders, CEDEX, missing postcodes, positional ids with gaps).
 */

/** Site quirk rates, per site (CONTRACT §5.1, §5.12, §3.5): low, but a few thousand records contain each. */
const Q = {
  siteUnavailable: 0.02,
  siteIndisponible: 0.005,
  siteNoPostcode: 0.03,
  siteUpperCity: 0.03,
  /** Per site of an establishment that has a CEDEX address: 3 × this. */
  siteCedex: 0.04,
  siteEmptyService: 0.02,
  siteGap: 0.05,
} as const;

/** Sites are spread over a few regions: a home region, sometimes one or two more, and some anywhere. */
const BY_REGION: Map<string, number[]> = (() => {
  const m = new Map<string, number[]>();
  ESTABLISHMENTS.forEach((e, i) => {
    const list = m.get(e.regionCode) ?? [];
    list.push(i);
    m.set(e.regionCode, list);
  });
  return m;
})();
const REGION_CODES = [...BY_REGION.keys()];

function pickEstablishments(r: Rng, n: number): Establishment[] {
  const regions = [r.pick(REGION_CODES)];
  const extra = n <= 2 ? 0 : n <= 8 ? r.int(0, 2) : r.int(2, 5);
  for (let k = 0; k < extra; k++) regions.push(r.pick(REGION_CODES));
  const chosen = new Set<number>();
  let guard = 0;
  while (chosen.size < n && guard++ < n * 20) {
    const pool = r.chance(0.8) ? BY_REGION.get(r.pick(regions))! : null;
    chosen.add(pool ? r.pick(pool) : r.int(0, ESTABLISHMENTS.length - 1));
  }
  return [...chosen].map((i) => ESTABLISHMENTS[i]);
}

function siteCount(r: Rng, reg: Reg): number {
  const u = r.next();
  if (reg === 'REG536') return u < 0.6 ? r.int(1, 4) : u < 0.9 ? r.int(5, 10) : r.int(11, 40);
  if (u < 0.5) return 1;
  return u < 0.93 ? r.int(2, 6) : r.int(7, 25);
}

/** How many sites, and where: drawn before the sites themselves are built. */
export function drawEstablishments(r: Rng, reg: Reg): Establishment[] {
  return pickEstablishments(r, siteCount(r, reg));
}

export interface BuiltSites {
  locations: Location[];
  siteRefs: NonNullable<ResearchStudy['site']>;
}

function buildLocation(r: Rng, locId: string, e: Establishment, meta: Meta, text: Narrative): Location {
  const inv = drawPerson(r);
  let city = e.city;
  let postcode: string | undefined = e.postcode;
  if (e.cedex && r.chance(Q.siteCedex * 3)) {
    postcode = e.cedex.postcode;
    city = e.cedex.city;
  } else if (r.chance(Q.siteUpperCity)) {
    city = city.toUpperCase().replace(/-/g, ' ');
  }
  if (r.chance(Q.siteNoPostcode)) postcode = undefined;
  const service: string | null = r.chance(0.08) ? null : r.chance(Q.siteEmptyService) ? '' : r.pick(SERVICES);
  const name = r.chance(Q.siteUnavailable) ? 'Donnée non disponible' : r.chance(Q.siteIndisponible) ? 'INDISPONIBLE' : e.name;
  const address: NonNullable<Location['address']> = {
    city,
    country: 'FR',
    line: [(r.chance(0.01) ? null : e.street) as string, service as string],
    ...(postcode === undefined ? {} : { postalCode: postcode }),
    type: 'physical',
    use: 'work',
  };
  return {
    resourceType: 'Location',
    id: locId,
    meta,
    text,
    identifier: [{ use: 'official', value: locId }],
    name,
    address,
    telecom: [
      { system: 'email', use: 'work', value: inv.email },
      { system: 'phone', use: 'work', value: drawPhone(r) },
      {
        system: 'other',
        use: 'work',
        extension: [
          {
            url: EXTENSION_URLS.siteContactName,
            valueHumanName: { family: inv.family, given: [inv.given], prefix: [r.pick(['Dr.', 'Pr', 'Dr', 'M.', 'Mme'])], use: 'official' },
          },
        ],
      },
    ],
  };
}

/** Locations `{id}-{i}-site`, `i` the index in the source array (gaps where the source had an unusable site). */
export function buildSites(r: Rng, studyId: string, establishments: readonly Establishment[], meta: Meta, text: Narrative): BuiltSites {
  const locations: Location[] = [];
  const siteRefs: NonNullable<ResearchStudy['site']> = [];
  let sourceIndex = 0;
  for (const e of establishments) {
    if (r.chance(Q.siteGap)) sourceIndex++;
    const locId = `${studyId}-${sourceIndex}-site`;
    sourceIndex++;
    locations.push(buildLocation(r, locId, e, meta, text));
    siteRefs.push({ reference: `Location/${locId}`, type: 'Location', display: 'Reference to site' });
  }
  return { locations, siteRefs };
}
