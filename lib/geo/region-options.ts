import { frenchTypography } from '@/lib/text/typography';
import { listRegions } from './gazetteer';

/** A region as the search's filters and links show it. */
export interface RegionOption {
  code: string;
  name: string;
}

/**
 * Regions for links and filters, sorted by French name, in French typography (« Provence-Alpes-Côte d’Azur »);
 * none when the gazetteer is unavailable.
 */
export function listRegionOptions(): RegionOption[] {
  try {
    return listRegions()
      .map((r) => ({ code: r.code, name: frenchTypography(r.name) }))
      .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  } catch (error) {
    console.error('[régions] Liste des régions indisponible', error);
    return [];
  }
}
