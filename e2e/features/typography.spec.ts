import type { Page } from '@playwright/test';
import { isFrenchTypography } from '../../lib/text/typography';
import { CATEGORIES, expect, findStudy, test } from '../pages/study-page';
import { searchStudies } from '../studies';
import { typographyFaults } from '../typography';

/**
 * French typography where text is rendered (DESIGN.md « Plain French »): no-break spaces before « : ; ! ? » and
 * inside « », typographic apostrophes — in Phare's own texts and in upstream French texts — on a sample of pages,
 * their title, meta description and JSON-LD, and in the Atom feed.
 */

/** Opens every disclosure so that their texts are read too. */
async function openDisclosures(page: Page): Promise<void> {
  await page.locator('main details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
}

async function expectTypography(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  await openDisclosures(page);
  expect(await typographyFaults(page.getByRole('main')), `typography of ${path}`).toEqual([]);
  const title = await page.title();
  expect(isFrenchTypography(title), `title of ${path}: ${title}`).toBe(true);
  // Next streams the metadata of dynamic pages: the tag may come after the head.
  for (const description of await page.locator('meta[name="description"]').evaluateAll((m) => m.map((e) => e.getAttribute('content') ?? ''))) {
    expect(isFrenchTypography(description), `meta description of ${path}: ${description}`).toBe(true);
  }
}

test.describe('French typography', () => {
  for (const path of ['/', '/recherche?maladie=cancer', '/recherche?recrutement=suspendu', '/a-propos', '/confidentialite', '/accessibilite', '/integrer', '/glossaire']) {
    test(`on ${path}`, async ({ page }) => {
      await expectTypography(page, path);
    });
  }

  test('on a study page of each category, its meta description and its JSON-LD', async ({ page, study, request }) => {
    for (const categorie of CATEGORIES) {
      const found = await findStudy(request, categorie);
      await expectTypography(page, `/essais/${found.id}`);
      await expect(page.locator('meta[name="description"]'), 'every study page has a meta description').toHaveAttribute('content', /\S/);
      const doc = await study.jsonLd();
      if ((await page.getByRole('heading', { level: 1 }).getAttribute('lang')) !== 'en') {
        expect(isFrenchTypography(String(doc.name)), `JSON-LD name: ${String(doc.name)}`).toBe(true);
      }
      await expectTypography(page, `/embed/essais/${found.id}`);
    }
  });

  test('on a suspended study and in the Atom feed', async ({ page, request }) => {
    // The API requests first, together: a socket left idle while the page is checked may be closed by the server.
    const { results } = await searchStudies(request, 'recrutement=suspendu&parPage=1');
    const xml = await (await request.get('/recherche/flux?maladie=cancer')).text();
    await expectTypography(page, `/essais/${results[0].id}`);
    const summaries = [...xml.matchAll(/<summary[^>]*>([^<]*)<\/summary>/g)].map((m) => m[1].replace(/&apos;/g, "'").replace(/&amp;/g, '&'));
    expect(summaries.length).toBeGreaterThan(0);
    expect(summaries.filter((s) => !isFrenchTypography(s))).toEqual([]);
  });
});
