'use client';

import 'leaflet/dist/leaflet.css';
import './leaflet-sites-map.css';
import L from 'leaflet';
import Link from 'next/link';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import {
  AttributionControl,
  MapContainer,
  Marker,
  Popup,
  TileLayer,
  ZoomControl,
  useMap,
  useMapEvents,
  type MarkerProps,
} from 'react-leaflet';
import {
  FIT_MAX_ZOOM,
  MAP_AREAS,
  MAP_MAX_ZOOM,
  METROPOLE_BOUNDS,
  RECRUITMENT_LABELS,
  boundsOfPoints,
  clusterLabel,
  communeLabel,
  countSites,
  createClusterIndex,
  formatCount,
  getClusterPoints,
  getMapItems,
  mapSummary,
  placeName,
  siteLabel,
  sitesPhrase,
  studiesPhrase,
  toMapPoints,
  type BoundsTuple,
  type ClusterIndex,
  type MapCommune,
  type MapItem,
  type MapPoint,
  type MapSite,
} from '@/lib/geo/clusters';
import { routes } from '@/lib/routes';
import { groupIconSpec, siteIconSpec, type IconSpec } from './marker-html';
import { useSites, type SitesCollection } from './use-sites';

/**
 * The Leaflet map itself; loaded only in the browser, by `sites-map.tsx` (`dynamic(…, { ssr: false })`).
 * The only file that imports Leaflet and its CSS.
 */

export interface LeafletSitesMapProps {
  /**
   * `/api/sites?…` of the current search (`routes.api.sites()`), or `/api/studies/{id}/sites` on a study page
   * (`routes.api.studySites()`); fetched with TanStack Query.
   */
  sitesUrl: string;
  /** What the list beside the map shows, for the map's summary: the studies of a search, or the sites of a study. */
  listed?: 'études' | 'lieux';
  /** Tile URL template (`getEnv().PHARE_TILE_URL`). */
  tileUrl: string;
  /** Tile attribution (`getEnv().PHARE_TILE_ATTRIBUTION`). */
  tileAttribution: string;
  /** Sites of this study get a distinct marker (shape and border, and « étude sélectionnée » in their name). */
  highlightedStudyId?: string;
  /** Called with the study id when a single site marker is activated (click, Enter). */
  onSelectStudy?: (id: string) => void;
}

/** Shown under the tiles, and instead of them when they do not load (no network, blocked origin). */
const MAP_BACKGROUND = '#e9e6df';
const LEAFLET_PREFIX = '<a href="https://leafletjs.com" hreflang="en">Leaflet</a>';
const POPUP_LIST_LIMIT = 20;

// --- prefers-reduced-motion --------------------------------------------------------------------------------------

const REDUCED_MOTION_QUERY = '(prefers-reduced-motion: reduce)';

function subscribeReducedMotion(onChange: () => void): () => void {
  const mql = window.matchMedia(REDUCED_MOTION_QUERY);
  mql.addEventListener('change', onChange);
  return () => mql.removeEventListener('change', onChange);
}

function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribeReducedMotion,
    () => window.matchMedia(REDUCED_MOTION_QUERY).matches,
    () => true,
  );
}

// --- icons -------------------------------------------------------------------------------------------------------

/** One `L.DivIcon` per distinct look, so a re-render never replaces a marker's element (and its focus). */
const iconCache = new Map<string, L.DivIcon>();

function toIcon(key: string, spec: () => IconSpec): L.DivIcon {
  let icon = iconCache.get(key);
  if (!icon) {
    icon = L.divIcon(spec());
    iconCache.set(key, icon);
  }
  return icon;
}

const siteIcon = (highlighted: boolean) => toIcon(`site:${highlighted}`, () => siteIconSpec(highlighted));

function groupIcon(sites: number, samePlace: boolean, highlighted: boolean): L.DivIcon {
  const text = formatCount(sites);
  return toIcon(`group:${text}:${samePlace}:${highlighted}`, () => groupIconSpec({ text, samePlace, highlighted }));
}

/** Enter (and Space, as for any button) on a focused marker. Leaflet reports keys on markers as `keypress`. */
function isActivationKey(e: L.LeafletEvent): boolean {
  const original = (e as L.LeafletKeyboardEvent).originalEvent;
  if (!original) return false;
  const isKey = original.key === 'Enter' || original.key === ' ' || original.keyCode === 13 || original.keyCode === 32;
  if (isKey && (original.key === ' ' || original.keyCode === 32)) original.preventDefault();
  return isKey;
}

