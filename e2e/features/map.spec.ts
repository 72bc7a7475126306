import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures';

/**
 * The map of recruiting sites on the search results page: shown beside the list on a wide screen, behind a
 * « Carte » toggle on phones; markers have accessible names; a site's popup leads to the study; the map can be
 * skipped; and nothing is fetched from outside the machine (tiles come from /tuiles-test/, see playwright.config).
 */

const BROAD_SEARCH = '/recherche?maladie=cancer&region=52';
const MAP_NAME = 'Carte des lieux de recherche';

/** Every http(s)/ws request host the page makes, to check that none leaves 127.0.0.1. */
function recordHosts(page: Page): Set<string> {
  const hosts = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) hosts.add(url.hostname);
  });
  return hosts;
}

function expectOnlyLocalHosts(hosts: Set<string>): void {
  expect([...hosts].filter((h) => h !== '127.0.0.1' && h !== 'localhost'), 'requests that left the machine').toEqual([]);
}

function mapRegion(page: Page): Locator {
  return page.getByRole('region', { name: MAP_NAME });
}

/** A study of the broad search that has sites in region 52, found through the public API. */
async function findStudyWithSites(request: APIRequestContext): Promise<{ id: string; title: string }> {
  const response = await request.get('/api/studies?maladie=cancer&region=52');
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { results: { id: string; title: string; siteCount: number }[] };
  const study = body.results.find((r) => r.siteCount > 0);
  expect(study, 'a study with sites in region 52').toBeTruthy();
  const sites = await request.get(`/api/sites?maladie=${encodeURIComponent(study!.id)}&region=52`);
  expect(sites.status()).toBe(200);
  expect(((await sites.json()) as { features: unknown[] }).features.length).toBeGreaterThan(0);
  return { id: study!.id, title: study!.title };
}

test.describe('map of recruiting sites', () => {
  // Zooms without animation: the same path as prefers-reduced-motion, and no waiting on a flight.
  test.use({ reducedMotion: 'reduce' });

  test.describe('wide screen', () => {
    test.use({ viewport: { width: 1280, height: 900 } });

    test('is shown beside the list, with named markers, a summary and a skip link', async ({ page }) => {
      const hosts = recordHosts(page);
      const tileRequest = page.waitForRequest(/\/tuiles-test\//);
      await page.goto(BROAD_SEARCH);
      const map = mapRegion(page);
      await expect(map).toBeVisible();
      await expect(map.getByRole('button', { name: /lieux? de recherche|: étude / }).first()).toBeVisible();
      await expect(map).toContainText(/Carte de [\d\s\u202f]+ lieux? de recherche\./);
      await expect(map).toContainText('La liste des études à côté contient les mêmes informations.');

      const skip = map.getByRole('link', { name: 'Passer la carte' });
      await expect(skip).toHaveAttribute('href', /^#apres-carte-/);
      await skip.focus();
      await expect(skip).toBeVisible();
      await skip.press('Enter');
      const target = (await skip.getAttribute('href'))!.slice(1);
      await expect(page.locator(`[id="${target}"]`)).toBeFocused();

      const areas = map.getByRole('group', { name: 'Afficher sur la carte' });
      for (const name of ['Guadeloupe', 'Martinique', 'Guyane', 'La Réunion', 'Mayotte', 'Métropole']) {
        await expect(areas.getByRole('button', { name })).toBeVisible();
      }
      await expect(map.getByRole('button', { name: 'Zoom avant' })).toBeVisible();

      await tileRequest;
      expectOnlyLocalHosts(hosts);
    });

    test('a site marker opens a popup whose link opens the study', async ({ page, request }) => {
      const hosts = recordHosts(page);
      const study = await findStudyWithSites(request);
      await page.goto(`/recherche?maladie=${encodeURIComponent(study.id)}&region=52`);
      const map = mapRegion(page);
      await expect(map).toBeVisible();

      // Zoom into clusters until a single site marker appears.
      const single = map.getByRole('button', { name: /: étude / });
      await expect(async () => {
        if ((await single.count()) === 0) {
          const cluster = map.getByRole('button', { name: /— zoomer$/ }).first();
          if ((await cluster.count()) > 0) await cluster.click();
        }
        await expect(single.first()).toBeVisible({ timeout: 1_000 });
      }).toPass({ timeout: 20_000 });

      await expect(single.first()).toHaveAccessibleName(/^.+\u00A0: étude .+/);
      await single.first().click();
      const popupLink = map.locator('.leaflet-popup').getByRole('link', { name: study.title });
      await expect(popupLink).toBeVisible();
      await expect(popupLink).toHaveAttribute('href', `/essais/${encodeURIComponent(study.id)}`);
      await popupLink.click();
      await expect(page).toHaveURL(new RegExp(`/essais/${study.id}$`));
      await expect(page.getByRole('heading', { level: 1 })).toContainText(study.title.slice(0, 40));
      expectOnlyLocalHosts(hosts);
    });

    test('a cluster zooms in with the keyboard', async ({ page }) => {
      const hosts = recordHosts(page);
      await page.goto(BROAD_SEARCH);
      const map = mapRegion(page);
      const cluster = map.getByRole('button', { name: /^[\d\s\u202f]+ lieux de recherche — zoomer$/ }).first();
      await expect(cluster).toBeVisible();
      await cluster.focus();
      await page.keyboard.press('Enter');
      await expect(map.getByRole('status').filter({ hasText: /^Zoom sur [\d\s\u202f]+ lieux de recherche\.$/ })).toHaveCount(1);
      expectOnlyLocalHosts(hosts);
    });
  });

  test.describe('phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

    test('the map appears with the « Carte » toggle', async ({ page }) => {
      const hosts = recordHosts(page);
      await page.goto(BROAD_SEARCH);
      await expect(page.getByRole('heading', { name: 'Résultats' })).toBeVisible();
      await expect(mapRegion(page)).toBeHidden();
      await page.getByRole('button', { name: 'Carte', exact: true }).click();
      const map = mapRegion(page);
      await expect(map).toBeVisible();
      await expect(map.getByRole('button', { name: /lieux? de recherche|: étude / }).first()).toBeVisible();
      expectOnlyLocalHosts(hosts);
    });
  });
});
