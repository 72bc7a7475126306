import { expect, test } from '../pages/study-page';
import { injectStudy, removeInjected } from '../studies';

/**
 * A study with many sites: its page lists the nearest ten and keeps the others behind « Voir tous les lieux »,
 * a disclosure that works without JavaScript; the map of the page fetches the study's sites from
 * /api/studies/{id}/sites rather than carrying them in the page.
 */
const CITIES = [
  'Lyon', 'Villeurbanne', 'Grenoble', 'Saint-Étienne', 'Valence', 'Annecy', 'Chambéry', 'Dijon', 'Besançon',
  'Clermont-Ferrand', 'Marseille', 'Nice', 'Toulon', 'Montpellier', 'Nîmes', 'Toulouse', 'Bordeaux', 'Nantes',
  'Rennes', 'Brest', 'Lille', 'Amiens', 'Rouen', 'Caen', 'Strasbourg',
];

test.describe('a study with many sites', () => {
  let id: string;

  test.beforeAll(async ({ request }) => {
    id = await injectStudy(request, {
      title: 'Étude multicentrique fictive sur le sommeil',
      status: 'active',
      recruitment: 'recruiting',
      sites: CITIES.map((city, k) => ({ name: `Centre fictif ${k + 1}`, city })),
    });
  });

  test.afterAll(async ({ request }) => {
    await removeInjected(request, id);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('lists the ten nearest, the others behind « Voir tous les lieux »', async ({ study }) => {
      // Lyon (69123): the nearest sites are those of the Rhône and around.
      await study.open(id, 'lieu=69123');
      const where = study.section('Où\u202F?');
      await expect(where).toContainText(`${CITIES.length} lieux participent à cette étude.`);
      await expect(where).toContainText('Voici les 10 plus proches.');
      const more = where.locator('details');
      await expect(more.locator('summary')).toHaveText(`Voir tous les lieux (${CITIES.length - 10} de plus)`);
      await expect(where.getByText('Centre fictif 1', { exact: true })).toBeVisible();
      // Strasbourg is not among the ten nearest to Lyon: listed, but hidden until the disclosure opens.
      const far = where.getByText(`Centre fictif ${CITIES.indexOf('Strasbourg') + 1}`, { exact: true });
      await expect(far).toBeHidden();
      await more.locator('summary').click();
      await expect(far).toBeVisible();
    });
  });

  test('the map fetches the study’s sites and shows them', async ({ study, page }) => {
    const sites = page.waitForResponse((r) => r.url().endsWith(`/api/studies/${id}/sites`));
    await study.open(id);
    await page.getByRole('region', { name: 'Carte des lieux de cette étude' }).scrollIntoViewIfNeeded();
    const answer = await sites;
    expect(answer.status()).toBe(200);
    const body = (await answer.json()) as { features: unknown[] };
    expect(body.features).toHaveLength(CITIES.length);
    const map = page.getByRole('region', { name: 'Carte des lieux de cette étude' });
    await expect(map).toContainText(`Carte de ${CITIES.length} lieux de recherche.`);
    await expect(map).toContainText('La liste des lieux à côté contient les mêmes informations.');
  });
});
