import { DEMO_CONDITIONS } from '@/lib/demo/conditions';
import { REGION_CODES } from '@/lib/search/params';

/**
 * A mixed, deterministic set of search query strings (public parameter names of DESIGN.md): text alone, text with a
 * typo or without accents, synonyms, region, department, radius from a commune or a postcode or a point, categories,
 * recruitment, age, sex, phase, combinations, and sorts. 60 queries.
 */
export function buildBenchQueries(): string[] {
  const conditions = DEMO_CONDITIONS.map((c) => c.fr);
  const pick = (i: number) => conditions[(i * 37) % conditions.length];
  const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const q = (params: Record<string, string | string[]>) => {
    const usp = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) for (const value of [v].flat()) usp.append(k, value);
    return usp.toString();
  };
  const queries: string[] = [];
  for (let i = 0; i < 12; i++) queries.push(q({ maladie: pick(i) }));
  for (let i = 12; i < 18; i++) queries.push(q({ maladie: fold(pick(i)).toLowerCase() }));
  for (const text of ['AVC', 'SLA', 'BPCO', 'VIH', 'DMLA', 'cancer du sein', 'alzeimer', 'diabete', 'asthme', 'covid'])
    queries.push(q({ maladie: text }));
  for (let i = 0; i < 8; i++) queries.push(q({ region: REGION_CODES[(i * 5) % REGION_CODES.length] }));
  for (const dep of ['75', '69', '13', '2A', '974']) queries.push(q({ departement: dep }));
  for (const lieu of ['44109', '35000', '31555', '67482', '59350'])
    queries.push(q({ lieu, rayon: '30' }), q({ lieu, rayon: '80', maladie: pick(lieu.length + Number(lieu[1])) }));
  queries.push(q({ lat: '48.857', lon: '2.352', rayon: '20' }), q({ lat: '45.764', lon: '4.836', tri: 'distance' }));
  for (const categorie of ['jarde-1', 'jarde-2', 'jarde-3', 'medicament', 'dispositif', 'diagnostic'])
    queries.push(q({ categorie }));
  queries.push(
    q({ maladie: pick(3), region: '52', categorie: 'jarde-2' }),
    q({ categorie: ['medicament', 'dispositif'], phase: ['2', '3'], recrutement: 'tous' }),
    q({ age: '70', sexe: 'femme', region: '11' }),
    q({ volontaire: 'sain', recrutement: 'a-venir' }),
    q({ maladie: pick(5), tri: 'recent', page: '3' }),
  );
  return queries;
}
