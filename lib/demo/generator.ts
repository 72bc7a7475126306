import type { Organization } from 'fhir/r4';
import { DEMO_TAG } from '@/lib/eclaire/provenance';
import { drawContacts } from './contacts';
import { isoInstant } from './dates';
import { buildGroup, drawParticipants } from './group';
import { drawBasics, drawSourceTitle, drawTitle } from './identity';
import { buildNarrative } from './narrative';
import { Rng, mix32 } from './prng';
import { buildSites, drawEstablishments } from './sites';
import { historique, drawStatus, statutRecrutement } from './status';
import { assembleStudy, drawExtensions, drawIdentifiers } from './study';
import type { DemoRecord } from './types';

/**
 * Deterministic generator of fictional studies in ECLAIRE's current shape (CONTRACT §3), with the data quality
 * quirks of §5 at low rates. Record i depends only on (seed, i), so a larger dataset extends a smaller one.
 *
 * A record is drawn from one PRNG stream, in this order (the order is part of the output: changing it changes
 * every record after the change): who the study is (`identity.ts`), its statuses and dates (`status.ts`), its
 * title, its participants (`group.ts`), its sites (`sites.ts`), the narrative, the sponsor and contacts
 * (`contacts.ts`), identifiers and extensions (`study.ts`), the study, then its Group.
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
  const status = drawStatus(r);
  const title = drawTitle(r, basics);
  const participants = drawParticipants(r, basics);
  const establishments = drawEstablishments(r, basics.reg);
  const text = buildNarrative([
    ['reglementation_code', basics.reg],
    ['etat', status.etat],
    ['titre', drawSourceTitle(r, basics, title)],
    ['statut_recrutement', statutRecrutement(status)],
    ['historique', historique(status)],
  ]);
  // ECLAIRE copies the whole narrative into the Group and every Location; a two-line one keeps the dataset light.
  const smallText = buildNarrative([
    ['reglementation_code', basics.reg],
    ['etat', status.etat],
  ]);
  const meta = { lastUpdated: isoInstant(status.lastUpdated), tag: [DEMO_TAG] };
  const { locations, siteRefs } = buildSites(r, basics.id, establishments, meta, smallText);
  const { sponsorName, contacts } = drawContacts(r, basics);
  const identifier = drawIdentifiers(r, basics);
  const extension = drawExtensions(r, basics, status, sponsorName);
  const study = assembleStudy(r, basics, status, {
    lastUpdated: meta.lastUpdated,
    text,
    identifier,
    title: title.title,
    siteRefs,
    months: participants.months,
    contacts,
    extension,
  });
  const group = buildGroup(r, basics, participants, meta, smallText);
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
