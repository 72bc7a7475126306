/**
 * Issue « never recruiting when it is not »: what the demo dataset holds (each status case, counted from the
 * FHIR alone) and how many studies each reconciliation rule of the normaliser changed (lib/eclaire/status.ts).
 */
import { summariseStatusCases } from '@/lib/demo/status-cases';
import type { DemoRecord } from '@/lib/demo/types';
import { normalisePage } from '@/lib/eclaire/normalise';
import { recruitmentRuleOf } from '@/lib/eclaire/status';
import type { Print } from './stats';

export function benchStatus(records: DemoRecord[], print: Print): void {
  const summary = summariseStatusCases(records);
  for (const [name, n] of Object.entries(summary.cases)) print(`dataset: ${name}`, String(n));

  const rules = new Map<string, number>();
  const recruitingClaims = { total: 0, notOpen: 0 };
  for (let i = 0; i < records.length; i += 200) {
    const page = records.slice(i, i + 200);
    for (const { study } of normalisePage(page.flatMap((r) => [r.study, r.group, ...r.locations])).studies) {
      const rule = recruitmentRuleOf(study);
      if (rule) rules.set(rule, (rules.get(rule) ?? 0) + 1);
      if (study.recruitmentCode === 'recruiting') {
        recruitingClaims.total++;
        if (study.recruitment !== 'ouvert') recruitingClaims.notOpen++;
      }
    }
  }
  for (const [rule, n] of [...rules].sort((a, b) => b[1] - a[1])) print(`rule « ${rule} » changed`, `${n} studies`);
  print(
    'studies declared « recruiting » not shown as recruiting',
    `${recruitingClaims.notOpen} of ${recruitingClaims.total}`,
  );
}
