import { RECRUITMENT_LABELS } from '@/components/search/labels';
import { getEnv } from '@/lib/env';
import { absoluteUrl, routes } from '@/lib/routes';
import { originVary, requestOrigin } from '@/lib/study/public-url';
import { API_CACHE_CONTROL, NO_STORE } from '@/lib/cache-control';
import { serializeSearchQuery, type SearchQuery } from '@/lib/search/params';
import { runSearch, type SearchRun, type StudiesResponse } from '@/lib/search/run-search';
import { summaryInFrenchTypography } from '@/lib/study/french-typography';
import { feedEntryDates } from '@/lib/study/last-updated';
import { LAST_UPDATED_TEXTS } from '@/lib/study/page-texts';
import { STUDY_STATUS_LABELS, formatDateFr } from '@/lib/study/plain-french';
import type { StudySummary } from '@/lib/study/types';
import { getActiveStore } from '@/lib/store/active';
import { frenchTypography } from '@/lib/text/typography';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Number of entries of a feed: the studies matching the search whose recruitment started most recently. */
const FEED_SIZE = 50;

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // Characters XML 1.0 forbids (control characters) are dropped.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

function text(status: number, body: string): Response {
  return new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': NO_STORE } });
}

/** The feed's title: the search as understood (« asthme », près de Lyon (69), région 84…). */
function describe(query: SearchQuery, result: StudiesResponse): string {
  const u = result.understood;
  const text = u && !u.exact ? u.text : query.maladie;
  const parts = [text ? `«\u00A0${text}\u00A0»` : 'toutes les études'];
  if (result.place) parts.push(`près de ${result.place.label}`);
  const region = query.region ?? (u?.place?.applied && u.place.kind === 'region' ? u.place.code : undefined);
  const departement = query.departement ?? (u?.place?.applied && u.place.kind === 'departement' ? u.place.code : undefined);
  if (region) parts.push(`région ${region}`);
  if (departement) parts.push(`département ${departement}`);
  return parts.join(', ');
}

/**
 * One entry: the title and, in its summary, the recruitment beside the study's own status, the phase, the
 * conditions, the nearest site, the start of recruitment and the latest status or authorisation date (named as
 * such: ECLAIRE has no modification date). `<updated>` is never a future or fallback date (`feedEntryDates`).
 */
function entry(origin: string, raw: StudySummary, dataAsOf: string): string {
  const s = summaryInFrenchTypography(raw);
  const url = absoluteUrl(origin, routes.study(s.id));
  const dates = feedEntryDates(s, dataAsOf);
  const start = formatDateFr(s.recruitmentStart);
  const lastUpdated = formatDateFr(dates.lastUpdated);
  const summary = [
    RECRUITMENT_LABELS[s.recruitment],
    STUDY_STATUS_LABELS[s.status],
    s.phase?.label,
    s.conditions.length ? `Maladie étudiée : ${s.conditions.slice(0, 3).join(' ; ')}` : undefined,
    s.nearestSite ? `Lieu le plus proche : ${[s.nearestSite.name, s.nearestSite.city].filter(Boolean).join(', ')} (${s.nearestSite.distanceKm} km)` : undefined,
    start ? `Début du recrutement : ${start}` : undefined,
    lastUpdated ? `${LAST_UPDATED_TEXTS.label} : ${lastUpdated}` : undefined,
    s.titleLang?.startsWith('en') ? 'Titre en anglais.' : undefined,
  ]
    .filter(Boolean)
    .join('. ');
  const lang = s.titleLang ? ` xml:lang="${escapeXml(s.titleLang)}"` : '';
  const published = dates.published ? `\n    <published>${escapeXml(dates.published)}</published>` : '';
  return `  <entry>
    <id>${escapeXml(url)}</id>
    <title type="text"${lang}>${escapeXml(s.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>
    <updated>${escapeXml(dates.updated)}</updated>${published}
    <summary type="text" xml:lang="fr">${escapeXml(frenchTypography(summary))}</summary>
  </entry>`;
}

/**
 * GET /recherche/flux?… — an Atom feed of the 50 studies whose recruitment started most recently among those
 * matching the same parameters as /recherche (`recrutement=suspendu` and every other filter included), whatever
 * `tri` says, the text understood as on the page (« asthme lyon »: near Lyon). A bad parameter answers 400 with a
 * French sentence.
 */
export async function GET(req: Request): Promise<Response> {
  const url = new URL(req.url);
  let run: SearchRun;
  try {
    run = runSearch(getActiveStore, url.searchParams, { override: { tri: 'recent', page: 1, parPage: FEED_SIZE } });
  } catch (error) {
    console.error('[flux] recherche en échec', error);
    return text(500, 'Une erreur interne est survenue. Réessayez dans quelques instants.');
  }
  if (run.status === 'invalid') return text(400, run.message);
  if (run.status === 'not-ready') return text(503, 'Les données sont en cours de chargement. Réessayez dans une minute.');
  const { query, response: result } = run;

  // The origin the reader used (never the listening address, never an untrusted X-Forwarded-Host).
  const env = getEnv();
  const origin = requestOrigin(env.PHARE_PUBLIC_URL, req.headers, env.PHARE_TRUSTED_PROXIES);
  const canonical = serializeSearchQuery({ ...query, page: 1, tri: undefined });
  const pageUrl = absoluteUrl(origin, routes.search(canonical));
  const selfUrl = absoluteUrl(origin, routes.searchFeed(canonical));
  const updated = result.dataAsOf ?? new Date().toISOString();
  const title = frenchTypography(`Phare — ${describe(query, result)}`);
  const demo = result.demo ? '\n  <subtitle type="text">Données de démonstration fictives.</subtitle>' : '';

  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
  <id>${escapeXml(selfUrl)}</id>
  <title type="text">${escapeXml(title)}</title>${demo}
  <updated>${escapeXml(updated)}</updated>
  <author><name>Phare</name></author>
  <link rel="self" type="application/atom+xml" href="${escapeXml(selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(pageUrl)}"/>
  <rights>Données publiques ECLAIRE, Licence Ouverte / Open Licence Etalab 2.0</rights>
${result.results.map((s) => entry(origin, s, updated)).join('\n')}
</feed>
`;
  const vary = originVary(env.PHARE_PUBLIC_URL, env.PHARE_TRUSTED_PROXIES);
  return new Response(xml, {
    status: 200,
    headers: {
      'Content-Type': 'application/atom+xml; charset=utf-8',
      'Cache-Control': API_CACHE_CONTROL,
      ...(vary ? { Vary: vary } : {}),
    },
  });
}
