import { DEFAULT_RADIUS_KM, type SearchQuery } from '@/lib/search/params';
import type { Understood } from '@/lib/search/understand';
import { routes } from '@/lib/routes';
import { frenchTypography } from '@/lib/text/typography';
import { formatKm } from './labels';
import { searchHref, type SearchView } from './search-href';
import { SearchLink } from './search-link';

/** « enfants (0 à 17 ans) », « 45 ans », « 65 ans et plus ». */
export function describeAge(age: NonNullable<Understood['age']>): string {
  switch (age.bracket) {
    case 'enfant':
      return 'enfants (0 à 17 ans)';
    case 'adolescent':
      return 'adolescents (12 à 17 ans)';
    case 'adulte':
      return 'adultes (18 à 64 ans)';
    case 'senior':
      return 'personnes de 65 ans et plus';
    case 'age':
      return `${age.min} ans`;
    default:
      if (age.max === null) return `${age.min} ans et plus`;
      return age.min === 0 ? `jusqu’à ${age.max} ans` : `de ${age.min} à ${age.max} ans`;
  }
}

function describePlace(place: NonNullable<Understood['place']>): string {
  if (place.kind === 'commune') return `à moins de ${formatKm(place.rayon ?? DEFAULT_RADIUS_KM)} de ${place.label}`;
  if (place.kind === 'departement') return `dans le département ${place.label}`;
  return `en région ${place.label}`;
}

/** The parts of what was understood and applied, in the order of the sentence. */
export function describeUnderstood(u: Understood): string[] {
  const parts: string[] = [u.text ? `« ${u.text} »` : 'toutes les maladies'];
  if (u.place?.applied) parts.push(describePlace(u.place));
  if (u.age?.applied) parts.push(describeAge(u.age));
  if (u.sexe?.applied) parts.push(u.sexe.value === 'femme' ? 'femmes' : 'hommes');
  if (u.volontaire?.applied) parts.push('volontaires en bonne santé');
  return parts.map(frenchTypography);
}

/** What was read in the text but not used, because a choice made in the search wins. */
function notApplied(u: Understood): string[] {
  const out: string[] = [];
  if (u.place && !u.place.applied) out.push(`« ${u.place.typed} » n’est pas utilisé comme lieu : le lieu choisi dans la recherche compte.`);
  if (u.age && !u.age.applied) out.push(`« ${u.age.typed} » n’est pas utilisé : l’âge indiqué dans la recherche compte.`);
  if (u.sexe && !u.sexe.applied) out.push(`« ${u.sexe.typed} » n’est pas utilisé : le sexe choisi dans la recherche compte.`);
  return out.map(frenchTypography);
}

/**
 * « Nous avons compris : « asthme », à moins de 30 km de Lyon (69) — Chercher plutôt « asthme lyon » comme texte ».
 * What the search read in the disease box and applied, the other places the words may name, what was left aside,
 * and the one-click way back (`texte=exact`). With `texte=exact`, the way to let Phare read the text again.
 */
export function UnderstoodNotice({ view, query, understood }: { view: SearchView; query: SearchQuery; understood?: Understood }) {
  if (!understood) return null;
  const typed = frenchTypography(`« ${understood.typed} »`);
  if (understood.exact) {
    return (
      <div role="note" aria-label="Ce que Phare a compris" className="rounded-lg border border-line bg-paper-warm px-4 py-3">
        <p>{frenchTypography(`Phare cherche le texte « ${understood.typed} » tel quel.`)}</p>
        <p className="mt-1">
          <SearchLink href={searchHref(view, query, { texte: undefined })} rel="nofollow" className="link">
            Reconnaître un lieu, un âge ou un sexe dans ce texte
          </SearchLink>
        </p>
      </div>
    );
  }
  const { place, dropped } = understood;
  const something = place || understood.age || understood.sexe || understood.volontaire || dropped.length > 0;
  if (!something) return null;
  const others = place?.applied ? place.others : [];
  const otherHref = (params: string) => (view === 'embed' ? routes.embedSearch(params) : routes.search(params));
  const skipped = notApplied(understood);
  return (
    <div role="note" aria-label="Ce que Phare a compris" className="rounded-lg border border-line bg-paper-warm px-4 py-3">
      <p>
        <strong>{frenchTypography('Nous avons compris :')}</strong> {describeUnderstood(understood).join(', ')}.
      </p>
      {others.length > 0 ? (
        <div className="mt-1 flex flex-wrap items-baseline gap-x-2">
          <span>{frenchTypography('Ou bien :')}</span>
          <ul className="flex flex-wrap gap-x-3">
            {others.map((o) => (
              <li key={`${o.kind}-${o.code}`}>
                <SearchLink href={otherHref(o.params)} rel="nofollow" className="link">
                  {o.kind === 'departement' ? `département ${o.label}` : o.kind === 'region' ? `région ${o.label}` : o.label}
                </SearchLink>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {skipped.map((s) => (
        <p key={s} className="mt-1">
          {s}
        </p>
      ))}
      {dropped.length > 0 ? (
        <p className="mt-1">
          {frenchTypography(`Laissé de côté : ${dropped.map((d) => `« ${d} »`).join(', ')}.`)}
        </p>
      ) : null}
      <p className="mt-1">
        <SearchLink href={searchHref(view, query, { texte: 'exact' })} rel="nofollow" className="link">
          Chercher plutôt {typed} comme texte
        </SearchLink>
      </p>
    </div>
  );
}
