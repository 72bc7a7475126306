import { Frozen } from '@/components/ui/frozen';
import { SitesMap } from '@/components/map/sites-map';
import { formatDistance, groupSitesByRegion, splitListedSites, type PlacedSite } from '@/lib/study/sites';
import { ContactDetails } from './contact-details';
import { StudySection } from './study-section';

/**
 * « Où ? »: the sites by region then department, with distances when the visitor gave a place, and a small map
 * that fetches its sites (`mapUrl`, /api/studies/{id}/sites) so that the page carries no second copy of them.
 * A study with many sites lists the nearest first and the others behind « Voir tous les lieux », a `<details>`
 * that works without JavaScript. For a trial run in several countries, the countries (`countries`, a sentence).
 */
export function SitesSection({
  studyId,
  placed,
  originLabel,
  mapUrl,
  tileUrl,
  tileAttribution,
  countries,
}: {
  studyId: string;
  placed: PlacedSite[];
  originLabel?: string;
  mapUrl: string;
  tileUrl: string;
  tileAttribution: string;
  countries?: string;
}) {
  const withDistance = placed.some((p) => p.distanceKm !== undefined);
  const onMap = placed.some((p) => p.place.lat != null && p.place.lon != null);
  const { shown, more } = splitListedSites(placed);
  return (
    <StudySection id="ou" title="Où&#8239;?">
      {countries ? <p>{countries}</p> : null}
      {placed.length === 0 ? (
        <p>Les lieux de l’étude ne sont pas encore publiés. L’équipe de l’étude peut vous les donner.</p>
      ) : (
        <>
          <p>
            {placed.length} lieu{placed.length > 1 ? 'x' : ''} participe{placed.length > 1 ? 'nt' : ''} à cette étude.
            {withDistance && originLabel ? ` Les distances sont comptées à vol d’oiseau depuis ${originLabel}.` : ''}
            {more.length > 0 ? ` Voici les ${shown.length} ${withDistance ? 'plus proches' : 'premiers'}.` : ''}
          </p>
          {onMap ? (
            <div className="print:hidden">
              <SitesMap
                sitesUrl={mapUrl}
                listed="lieux"
                tileUrl={tileUrl}
                tileAttribution={tileAttribution}
                highlightedStudyId={studyId}
                label="Carte des lieux de cette étude"
                className="h-72 sm:h-80"
              />
            </div>
          ) : null}
          <Frozen part="lieux" className="space-y-4">
            <SiteGroups placed={shown} />
            {more.length > 0 ? (
              <details className="rounded-lg border border-line/60">
                <summary className="cursor-pointer px-3 py-2 font-semibold text-accent-700 underline underline-offset-2">
                  Voir tous les lieux ({more.length} de plus)
                </summary>
                <div className="px-3 pb-3">
                  <SiteGroups placed={more} />
                </div>
              </details>
            ) : null}
          </Frozen>
        </>
      )}
    </StudySection>
  );
}

/** Region → department → sites; styles set once on the list, not on each of the (possibly hundred) sites. */
function SiteGroups({ placed }: { placed: PlacedSite[] }) {
  return (
    <div className="space-y-6 [&_h3]:text-xl [&_h3]:font-semibold [&_h4]:font-semibold [&_h4]:text-ink-muted [&_li>ul]:mt-2 [&_ol>li]:rounded-lg [&_ol>li]:border [&_ol>li]:border-line/60 [&_ol>li]:p-3">
      {groupSitesByRegion(placed).map((region) => (
        <div key={region.code ?? 'inconnue'} className="space-y-3">
          <h3>{region.name}</h3>
          {region.departments.map((dep) => (
            <div key={dep.code ?? 'inconnu'} className="space-y-2">
              <h4>{dep.name}</h4>
              <ol className="space-y-3">
                {dep.sites.map((p) => (
                  <SiteItem key={p.site.id} placed={p} />
                ))}
              </ol>
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}

function SiteItem({ placed: { site, distanceKm } }: { placed: PlacedSite }) {
  const address = [...site.addressLines.filter((l) => l !== site.service), [site.postcode, site.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  return (
    <li>
      <b>{site.name ?? 'Lieu sans nom'}</b>
      {site.service ? <br /> : null}
      {site.service}
      {address ? <br /> : null}
      {address}
      {distanceKm !== undefined ? <p className="font-medium">À {formatDistance(distanceKm)}</p> : null}
      {site.contact ? (
        <>
          <p className="mt-2 text-base text-ink-muted">Contact sur place&nbsp;:</p>
          <ContactDetails person={site.contact} compact />
        </>
      ) : null}
    </li>
  );
}