// --- markers -----------------------------------------------------------------------------------------------------

/**
 * A react-leaflet Marker whose element (role="button", tabindex="0" from Leaflet) carries an `aria-label`.
 * When its icon changes (the study becomes the selected one), Leaflet replaces the element: keep the focus on it.
 */
function LabelledMarker({ label, children, icon, ...props }: MarkerProps & { label: string; icon: L.DivIcon }) {
  const ref = useRef<L.Marker>(null);
  const focused = useRef<HTMLElement | null>(null);
  // Layout effects run before react-leaflet's (passive) update of the icon: the old element is still there.
  useLayoutEffect(() => {
    const el = ref.current?.getElement();
    focused.current = el && el === document.activeElement ? el : null;
  });
  useEffect(() => {
    const marker = ref.current;
    if (!marker) return;
    const apply = () => marker.getElement()?.setAttribute('aria-label', label);
    apply();
    const el = marker.getElement();
    if (focused.current && el && focused.current !== el && !focused.current.isConnected) {
      el.focus({ preventScroll: true });
    }
    marker.on('add', apply);
    return () => {
      marker.off('add', apply);
    };
  }, [label, icon]);
  return (
    <Marker ref={ref} icon={icon} keyboard {...props}>
      {children}
    </Marker>
  );
}

/** Popup content is rendered by react-leaflet once the popup is open: move the keyboard to its first link. */
function PopupBody({ children }: { children: ReactNode }) {
  const map = useMap();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.querySelector<HTMLElement>('a[href], button')?.focus({ preventScroll: true });
    // Leaflet closes popups on Escape only while the map container itself has the focus.
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        map.closePopup();
      }
    };
    el.addEventListener('keydown', onKeyDown);
    return () => el.removeEventListener('keydown', onKeyDown);
  }, [map]);
  return (
    <div ref={ref} className="phare-popup">
      {children}
    </div>
  );
}

function SitePopupContent({ site }: { site: MapSite }) {
  return (
    <PopupBody>
      <p className="phare-popup__title">
        <Link href={routes.study(site.studyId)}>{site.title}</Link>
      </p>
      <p>{placeName(site)}</p>
      {site.recruitment ? <p className="phare-popup__muted">{RECRUITMENT_LABELS[site.recruitment]}</p> : null}
    </PopupBody>
  );
}

function SamePlacePopupContent({ points, total }: { points: MapPoint[]; total: number }) {
  const sites = points.filter((p): p is MapSite => p.kind === 'site');
  const first = sites[0];
  return (
    <PopupBody>
      <p className="phare-popup__title">
        {first ? placeName(first) : 'Même lieu'}&nbsp;: {sitesPhrase(total)}
      </p>
      <ul className="phare-popup__list">
        {sites.map((s, i) => (
          <li key={`${s.studyId}-${i}`}>
            <Link href={routes.study(s.studyId)}>{s.title}</Link>
            {s.siteName && first && s.siteName !== first.siteName ? ` (${s.siteName})` : null}
          </li>
        ))}
      </ul>
      {total > sites.length ? (
        <p className="phare-popup__muted">
          Et {formatCount(total - sites.length)} autres&nbsp;: voyez la liste à côté de la carte.
        </p>
      ) : null}
    </PopupBody>
  );
}

function CommunePopupContent({ commune, reducedMotion }: { commune: MapCommune; reducedMotion: boolean }) {
  const map = useMap();
  return (
    <PopupBody>
      <p className="phare-popup__title">
        {commune.city ?? 'Commune'} : {sitesPhrase(commune.count)}
        {commune.studyCount ? ` pour ${studiesPhrase(commune.studyCount)}` : ''}
      </p>
      <p className="phare-popup__muted">
        Précisez la recherche (maladie, lieu, région) pour voir chaque lieu sur la carte.
      </p>
      <button
        type="button"
        className="phare-popup__button"
        onClick={() => {
          map.closePopup();
          map.setView([commune.lat, commune.lon], Math.max(map.getZoom(), FIT_MAX_ZOOM), { animate: !reducedMotion });
        }}
      >
        Zoomer sur {commune.city ?? 'cette commune'}
      </button>
    </PopupBody>
  );
}

interface View {
  bbox: [number, number, number, number];
  zoom: number;
}

function readView(map: L.Map): View {
  const b = map.getBounds().pad(0.25);
  return { bbox: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], zoom: map.getZoom() };
}

