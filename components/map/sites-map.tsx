'use client';

import dynamic from 'next/dynamic';
import { useId } from 'react';
import type { LeafletSitesMapProps } from './leaflet-sites-map';

/**
 * The map of recruiting sites. Leaflet is loaded only when this component is rendered, in the browser
 * (STYLE.md rule 9): pages that do not show a map never download it. The sites are always listed next to the
 * map by the page; the map is an extra, never the only way to the information.
 */
export interface SitesMapProps extends LeafletSitesMapProps {
  /** Size and placement of the map block; its height is kept while the map loads. */
  className?: string;
  /** Accessible name of the map region. */
  label?: string;
}

export const DEFAULT_MAP_LABEL = 'Carte des lieux de recherche';

function MapPlaceholder() {
  return (
    <div
      className="flex min-h-0 w-full flex-1 items-center justify-center rounded-lg border border-line bg-[#e9e6df] text-ink"
      role="status"
    >
      Chargement de la carte…
    </div>
  );
}

const LeafletSitesMap = dynamic(() => import('./leaflet-sites-map').then((m) => m.LeafletSitesMap), {
  ssr: false,
  loading: () => <MapPlaceholder />,
});

export function SitesMap({ className, label = DEFAULT_MAP_LABEL, ...props }: SitesMapProps) {
  const afterId = `apres-carte-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    <section aria-label={label} className={`relative flex flex-col ${className ?? 'h-[28rem] lg:h-[36rem]'}`}>
      <a
        href={`#${afterId}`}
        className="sr-only z-[1100] rounded-md bg-ink px-4 py-2 font-semibold text-paper focus:not-sr-only focus:absolute focus:left-2 focus:top-2"
      >
        Passer la carte
      </a>
      <LeafletSitesMap {...props} />
      <div id={afterId} tabIndex={-1} className="outline-none" />
    </section>
  );
}
