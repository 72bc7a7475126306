import type { Organization } from 'fhir/r4';
import { DEMO_TAG } from '@/lib/eclaire/provenance';
import { drawContacts } from './contacts';
import { isoInstant } from './dates';
import { buildGroup, drawCriteria, drawParticipants } from './group';
import { drawBasics, drawSourceTitle, drawTitle } from './identity';
import { buildNarrative, drawNarratives } from './narrative';
import { Rng, mix32 } from './prng';
import { buildSites, drawEstablishments } from './sites';
import { drawStatus } from './status';
import { assembleStudy, drawExtensions, drawIdentifiers, drawSummary } from './study';
import type { DemoRecord } from './types';

/**
 * Deterministic generator of fictional studies in ECLAIRE's shape (CONTRACT §3), with the data quality quirks of
 * §5 and the status reality of §4.3–4.5 (flags left at « recruiting », legacy shapes, fallback dates) at chosen
 * rates. Record i depends only on (seed, i), so a larger dataset extends a smaller one.
 *
 * A record is drawn from one PRNG stream, in this order (the order is part of the output: changing it changes
 * every record after the change): who the study is (`identity.ts`), its statuses, dates and vintage
 * (`status.ts`), its title, participants and criteria (`group.ts`), its summary, its narrative
 * (`narrative.ts`), its sites (`sites.ts`), sponsor and contacts (`contacts.ts`), identifiers and extensions
 * (`study.ts`), the study, then its Group.
 */

export const DEFAULT_DEMO_SEED = 20990101;

export const DEMO_ORGANIZATIONS: Organization[] = [
  ['ansm', 'Agence nationale de sécurité du médicament et des produits de santé', 'https://ansm.sante.fr'],
  ['ctis', 'Clinical Trials Information System', 'https://euclinicaltrials.eu/'],
  ['eudract', 'European Union Drug Regulating Authorities Clinical Trials Database', 'https://eudract.ema.europa.eu/'],
].map(([id, name, url]) => ({
  resourceType: 'Organization',
  id,
  meta: { tag: [DEMO_TAG] },
  text: buildNarrative([['organisme', id]]),
  name,
  telecom: [{ system: 'url', use: 'work', value: url }],
}));

function generateRecord(seed: number, index: number): DemoRecord {
  const r = new Rng(mix32(seed, index));
  const basics = drawBasics(r, index);
  const status = drawStatus(r, basics);
  const title = drawTitle(r, basics);
  const sourceTitle = drawSourceTitle(r, basics, title);
  const participants = drawParticipants(r, basics);
  const criteria = drawCriteria(r, basics);
  const summary = drawSummary(r, basics);
  const narratives = drawNarratives(r, basics, status, {
    // No API title means no source title (`titre: null`); an empty one stays empty.
    titre: title.title === undefined ? null : title.title === '' ? '' : sourceTitle,
    eligibility: criteria.eligibility,
    judgement: criteria.judgement,
    resume: summary,
  });
  const meta = { lastUpdated: isoInstant(status.lastUpdated), tag: [DEMO_TAG] };
  const establishments = drawEstablishments(r, basics.reg);
  const { locations, siteRefs } = buildSites(r, basics.id, establishments, meta, narratives.short);
  const { sponsorName, contacts } = drawContacts(r, basics);
  const identifier = drawIdentifiers(r, basics);
  const extension = drawExtensions(r, basics, status, summary, sponsorName);
  const study = assembleStudy(r, basics, status, {
    lastUpdated: meta.lastUpdated,
    text: narratives.study,
    identifier,
    title: title.title,
    siteRefs,
    months: participants.months,
    contacts,
    extension,
  });
  const group = buildGroup(r, basics, participants, criteria, status.vintage, meta, narratives.short);
  return { study, group, locations };
}

/** Fictional studies 0…count-1 for `seed`; record i is the same whatever `count` is. */
export function generateDemoRecords(opts: { count: number; seed?: number }): DemoRecord[] {
  const seed = opts.seed ?? DEFAULT_DEMO_SEED;
  const out: DemoRecord[] = new Array(Math.max(0, opts.count));
  for (let i = 0; i < out.length; i++) out[i] = generateRecord(seed, i);
  return out;
}

/** One record, for callers that stream rather than hold the whole dataset. */
export function generateDemoRecord(index: number, seed: number = DEFAULT_DEMO_SEED): DemoRecord {
  return generateRecord(seed, index);
}
