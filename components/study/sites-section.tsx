import type { FeatureCollection } from 'geojson';
import { SitesMap } from '@/components/map/sites-map';
import { formatDistance, groupSitesByRegion, type PlacedSite } from '@/lib/study/sites';
import { ContactDetails } from './contact-details';
import { StudySection } from './study-section';

/**
 * « Où ? »: the sites by region then department, with distances when the visitor gave a place, and a small map;
 * for a trial run in several countries, the countries (`countries`, a sentence in French).
 */
export function SitesSection({
  studyId,
  placed,
  originLabel,
  features,
  tileUrl,
  tileAttribution,
  countries,
}: {
  studyId: string;
  placed: PlacedSite[];
  originLabel?: string;
  features: FeatureCollection;
  tileUrl: string;
  tileAttribution: string;
  countries?: string;
}) {
  const groups = groupSitesByRegion(placed);
  const withDistance = placed.some((p) => p.distanceKm !== undefined);
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
          </p>
          {features.features.length > 0 ? (
            <div className="print:hidden">
              <SitesMap
                sites={features}
                tileUrl={tileUrl}
                tileAttribution={tileAttribution}
                highlightedStudyId={studyId}
                label="Carte des lieux de cette étude"
                className="h-72 sm:h-80"
              />
            </div>
          ) : null}
          <div className="space-y-6">
            {groups.map((region) => (
              <div key={region.code ?? 'inconnue'} className="space-y-3">
                <h3 className="text-xl font-semibold">{region.name}</h3>
                {region.departments.map((dep) => (
                  <div key={dep.code ?? 'inconnu'} className="space-y-2">
                    <h4 className="font-semibold text-ink-muted">{dep.name}</h4>
                    <ul className="space-y-3">
                      {dep.sites.map((p) => (
                        <li key={p.site.id} className="rounded-lg border border-line/60 p-3">
                          <p className="font-semibold">{p.site.name ?? 'Lieu sans nom'}</p>
                          {p.site.service ? <p>{p.site.service}</p> : null}
                          <p>
                            {[...p.site.addressLines.filter((l) => l !== p.site.service), [p.site.postcode, p.site.city].filter(Boolean).join(' ')]
                              .filter(Boolean)
                              .join(', ')}
                          </p>
                          {p.distanceKm !== undefined ? <p className="font-medium">À {formatDistance(p.distanceKm)}</p> : null}
                          {p.site.contact ? (
                            <div className="mt-2">
                              <p className="text-base text-ink-muted">Contact sur place&nbsp;:</p>
                              <ContactDetails person={p.site.contact} compact />
                            </div>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  </div>
                ))}
              </div>
            ))}
          </div>
        </>
      )}
    </StudySection>
  );
}