function SiteMarkers({
  points,
  highlightedStudyId,
  onSelectStudy,
  reducedMotion,
  announce,
}: {
  points: MapPoint[];
  highlightedStudyId?: string;
  onSelectStudy?: (id: string) => void;
  reducedMotion: boolean;
  announce: (text: string) => void;
}) {
  const map = useMap();
  const index: ClusterIndex = useMemo(() => createClusterIndex(points, highlightedStudyId), [points, highlightedStudyId]);
  const [view, setView] = useState<View>(() => readView(map));
  useMapEvents({ moveend: () => setView(readView(map)) });
  const items = useMemo(() => getMapItems(index, view.bbox, view.zoom), [index, view]);

  const zoomInto = useCallback(
    (item: Extract<MapItem, { type: 'cluster' }>, byKeyboard: boolean) => {
      const zoom = Math.min(item.expansionZoom, MAP_MAX_ZOOM);
      if (byKeyboard) {
        // The cluster's element goes away: keep the keyboard in the map, whose next Tab reaches the new markers.
        map.once('moveend', () => map.getContainer().focus({ preventScroll: true }));
      }
      if (reducedMotion) map.setView([item.lat, item.lon], zoom, { animate: false });
      else map.flyTo([item.lat, item.lon], zoom, { duration: 0.6 });
      announce(`Zoom sur ${sitesPhrase(item.sites)}.`);
    },
    [map, reducedMotion, announce],
  );

  return (
    <>
      {items.map((item) => {
        const position: L.LatLngTuple = [item.lat, item.lon];
        if (item.type === 'cluster') {
          const samePlace = item.expansionZoom > MAP_MAX_ZOOM;
          const icon = groupIcon(item.sites, samePlace, item.highlighted > 0);
          const marker = { position, icon, label: clusterLabel(item), zIndexOffset: item.highlighted > 0 ? 1000 : 0 };
          if (samePlace) {
            return (
              <LabelledMarker key={item.key} {...marker}>
                <Popup>
                  <SamePlacePopupContent
                    points={getClusterPoints(index, points, item.clusterId, POPUP_LIST_LIMIT)}
                    total={item.sites}
                  />
                </Popup>
              </LabelledMarker>
            );
          }
          return (
            <LabelledMarker
              key={item.key}
              {...marker}
              eventHandlers={{
                click: () => zoomInto(item, false),
                keypress: (e) => {
                  if (isActivationKey(e)) zoomInto(item, true);
                },
              }}
            />
          );
        }
        const point = points[item.index];
        if (!point) return null;
        if (point.kind === 'commune') {
          return (
            <LabelledMarker
              key={item.key}
              position={position}
              icon={groupIcon(point.count, true, false)}
              label={communeLabel(point)}
            >
              <Popup>
                <CommunePopupContent commune={point} reducedMotion={reducedMotion} />
              </Popup>
            </LabelledMarker>
          );
        }
        const select = () => onSelectStudy?.(point.studyId);
        return (
          <LabelledMarker
            key={item.key}
            position={position}
            icon={siteIcon(item.highlighted)}
            label={siteLabel(point, item.highlighted)}
            zIndexOffset={item.highlighted ? 1000 : 0}
            eventHandlers={{
              click: select,
              keypress: (e) => {
                if (isActivationKey(e)) select();
              },
            }}
          >
            <Popup>
              <SitePopupContent site={point} />
            </Popup>
          </LabelledMarker>
        );
      })}
    </>
  );
}

/** Fits the view to the data when the data's extent changes (not on every refetch or highlight). */
function FitToData({ bounds }: { bounds: BoundsTuple | undefined }) {
  const map = useMap();
  const key = bounds ? bounds.flat().join(',') : '';
  useEffect(() => {
    if (!bounds) return;
    map.fitBounds(bounds, { padding: [32, 32], maxZoom: FIT_MAX_ZOOM, animate: false });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the bounds' values
  }, [map, key]);
  return null;
}

/** French names and keyboard behaviour Leaflet does not give: the container, popups' close button and focus. */
function MapAccessibility() {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute('role', 'group');
    container.setAttribute('aria-roledescription', 'carte');
    container.setAttribute(
      'aria-label',
      'Carte interactive\u00A0: flèches pour se déplacer, touches plus et moins pour zoomer, Tab pour parcourir les lieux',
    );
  }, [map]);
  useMapEvents({
    popupopen: (e) => {
      const el = e.popup.getElement();
      el?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', 'Fermer');
    },
    popupclose: (e) => {
      const source = (e.popup as L.Popup & { _source?: L.Layer })._source;
      const active = document.activeElement;
      const popupEl = e.popup.getElement();
      const focusWasInPopup = !active || active === document.body || (popupEl?.contains(active) ?? false);
      if (focusWasInPopup && source instanceof L.Marker) source.getElement()?.focus({ preventScroll: true });
    },
  });
  return null;
}

