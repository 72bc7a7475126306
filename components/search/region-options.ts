import { listRegions } from '@/lib/geo/gazetteer';
import type { RegionOption } from './filters-panel';

/** Regions for links and filters, sorted by French name; none when the gazetteer is unavailable. Server only. */
export function readRegionOptions(): RegionOption[] {
  try {
    return listRegions()
      .map((r) => ({ code: r.code, name: r.name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  } catch (error) {
    console.error('[régions] Liste des régions indisponible', error);
    return [];
  }
}
