import type { Group, Location, Organization, ResearchStudy } from 'fhir/r4';
import type { DemoRecord } from '@/lib/demo/types';
import { tokenize } from './text-match';

/**
 * The emulator's in-memory index: records sorted by id (array + id → position map) and derived data computed
 * lazily and dropped on every change (sort orders, sort keys, word sets, resource maps). With no filter, a
 * page is a slice of a cached order found by binary search, so a full `search_after` crawl stays cheap.
 */

export type SortField = '_id' | 'meta.lastUpdated' | 'status.keyword' | '_score';
export interface SortKey {
  field: SortField;
  dir: 'asc' | 'desc';
}
export type SortValue = string | number | null;

export const DEFAULT_SORT: SortKey[] = [
  { field: 'meta.lastUpdated', dir: 'desc' },
  { field: '_id', dir: 'desc' },
  { field: 'status.keyword', dir: 'asc' },
];

const REGULATION_SYSTEM = 'eclaire-regulation-code-code-system';
const ASSOCIATED_PARTY = /ResearchStudy\.associatedParty$|associated-party/;
const SUMMARY = /descriptionSummary$/;

/** Missing values sort last in both directions, like ES. */
export function compareSortValues(a: SortValue, b: SortValue, dir: 'asc' | 'desc'): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const c = a < b ? -1 : 1;
  return dir === 'asc' ? c : -c;
}

interface Derived {
  orders: Map<string, number[]>;
  lastUpdated?: (number | null)[];
  groups?: Map<string, number>;
  locations?: Map<string, [number, number]>;
}

export class EmulatorStore {
  private records: DemoRecord[] = [];
  private index = new Map<string, number>();
  private derived: Derived = this.emptyDerived();
  private readonly organizations: Map<string, Organization>;
  /** Word sets keyed by record object: they survive re-indexing, and a replaced record gets new ones. */
  private readonly textCache = new WeakMap<DemoRecord, Set<string>>();
  private readonly titleCache = new WeakMap<DemoRecord, Set<string>>();

  constructor(records: DemoRecord[], organizations: Organization[]) {
    const byId = new Map<string, DemoRecord>();
    for (const r of records) byId.set(r.study.id!, r);
    this.records = [...byId.values()].sort((a, b) => compareSortValues(a.study.id!, b.study.id!, 'asc'));
    this.reindex();
    this.organizations = new Map(organizations.map((o) => [o.id!, o]));
  }

  private emptyDerived(): Derived {
    return { orders: new Map() };
  }

  private reindex(): void {
    this.index = new Map(this.records.map((r, i) => [r.study.id!, i]));
    this.derived = this.emptyDerived();
  }

  get size(): number {
    return this.records.length;
  }

  at(i: number): DemoRecord {
    return this.records[i];
  }

  positionOf(id: string): number | undefined {
    return this.index.get(id);
  }

