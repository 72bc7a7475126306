import { expect, test } from '../fixtures';

test.describe('/glossaire', () => {
  test.beforeEach(async ({ phare }) => {
    await phare.goto('/glossaire');
  });

  test('has its title, one h1 and the site shell', async ({ phare }) => {
    await phare.expectTitle('Glossaire — Phare');
    await phare.expectSingleH1('Glossaire');
    await phare.expectLangFr();
    await phare.expectShell();
    await phare.expectFooter();
  });

  test('starts with the skip link', async ({ phare }) => {
    await phare.expectSkipLink();
  });

  test('lists the terms under letters, with their definitions', async ({ phare }) => {
    const index = phare.page.getByRole('navigation', { name: 'Index alphabétique' });
    await expect(index.getByRole('link')).not.toHaveCount(0);
    const letterP = phare.main.getByRole('region', { name: 'P', exact: true });
    await expect(letterP.getByRole('heading', { name: 'Placebo', level: 3 })).toBeVisible();
    await expect(letterP.getByRole('article', { name: 'Placebo' })).toContainText('substance active');
  });

  test('the letter index jumps to its section', async ({ phare }) => {
    const index = phare.page.getByRole('navigation', { name: 'Index alphabétique' });
    await index.getByRole('link', { name: 'Lettre R', exact: true }).click();
    await expect(phare.page).toHaveURL(/#lettre-r$/);
    await expect(phare.main.getByRole('heading', { name: 'R', level: 2, exact: true })).toBeInViewport();
  });

  test('a term anchor opens on that term', async ({ phare }) => {
    await phare.goto('/glossaire#terme-double-aveugle');
    await expect(phare.main.getByRole('heading', { name: 'Double aveugle', level: 3 })).toBeInViewport();
  });

  test('« Voir aussi » links lead to the related term', async ({ phare }) => {
    const entry = phare.main.getByRole('article', { name: 'Double aveugle' });
    const link = entry.getByRole('link', { name: 'Placebo' });
    await expect(link).toHaveAttribute('href', '/glossaire#terme-placebo');
    await link.click();
    await expect(phare.page).toHaveURL(/#terme-placebo$/);
    await expect(phare.main.getByRole('heading', { name: 'Placebo', level: 3 })).toBeInViewport();
  });

  test('has no axe violation', async ({ phare }) => {
    await phare.expectNoAxeViolations();
  });
});
