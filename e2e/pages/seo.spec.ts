import { expect, test } from '../fixtures';

// The e2e mirror is filled from the emulator, whose studies are fictional: robots.txt must refuse indexing.
test.describe('sitemap.xml and robots.txt', () => {
  test('sitemap.xml indexes sitemaps that list the fixed pages, the regions and every study', async ({ request }) => {
    const index = await request.get('/sitemap.xml');
    expect(index.status()).toBe(200);
    const indexXml = await index.text();
    expect(indexXml).toContain('<sitemapindex');
    const locs = [...indexXml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    expect(locs).toContain('/sitemap/0.xml');
    expect(locs).toContain('/sitemap/1.xml');

    const fixed = await (await request.get('/sitemap/0.xml')).text();
    expect(fixed).toContain('/recherche?region=11');
    expect(fixed).toContain('/glossaire');

    const studies = await (await request.get('/sitemap/1.xml')).text();
    const studyUrls = [...studies.matchAll(/<loc>([^<]+\/essais\/[^<]+)<\/loc>/g)];
    expect(studyUrls.length).toBeGreaterThan(1000);

    const health = await (await request.get('/api/health')).json();
    const listed = (locs.length - 1) * 10_000;
    expect(listed).toBeGreaterThanOrEqual(health.studies);
  });

  test('robots.txt refuses indexing while fictional data is served', async ({ request }) => {
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toMatch(/Disallow: \/\s*$/m);
    expect(robots).not.toContain('Allow: /');
  });
});
