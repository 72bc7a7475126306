import type { Study } from '@/lib/study/types';
import { analyseText, compactIdentifier } from '@/lib/text/analyse';

/** The analysed columns the store writes into `studies_fts` for one study (lib/text/analyse.ts on both sides). */
export interface SearchDocument {
  title: string;
  conditions: string;
  body: string;
}

/** Text of an identifier as indexed: its parts and its compact form, so both spellings find it. */
function identifierText(value: string): string {
  const compact = compactIdentifier(value);
  return `${analyseText(value).join(' ')} ${compact}`;
}

function join(parts: (string | undefined)[]): string {
  return parts
    .filter((p): p is string => !!p && p.length > 0)
    .join(' ');
}

/** The analysed columns written into `studies_fts` for one study. */
export function toSearchDocument(study: Study): SearchDocument {
  const title = analyseText(study.title).join(' ');
  const conditions = analyseText(study.conditions.map((c) => c.text).join(' . ')).join(' ');
  const idValues = new Set<string>([study.id, ...study.identifiers.map((i) => i.value)]);
  const body = join([
    analyseText(study.acronym).join(' '),
    analyseText(study.labels.join(' . ')).join(' '),
    analyseText(study.therapeuticArea).join(' '),
    analyseText(study.summary).join(' '),
    analyseText(study.objectives).join(' '),
    analyseText(study.sponsor).join(' '),
    analyseText(study.eligibility.inclusion.map((c) => c.text).join(' . ')).join(' '),
    // Criteria of older documents whose kind cannot be told (lib/eclaire): indexed as they were before.
    analyseText((study.eligibility.unclassified ?? []).map((c) => c.text).join(' . ')).join(' '),
    analyseText(study.meddra.map((m) => m.label ?? '').join(' . ')).join(' '),
    [...idValues].map(identifierText).join(' '),
  ]);
  return { title, conditions, body };
}

