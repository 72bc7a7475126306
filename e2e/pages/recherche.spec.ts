import { expect, horizontalOverflow, test } from './search-page';

test.describe('/recherche', () => {
  test('has its title, one h1, the shell and the count of results', async ({ phare, results }) => {
    await results.goto('maladie=cancer');
    await phare.expectTitle('Études sur « cancer » — Phare');
    await phare.expectSingleH1('Rechercher une étude clinique');
    await phare.expectLangFr();
    await phare.expectShell();
    await phare.expectFooter();
    await results.expectSomeResults();
    await expect(results.page.getByLabel('Maladie, symptôme ou mot-clé')).toHaveValue('cancer');
  });

  test('result cards say the status and category in words, and link to the study', async ({ results }) => {
    await results.goto('maladie=cancer');
    const card = results.cards.first();
    await expect(card.getByText(/Recrute en ce moment|Recrutement à venir|Recrutement terminé|non précisé/)).toBeVisible();
    await expect(card.getByText(/Catégorie [123]|Médicament|Dispositif médical|Test de diagnostic|Catégorie non précisée/)).toBeVisible();
    await expect(results.firstResultLink).toHaveAttribute('href', /^\/essais\/[A-Za-z0-9-]+$/);
  });

  test('with a place, cards give the nearest site and its distance', async ({ results }) => {
    await results.goto('maladie=cancer&lieu=44109');
    await expect(results.count).toContainText('de Nantes (44)');
    await expect(results.cards.first()).toContainText(/\d+(,\d)? km — /);
    await expect(results.cards.first()).toContainText(/lieux? dont \d+ près de chez vous/);
    await expect(results.sortLink(/Distance/)).toBeVisible();
  });

  test('announces a feed of the search, which is Atom', async ({ page, results, request }) => {
    await results.goto('maladie=cancer&region=11');
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
      'href',
      /\/recherche\/flux\?maladie=cancer&region=11$/,
    );
    await expect(page.getByRole('link', { name: 'Suivre cette recherche (flux Atom)' })).toHaveAttribute(
      'href',
      '/recherche/flux?maladie=cancer&region=11',
    );
    const feed = await request.get('/recherche/flux?maladie=cancer&region=11');
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toContain('application/atom+xml');
    expect(await feed.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    const bad = await request.get('/recherche/flux?region=99');
    expect(bad.status()).toBe(400);
    expect(await bad.text()).toContain('Le paramètre « region »');
  });

  test('says what is wrong with a bad link (400), and offers to start again', async ({ page, results }) => {
    await results.goto('region=99', 400);
    // Scoped to the page's content: Next's route announcer is an (empty) alert too.
    await expect(page.getByRole('main').getByRole('alert')).toContainText('Le paramètre « region »');
    await expect(page.getByRole('link', { name: 'Recommencer une recherche' })).toHaveAttribute('href', '/recherche');
  });

  test('a place typed as words: the one commune of that name, or the homonyms to choose from', async ({ page, results }) => {
    // Only one commune is called Nantes: the search goes around it.
    await results.goto('maladie=cancer&lieu=Nantes');
    await expect(page).toHaveURL(/maladie=cancer&lieu=44109$/);
    await results.expectSomeResults();
    // Several are called Saint-Denis: the person chooses.
    await results.goto('maladie=cancer&lieu=Saint-Denis', 400);
    await page.getByRole('link', { name: /^Saint-Denis \(93/ }).click();
    await expect(page).toHaveURL(/lieu=93066/);
    await results.expectSomeResults();
  });

  test('pages are links, the current one is marked', async ({ results }) => {
    await results.goto('maladie=cancer');
    await expect(results.pagination.getByRole('link', { name: 'Page 1', exact: true })).toHaveAttribute('aria-current', 'page');
    await results.pagination.getByRole('link', { name: 'Page 2', exact: true }).click();
    await expect(results.page).toHaveURL(/page=2/);
    await expect(results.pagination.getByRole('link', { name: 'Page 2', exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(results.resultsHeading).toBeFocused();
  });

  test('an empty search suggests how to widen it', async ({ page, results }) => {
    await results.goto('maladie=zzqxwv&categorie=jarde-1');
    await expect(results.count).toHaveText('Aucune étude trouvée.');
    await expect(page.getByRole('link', { name: 'Retirer le filtre « Catégorie 1 »' })).toBeVisible();
    await expect(page.getByRole('link', { name: /ne recrutent pas en ce moment/ })).toHaveAttribute('href', /recrutement=tous/);
  });

  test('has no axe violation with the filters open (wide screen)', async ({ page, phare, results }) => {
    await results.goto('maladie=cancer&lieu=44109');
    await expect(await results.filters()).toBeVisible();
    // The map beside the list is part of the check: wait until its markers are drawn, so axe sees a settled page
    // (not « networkidle »: tiles and prefetches can keep the network busy past the test's timeout on a loaded machine).
    await expect(page.getByText(/Carte de [\d\s\u202f]+ lieux? de recherche\./)).toBeAttached();
    const map = page.getByRole('region', { name: 'Carte des lieux de recherche' });
    await expect(map.getByRole('button', { name: /lieux? de recherche|: étude / }).first()).toBeVisible();
    await phare.expectNoAxeViolations();
  });

  test('has no axe violation with the filters open (phone)', async ({ page, phare, results }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await results.goto('maladie=cancer');
    await expect(await results.filters()).toBeVisible();
    await phare.expectNoAxeViolations();
  });

  test('fits a 320 px wide screen without horizontal scrolling, filters open', async ({ page, results }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await results.goto('maladie=cancer&lieu=44109');
    await results.filters();
    await expect.poll(() => horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  test('text enlarged to 200 % on a 640 px wide screen: no horizontal scrolling, results still readable', async ({ page, results }) => {
    // WCAG 1.4.4 / 1.4.10: a person who doubles the text size keeps one column to read.
    await page.setViewportSize({ width: 640, height: 900 });
    await results.goto('maladie=cancer&lieu=44109');
    await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('article').first().getByRole('link').first()).toBeVisible();
    await expect.poll(() => horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  test('on phones, the list comes first and the map on demand', async ({ page, results }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await results.goto('maladie=cancer');
    const mapToggle = page.getByRole('button', { name: 'Carte' });
    await expect(page.getByRole('button', { name: 'Liste' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('region', { name: 'Carte des lieux de recherche' })).toHaveCount(0);
    await mapToggle.click();
    await expect(mapToggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('region', { name: 'Carte des lieux de recherche' })).toBeVisible();
  });
});

test.describe('/embed/recherche', () => {
  test('shows compact results whose links open Phare in a new tab', async ({ page }) => {
    const response = await page.goto('/embed/recherche?maladie=cancer');
    expect(response?.status()).toBe(200);
    const link = page.getByRole('main').getByRole('article').first().getByRole('heading').getByRole('link');
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener');
    await expect(page.getByText(/Propulsé par/)).toBeVisible();
  });

  test('a bad link answers 400, and the frame says what is wrong in French', async ({ page }) => {
    const response = await page.goto('/embed/recherche?categorie=jarde-9');
    expect(response?.status()).toBe(400);
    await expect(page.getByRole('main').getByRole('alert')).toContainText('Le paramètre « categorie »');
    await expect(page.getByRole('link', { name: /Phare/ })).toHaveAttribute('href', '/recherche');
  });
});
