import { describe, expect, it } from 'vitest';
import { STUDIES_PER_SITEMAP, listSitemapIds, regionSearchPath, sitemapChunk } from './sitemap';

describe('sitemap split', () => {
  it('has one fixed sitemap then one per 10,000 studies', () => {
    expect(listSitemapIds(0)).toEqual([0]);
    expect(listSitemapIds(1)).toEqual([0, 1]);
    expect(listSitemapIds(STUDIES_PER_SITEMAP)).toEqual([0, 1]);
    expect(listSitemapIds(25_000)).toEqual([0, 1, 2, 3]);
  });
  it('gives each study sitemap its slice of the ids', () => {
    expect(sitemapChunk(1)).toEqual({ offset: 0, limit: STUDIES_PER_SITEMAP });
    expect(sitemapChunk(3)).toEqual({ offset: 2 * STUDIES_PER_SITEMAP, limit: STUDIES_PER_SITEMAP });
    expect(sitemapChunk(0)).toBeUndefined();
    expect(sitemapChunk(1.5)).toBeUndefined();
  });
  it('links region searches', () => {
    expect(regionSearchPath('52')).toBe('/recherche?region=52');
  });
});
