import { expect, tabUntilFocused, test } from '../pages/search-page';

/**
 * Journeys through the search with JavaScript. « cancer » is in many conditions of the demo data
 * (lib/demo/conditions.ts: cancer du sein, cancer colorectal…), and Île-de-France has the most sites.
 */
test.describe('search journey', () => {
  test('disease, then region, then JARDÉ category 2, then a study; back and forward restore the view', async ({
    home,
    results,
    page,
  }) => {
    await home.goto();
    await home.search('cancer');
    await expect(page).toHaveURL(/\/recherche\?maladie=cancer$/);
    await results.expectSomeResults();

    await results.chooseFilter(/^Île-de-France/);
    await expect(page).toHaveURL(/maladie=cancer&region=11$/);
    await expect(results.resultsHeading).toBeFocused();
    await results.expectSomeResults();

    await results.chooseFilter(/^Catégorie 2/);
    await expect(page).toHaveURL(/maladie=cancer&region=11&categorie=jarde-2$/);
    await results.expectSomeResults();
    await expect(results.cards.first().getByText('Catégorie 2', { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: /Catégorie 2 \(retirer ce filtre\)/ })).toBeVisible();

    await page.goBack();
    await expect(page).toHaveURL(/maladie=cancer&region=11$/);
    await expect(page.getByRole('link', { name: /Catégorie 2 \(retirer ce filtre\)/ })).toHaveCount(0);
    await page.goForward();
    await expect(page).toHaveURL(/categorie=jarde-2$/);
    await expect(results.cards.first().getByText('Catégorie 2', { exact: true })).toBeVisible();

    const link = results.firstResultLink;
    const title = (await link.textContent()) ?? '';
    await link.click();
    await expect(page).toHaveURL(/\/essais\/[A-Za-z0-9-]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(title.replace(' (en anglais)', '').slice(0, 30));
  });

  test('keyboard only: from the home page to a study', async ({ page, results }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeFocused();
    await page.keyboard.press('Enter');
    await tabUntilFocused(page, page.getByLabel('Maladie, symptôme ou mot-clé'), 10);
    await page.keyboard.type('cancer');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/recherche\?maladie=cancer/);
    await results.expectSomeResults();
    await tabUntilFocused(page, results.firstResultLink);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/essais\//);
  });

  test('« Autour de moi » opens the studies nearest to the position, by distance', async ({ context, home, page, results }) => {
    await context.grantPermissions(['geolocation']);
    await context.setGeolocation({ latitude: 48.856613, longitude: 2.352222 });
    await home.goto();
    await home.aroundMe.click();
    await expect(page).toHaveURL(/\/recherche\?lat=48\.857&lon=2\.352&tri=distance$/);
    await results.expectSomeResults();
    await expect(results.count).toContainText('de Votre position');
    await expect(results.sortLink(/Distance/)).toHaveAttribute('aria-current', 'true');
    await expect(results.cards.first()).toContainText(/\d+(,\d)? km — /);
  });

  test('« Autour de moi » says so in French when the position is refused', async ({ context, home, page }) => {
    await context.clearPermissions();
    await home.goto();
    await home.aroundMe.click();
    await expect(page.getByText(/Vous n’avez pas autorisé la localisation|Votre position n’a pas pu être trouvée/)).toBeVisible();
    await expect(page).toHaveURL(/\/$/);
  });
});
