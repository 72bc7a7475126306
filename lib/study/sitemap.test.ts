import { describe, expect, it } from 'vitest';
import { createTestDb, insertStudies, makeStudy } from '@/lib/search/test-helpers';
import { STUDIES_PER_SITEMAP, listSitemapIds, listStudyIdsForSitemap, regionSearchPath } from './sitemap';

describe('sitemap split', () => {
  it('has one fixed sitemap then one per 10,000 studies', () => {
    expect(listSitemapIds(0)).toEqual([0]);
    expect(listSitemapIds(1)).toEqual([0, 1]);
    expect(listSitemapIds(STUDIES_PER_SITEMAP)).toEqual([0, 1]);
    expect(listSitemapIds(25_000)).toEqual([0, 1, 2, 3]);
  });
  it('lists ids of a chunk in order', () => {
    const { db } = createTestDb();
    insertStudies(db, ['2021-A00002-01', '2021-A00001-01'].map((id) => ({ study: makeStudy({ id }) })));
    expect(listStudyIdsForSitemap(db, 1)).toEqual(['2021-A00001-01', '2021-A00002-01']);
    expect(listStudyIdsForSitemap(db, 2)).toEqual([]);
    expect(listStudyIdsForSitemap(db, 0)).toEqual([]);
  });
  it('links region searches', () => {
    expect(regionSearchPath('52')).toBe('/recherche?region=52');
  });
});
