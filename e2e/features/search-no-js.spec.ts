import { expect, test } from '../pages/search-page';

test.use({ javaScriptEnabled: false });

/** The same search works without JavaScript: plain GET form, filters and pages are links. */
test.describe('search without JavaScript', () => {
  test('disease and postcode from the home page give results; filters and pages still work', async ({ home, page, results }) => {
    await home.goto();
    await home.diseaseField.fill('cancer');
    await page.getByLabel('Où ?').fill('75013');
    await home.submit.click();
    await expect(page).toHaveURL(/\/recherche\?maladie=cancer&lieu=75013$/);
    await results.expectSomeResults();
    await expect(results.count).toContainText('75013');

    await results.chooseFilter(/^Tous les états/);
    await expect(page).toHaveURL(/recrutement=tous/);
    await expect(results.count).toHaveText(/trouvée/);
  });

  test('region link, category filter and pagination are plain links', async ({ page, results }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Île-de-France' }).click();
    await expect(page).toHaveURL(/\/recherche\?region=11$/);
    await results.expectSomeResults();
    await results.chooseFilter(/^Catégorie 2/);
    await expect(page).toHaveURL(/region=11&categorie=jarde-2$/);
    await results.expectSomeResults();
    const next = results.pagination.getByRole('link', { name: 'Suivante' });
    await next.click();
    await expect(page).toHaveURL(/page=2/);
    await expect(results.pagination.getByRole('link', { name: 'Page 2', exact: true })).toHaveAttribute('aria-current', 'page');
  });
});