function Overlay({ children, role }: { children: ReactNode; role?: 'status' }) {
  return (
    <div className="pointer-events-none absolute inset-x-0 top-3 z-[1000] flex justify-center px-3">
      <p role={role} className="rounded-md border border-line bg-paper px-4 py-2 text-base text-ink shadow">
        {children}
      </p>
    </div>
  );
}

export function LeafletSitesMap({
  sitesUrl,
  listed = 'études',
  tileUrl,
  tileAttribution,
  highlightedStudyId,
  onSelectStudy,
}: LeafletSitesMapProps) {
  const reducedMotion = usePrefersReducedMotion();
  const query = useSites(sitesUrl);
  const collection: SitesCollection | undefined = query.data;
  const points = useMemo(() => toMapPoints(collection), [collection]);
  const bounds = useMemo(() => boundsOfPoints(points), [points]);
  const total = typeof collection?.total === 'number' ? collection.total : countSites(points);
  const [map, setMap] = useState<L.Map | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const goTo = useCallback(
    (name: string, target: BoundsTuple) => {
      if (!map) return;
      if (reducedMotion) map.fitBounds(target, { animate: false });
      else map.flyToBounds(target, { duration: 0.8 });
      setAnnouncement(`Carte centrée sur\u00A0: ${name}.`);
    },
    [map, reducedMotion],
  );

  const loading = query.isPending;
  const empty = Boolean(collection) && points.length === 0;

  return (
    <div className="flex min-h-0 w-full flex-1 flex-col gap-2">
      <p className="sr-only">{mapSummary(total, listed)}</p>
      {query.isError ? (
        <div role="alert" className="flex flex-wrap items-center gap-3 rounded-md border border-line bg-paper-warm px-3 py-2">
          <span>{query.error.message} La liste à côté reste disponible.</span>
          <button
            type="button"
            onClick={() => void query.refetch()}
            className="rounded-md border border-accent-700 px-3 py-1 font-semibold text-accent-700 hover:bg-accent-50"
          >
            Réessayer
          </button>
        </div>
      ) : null}
      <div role="group" aria-label="Afficher sur la carte" className="flex flex-wrap gap-2">
        {MAP_AREAS.map((area) => (
          <button
            key={area.id}
            type="button"
            onClick={() => goTo(area.name, area.bounds)}
            className="rounded-md border border-line bg-paper px-3 py-1 text-sm font-medium text-ink hover:border-accent-700 hover:bg-accent-50"
          >
            {area.name}
          </button>
        ))}
      </div>
      <div className="relative min-h-0 w-full flex-1 overflow-hidden rounded-lg border border-line">
        <MapContainer
          ref={setMap}
          bounds={METROPOLE_BOUNDS}
          maxZoom={MAP_MAX_ZOOM}
          minZoom={2}
          zoomControl={false}
          attributionControl={false}
          scrollWheelZoom={false}
          zoomAnimation={!reducedMotion}
          fadeAnimation={!reducedMotion}
          markerZoomAnimation={!reducedMotion}
          className="phare-map"
          style={{ height: '100%', width: '100%', background: MAP_BACKGROUND }}
        >
          <TileLayer url={tileUrl} attribution={tileAttribution} maxZoom={MAP_MAX_ZOOM} />
          <ZoomControl position="topleft" zoomInTitle="Zoom avant" zoomOutTitle="Zoom arrière" />
          <AttributionControl position="bottomright" prefix={LEAFLET_PREFIX} />
          <MapAccessibility />
          <FitToData bounds={bounds} />
          <SiteMarkers
            points={points}
            highlightedStudyId={highlightedStudyId}
            onSelectStudy={onSelectStudy}
            reducedMotion={reducedMotion}
            announce={setAnnouncement}
          />
        </MapContainer>
        {loading ? <Overlay role="status">Chargement des lieux de recherche…</Overlay> : null}
        {empty ? <Overlay>Aucun lieu de recherche à afficher pour cette recherche.</Overlay> : null}
      </div>
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
