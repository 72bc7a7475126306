import type { ContactDetail, Extension } from 'fhir/r4';
import { CONTACT_TYPE_CODES, SYSTEMS } from '@/lib/eclaire/code-systems';
import { EXTENSION_URLS, coding } from './fhir-parts';
import type { StudyBasics } from './identity';
import { ACADEMIC_SPONSORS, INDUSTRY_SPONSORS, drawPerson, drawPhone } from './people';
import type { Rng } from './prng';

/**
 * The sponsor and the study's contacts (CONTRACT §3.3): the scientific contact (sponsor or depositor, a phone only
 * for CTIS) and, for half the studies, a public contact. Quirks: swapped city/country, null address line, no
 * given name.
 */

/** Contact quirk rates, per study (CONTRACT §5.3, §5.7). */
const Q = {
  swappedAddress: 0.04,
  nullContactLine: 0.03,
} as const;

export interface DrawnContacts {
  sponsorName: string;
  contacts: ContactDetail[];
}

function contactType(code: keyof typeof CONTACT_TYPE_CODES): Extension {
  return {
    url: EXTENSION_URLS.contactType,
    valueCodeableConcept: { coding: [coding(SYSTEMS.contactType, '0.3.0', code, CONTACT_TYPE_CODES[code].display)] },
  };
}

export function drawContacts(r: Rng, b: StudyBasics): DrawnContacts {
  const industry = b.isCtis ? r.chance(0.75) : b.reg === 'JARDE' ? r.chance(0.08) : r.chance(0.7);
  const sp = industry ? r.pick(INDUSTRY_SPONSORS) : [...r.pick(ACADEMIC_SPONSORS), 'France'];
  const [spName, spStreet, spCity, spPostcode, spCountry] = sp as [string, string, string, string, string];
  const sci = drawPerson(r);
  const swapped = r.chance(Q.swappedAddress);
  const contactAddress = {
    city: swapped ? spCountry : spCity,
    country: swapped ? spCity : spCountry,
    line: [(r.chance(Q.nullContactLine) ? null : spStreet) as string],
    postalCode: spPostcode,
    type: 'physical' as const,
    use: 'work' as const,
  };
  const contacts: ContactDetail[] = [
    {
      name: spName,
      extension: [
        { url: EXTENSION_URLS.contactName, valueHumanName: { family: sci.family, given: r.chance(0.02) ? [] : [sci.given], use: 'official' } },
        { url: EXTENSION_URLS.contactAddress, valueAddress: contactAddress },
        contactType('SCI'),
      ],
      telecom: [
        ...(b.isCtis ? [{ system: 'phone' as const, use: 'work' as const, value: drawPhone(r) }] : []),
        { system: 'email', use: 'work', value: sci.email },
      ],
    },
  ];
  if (r.chance(0.5)) {
    const pub = drawPerson(r);
    contacts.push({
      extension: [
        { url: EXTENSION_URLS.contactName, valueHumanName: { family: pub.family, given: [pub.given], use: 'official' } },
        contactType('PUB'),
      ],
      telecom: [
        { system: 'phone', use: 'work', value: drawPhone(r) },
        { system: 'email', use: 'work', value: pub.email },
      ],
    });
  }
  return { sponsorName: spName, contacts };
}
