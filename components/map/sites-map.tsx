'use client';

import dynamic from 'next/dynamic';
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
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

/**
 * True once the element comes within a screen of the viewport: Leaflet (its code, the tiles, the markers) is
 * loaded only for a map a person is about to see — on a study page, the map sits below the fold.
 */
function useNearViewport<T extends Element>(): [RefObject<T | null>, boolean] {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || near) return;
    if (typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setNear(true);
    }, { rootMargin: '100% 0px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  return [ref, near];
}

export function SitesMap({ className, label = DEFAULT_MAP_LABEL, ...props }: SitesMapProps) {
  const afterId = `apres-carte-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [ref, near] = useNearViewport<HTMLElement>();
  return (
    <section ref={ref} aria-label={label} className={`relative flex flex-col ${className ?? 'h-[28rem] lg:h-[36rem]'}`}>
      <a
        href={`#${afterId}`}
        className="sr-only z-[1100] rounded-md bg-ink px-4 py-2 font-semibold text-paper focus:not-sr-only focus:absolute focus:left-2 focus:top-2"
      >
        Passer la carte
      </a>
      {near ? <LeafletSitesMap {...props} /> : <MapPlaceholder />}
      <div id={afterId} tabIndex={-1} className="outline-none" />
    </section>
  );
}
