import type { Page } from '@playwright/test';
import { expect, test } from '../pages/study-page';
import { injectStudy, otherCharacteristic, removeInjected } from '../studies';

/**
 * Text that nothing makes interactive is sent once, as HTML, not again in the React payload
 * (docs/architecture.md « Sent once »), and the page still shows it after the back button.
 */
test.describe('a study page sends its text once', () => {
  const marker = 'Condition témoin Zéphyrine';
  const sponsor = 'Fondation témoin Barnabé';

  test('the text is in the HTML, not in the flight data, and survives a client-side navigation and the back button', async ({ study, request }) => {
    const id = await injectStudy(request, {
      title: 'Étude témoin sur la page envoyée une fois',
      status: 'active',
      recruitment: 'recruiting',
      sponsor,
      sites: [1, 2].map((k) => ({ name: `Hôpital témoin ${k}`, city: 'Lyon' })),
      characteristics: [otherCharacteristic(`${marker} numéro 1`, false, 'eligibility-criteria')],
    });
    try {
      const response = await request.get(`/essais/${id}`);
      expect(response.status()).toBe(200);
      const html = await response.text();
      const flight = [...html.matchAll(/<script[^>]*>self\.__next_f\.push\(([\s\S]*?)\)<\/script>/g)].map((m) => m[1]).join('');
      const markup = html.replace(/<script[\s\S]*?<\/script>/g, '');
      expect(flight.length).toBeGreaterThan(0);
      expect(markup).toContain(marker);
      expect(markup).toContain(sponsor);
      // The sponsor is only text: not in the payload. A criterion is there once, for the checklist that ticks it.
      expect(flight).not.toContain(sponsor);
      expect(flight.split(marker)).toHaveLength(2);

      const errors: string[] = [];
      study.page.on('pageerror', (error) => errors.push(error.message));
      await study.open(id);
      await study.waitForHydration();
      await expect(study.eligibility).toContainText(marker);
      await expect(study.professionals).toContainText(sponsor);

      await study.mainNav.getByRole('link', { name: 'Glossaire' }).click();
      await expect(study.page).toHaveURL(/\/glossaire$/);
      await expect(study.page.getByRole('heading', { level: 1, name: 'Glossaire' })).toBeVisible();
      await study.page.goBack();
      await expect(study.page).toHaveURL(new RegExp(`/essais/${id}$`));
      await expect(study.eligibility).toContainText(marker);
      await expect(study.professionals).toContainText(sponsor);
      await expect(study.main).toContainText('Hôpital témoin 1');
      await expect(study.enBref).toContainText('2 lieux');
      expect(errors).toEqual([]);
    } finally {
      await removeInjected(request, id);
    }
  });
});

test.describe('the layout’s parts sent once', () => {
  test('a page without parts of its own loads no other page’s code for them', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto('/accessibilite');
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('contentinfo')).toContainText('Phare ne remplace pas un avis médical.');
    expect(scripts.some((path) => /\/chunks\/app\/layout-/.test(path))).toBe(true);
    // Chunks of another page's entry (the home page's brought its search code): none.
    expect(scripts.filter((path) => /\/chunks\/app\/(?!accessibilite\/)(.+\/)?page-/.test(path))).toEqual([]);
  });
});

test.describe('code sent where it is used', () => {
  /** The text of every script the page loads. */
  async function scriptsOf(page: Page, path: string): Promise<string[]> {
    const bodies: Promise<string>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') bodies.push(response.text());
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    return Promise.all(bodies);
  }

  test('the home page’s search box does not bring the search parser (zod) that only the results need', async ({ page }) => {
    // The results page parses its URL in the browser: zod is there, which shows what this test looks for.
    expect((await scriptsOf(page, '/recherche?maladie=cancer')).some((text) => text.includes('ZodError'))).toBe(true);
    const home = await page.context().newPage();
    const scripts = await scriptsOf(home, '/');
    // The one number the search box takes from the search's rules is still there.
    await expect(home.getByRole('combobox', { name: /maladie/i })).toHaveAttribute('maxlength', '200');
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((text) => text.includes('ZodError')).length, 'scripts that hold zod').toBe(0);
  });
});
