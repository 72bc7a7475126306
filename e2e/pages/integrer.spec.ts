import { expect, test } from '../fixtures';

test.describe('/integrer', () => {
  test.beforeEach(async ({ phare }) => {
    await phare.goto('/integrer');
  });

  test('has its title, one h1 and the site shell', async ({ phare }) => {
    await phare.expectTitle('Intégrer Phare à votre site — Phare');
    await phare.expectSingleH1('Intégrer Phare à votre site');
    await phare.expectLangFr();
    await phare.expectShell();
    await phare.expectFooter();
  });

  test('lists the public parameters and iframe snippets with copy buttons', async ({ phare, context }) => {
    const table = phare.main.getByRole('table', { name: 'Paramètres des adresses de recherche de Phare' });
    for (const name of ['maladie', 'texte', 'region', 'lieu', 'categorie', 'recrutement', 'phase', 'tri']) {
      await expect(table.getByRole('rowheader', { name, exact: true })).toBeVisible();
    }
    await expect(table.getByRole('row').filter({ has: phare.page.getByRole('rowheader', { name: 'recrutement', exact: true }) })).toContainText(
      'ouvert (par défaut), a-venir, suspendu, termine, tous',
    );
    await expect(table.getByRole('row').filter({ has: phare.page.getByRole('rowheader', { name: 'tri', exact: true }) })).toContainText(
      'date de début du recrutement',
    );
    await expect(phare.main.locator('pre').first()).toContainText('<iframe src="');
    await expect(phare.main.locator('pre').first()).toContainText('/embed/recherche?');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await phare.main.getByRole('button', { name: /Copier le code\s:\s*une étude/ }).click();
    await expect(phare.main.getByRole('status').filter({ hasText: 'Code copié.' })).toBeVisible();
  });

  test('has no axe violation', async ({ phare }) => {
    await phare.expectNoAxeViolations();
  });
});