  upsert(record: DemoRecord): void {
    const id = record.study.id!;
    const existing = this.index.get(id);
    if (existing !== undefined) {
      this.records[existing] = record;
    } else {
      let lo = 0;
      let hi = this.records.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.records[mid].study.id! < id) lo = mid + 1;
        else hi = mid;
      }
      this.records.splice(lo, 0, record);
    }
    this.reindex();
  }

  remove(id: string): boolean {
    const i = this.index.get(id);
    if (i === undefined) return false;
    this.records.splice(i, 1);
    this.reindex();
    return true;
  }

  sortValue(i: number, field: Exclude<SortField, '_score'>): SortValue {
    const study = this.records[i].study;
    if (field === '_id') return study.id!;
    if (field === 'status.keyword') return study.status ?? null;
    if (!this.derived.lastUpdated) {
      this.derived.lastUpdated = this.records.map((r) => {
        const ms = r.study.meta?.lastUpdated ? Date.parse(r.study.meta.lastUpdated) : NaN;
        return Number.isNaN(ms) ? null : ms;
      });
    }
    return this.derived.lastUpdated[i];
  }

  /** Positions of every record in the given order (no `_score`); computed once per change. */
  order(sort: SortKey[]): number[] {
    const key = sort.map((s) => `${s.dir === 'desc' ? '-' : ''}${s.field}`).join(',');
    let order = this.derived.orders.get(key);
    if (!order) {
      const keys = sort as { field: Exclude<SortField, '_score'>; dir: 'asc' | 'desc' }[];
      order = this.records.map((_, i) => i);
      if (!(keys.length === 1 && keys[0].field === '_id' && keys[0].dir === 'asc')) {
        order.sort((a, b) => {
          for (const k of keys) {
            const c = compareSortValues(this.sortValue(a, k.field), this.sortValue(b, k.field), k.dir);
            if (c !== 0) return c;
          }
          return a - b;
        });
      }
      this.derived.orders.set(key, order);
    }
    return order;
  }

  /** Words of what `_text` searches here: title, summary, conditions, sponsor, identifiers, sites. */
  textTokens(i: number): Set<string> {
    const record = this.records[i];
    let set = this.textCache.get(record);
    if (!set) {
      const { study, locations } = record;
      const parts: string[] = [study.title ?? ''];
      for (const ext of study.extension ?? []) {
        if (SUMMARY.test(ext.url)) parts.push(ext.valueMarkdown ?? '');
        if (ext.url.includes('therapeutic-area')) parts.push(ext.valueString ?? '');
        if (ASSOCIATED_PARTY.test(ext.url)) {
          for (const sub of ext.extension ?? []) if (sub.url === 'name') parts.push(sub.valueString ?? '');
        }
      }
      for (const c of study.condition ?? []) parts.push(c.text ?? '');
      for (const id of study.identifier ?? []) parts.push(id.value ?? '');
      for (const loc of locations) parts.push(loc.name ?? '', loc.address?.city ?? '');
      set = new Set(tokenize(parts.join(' ')));
      this.textCache.set(record, set);
    }
    return set;
  }

  titleTokens(i: number): Set<string> {
    const record = this.records[i];
    let set = this.titleCache.get(record);
    if (!set) {
      set = new Set(tokenize(record.study.title ?? ''));
      this.titleCache.set(record, set);
    }
    return set;
  }

  regulationCode(i: number): string | undefined {
    for (const cat of this.records[i].study.category ?? []) {
      for (const coding of cat.coding ?? []) {
        if (coding.system?.endsWith(REGULATION_SYSTEM)) return coding.code;
      }
    }
    return undefined;
  }

  /** Codes of every `extension.valueCodeableConcept.coding.code` (the recruitment status today). */
  extensionCodes(i: number): string[] {
    const codes: string[] = [];
    for (const ext of this.records[i].study.extension ?? []) {
      for (const coding of ext.valueCodeableConcept?.coding ?? []) if (coding.code) codes.push(coding.code);
    }
    return codes;
  }

  findStudy(id: string): ResearchStudy | undefined {
    const i = this.index.get(id);
    return i === undefined ? undefined : this.records[i].study;
  }

  findGroup(id: string): Group | undefined {
    if (!this.derived.groups) {
      this.derived.groups = new Map(this.records.map((r, i) => [r.group.id!, i]));
    }
    const i = this.derived.groups.get(id);
    return i === undefined ? undefined : withNarrative(this.records[i].group, this.records[i].study);
  }

  findLocation(id: string): Location | undefined {
    if (!this.derived.locations) {
      const map = new Map<string, [number, number]>();
      this.records.forEach((r, i) => r.locations.forEach((l, j) => map.set(l.id!, [i, j])));
      this.derived.locations = map;
    }
    const hit = this.derived.locations.get(id);
    if (!hit) return undefined;
    const record = this.records[hit[0]];
    return withNarrative(record.locations[hit[1]], record.study);
  }

  /** Upstream returns the copy stored in the first study referencing it, hence that study's narrative. */
  findOrganization(id: string): Organization | undefined {
    const org = this.organizations.get(id);
    if (!org) return undefined;
    const ref = `Organization/${id}`;
    const first = this.records.find((r) => r.study.identifier?.some((x) => x.assigner?.reference === ref));
    return first ? withNarrative(org, first.study, true) : org;
  }

  /** Organizations a study references through its identifiers' assigners, in identifier order. */
  referencedOrganizations(study: ResearchStudy): Organization[] {
    const out: Organization[] = [];
    for (const identifier of study.identifier ?? []) {
      const ref = identifier.assigner?.reference;
      if (!ref?.startsWith('Organization/')) continue;
      const org = this.organizations.get(ref.slice('Organization/'.length));
      if (org) out.push(withNarrative(org, study, true));
    }
    return out;
  }
}

/**
 * Included and read resources carry the whole study narrative upstream (CONTRACT §3.1). Organizations are
 * stored inside each study, so theirs is always that study's (`override`).
 */
export function withNarrative<T extends Group | Location | Organization>(resource: T, study: ResearchStudy, override = false): T {
  if (!study.text || (resource.text && !override)) return resource;
  return { ...resource, text: study.text };
}
