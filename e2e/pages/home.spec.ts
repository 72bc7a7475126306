import { expect, horizontalOverflow, test } from './search-page';

test.describe('/ (accueil)', () => {
  test.beforeEach(async ({ home }) => {
    await home.goto();
  });

  test('has its title, one h1 and the site shell', async ({ phare }) => {
    await phare.expectTitle('Phare — trouver une étude clinique près de chez vous');
    await phare.expectSingleH1('Trouver une étude clinique près de chez vous');
    await phare.expectLangFr();
    await phare.expectShell();
    await phare.expectFooter();
  });

  test('offers one search form, « Autour de moi », the regions and the freshness of the data', async ({ home, page }) => {
    await expect(home.form).toHaveCount(1);
    await expect(home.form).toHaveAttribute('action', '/recherche');
    await expect(home.diseaseField).toHaveAttribute('name', 'maladie');
    await expect(home.placeField).toBeVisible();
    await expect(home.aroundMe).toBeEnabled();
    await expect(home.regions.getByRole('link')).toHaveCount(18);
    await expect(home.regions.getByRole('link', { name: 'Île-de-France' })).toHaveAttribute('href', '/recherche?region=11');
    await expect(home.regions.getByRole('link', { name: 'Mayotte' })).toHaveAttribute('href', '/recherche?region=06');
    await expect(page.getByText(/^Données ECLAIRE mises à jour le /)).toBeVisible();
  });

  test('names itself as canonical on the host it was reached by', async ({ page }) => {
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical!).origin).toBe(new URL(page.url()).origin);
    expect(new URL(canonical!).pathname).toBe('/');
  });

  test('explains what a study is and the kinds of studies in plain words', async ({ page }) => {
    const section = page.getByRole('region', { name: 'Qu’est-ce qu’une étude clinique ?' });
    await expect(section).toContainText('Participer ne garantit pas un bénéfice personnel');
    for (const word of ['Catégorie 1', 'Catégorie 2', 'Catégorie 3', 'Médicament', 'Dispositif médical', 'Test de diagnostic']) {
      await expect(section.getByText(word, { exact: true })).toBeVisible();
    }
    // The categories in the words of the filters, as the law defines them (was « on observe seulement »).
    await expect(section).toContainText('La recherche observe vos soins habituels, sans rien y changer.');
  });

  test('suggests communes in « Où ? » (keyboard) and sends the INSEE code', async ({ home, page }) => {
    const combobox = page.getByRole('combobox', { name: 'Où ?' });
    await combobox.fill('Nant');
    const listbox = page.getByRole('listbox', { name: 'Communes proposées' });
    await expect(listbox.getByRole('option').first()).toBeVisible();
    await expect(combobox).toHaveAttribute('aria-expanded', 'true');
    await combobox.press('ArrowDown');
    await expect(listbox.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    await combobox.press('Escape');
    await expect(combobox).toHaveAttribute('aria-expanded', 'false');
    await combobox.fill('Nantes');
    await expect(listbox.getByRole('option').first()).toHaveText(/^Nantes \(44/);
    await combobox.press('ArrowDown');
    await combobox.press('Enter');
    await expect(combobox).toHaveValue(/^Nantes \(44/);
    await home.diseaseField.fill('cancer');
    await home.submit.click();
    await expect(page).toHaveURL(/\/recherche\?maladie=cancer&lieu=44109/);
  });

  test('lists the searches saved in this browser, and deletes them', async ({ page, results }) => {
    await results.goto('maladie=cancer&region=11');
    await page.getByRole('button', { name: 'Enregistrer cette recherche' }).click();
    await expect(page.getByText('Recherche enregistrée dans ce navigateur.')).toBeVisible();
    await page.goto('/');
    const saved = page.getByRole('region', { name: 'Vos recherches enregistrées' });
    const link = saved.getByRole('link', { name: /« cancer »/ });
    await expect(link).toHaveAttribute('href', '/recherche?maladie=cancer&region=11');
    await saved.getByRole('button', { name: /Supprimer la recherche « « cancer »/ }).click();
    await expect(saved).toHaveCount(0);
  });

  test('has no axe violation', async ({ phare }) => {
    await phare.expectNoAxeViolations();
  });

  test('fits a 320 px wide screen without horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await expect.poll(() => horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
});
