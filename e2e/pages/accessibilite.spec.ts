import { expect, test } from '../fixtures';

test.describe('/accessibilite', () => {
  test.beforeEach(async ({ phare }) => {
    await phare.goto('/accessibilite');
  });

  test('has its title, one h1 and the site shell', async ({ phare }) => {
    await phare.expectTitle('Accessibilité — Phare');
    await phare.expectSingleH1('Déclaration d’accessibilité');
    await phare.expectLangFr();
    await phare.expectShell();
    await phare.expectFooter();
  });

  test('states the conformity, the method, the known issues and the recourse', async ({ phare }) => {
    const main = phare.main;
    await expect(main).toContainText('RGAA');
    await expect(main.getByRole('heading', { name: 'État de conformité', level: 2 })).toBeVisible();
    await expect(main).toContainText('partiellement conforme');
    await expect(main).toContainText('axe-core');
    await expect(main).toContainText('clavier');
    await expect(main.getByRole('heading', { name: 'Non-conformités connues', level: 3 })).toBeVisible();
    await expect(main).toContainText('carte');
    await expect(main.getByRole('link', { name: 'accessibilite@phare.example' })).toHaveAttribute(
      'href',
      'mailto:accessibilite@phare.example',
    );
    await expect(main.getByRole('heading', { name: 'Voies de recours', level: 2 })).toBeVisible();
    await expect(main.getByRole('link', { name: /Défenseur des droits/ }).first()).toBeVisible();
  });

  test('is reached from the footer of another page', async ({ phare }) => {
    await phare.goto('/glossaire');
    await phare.footer.getByRole('link', { name: 'Accessibilité : partiellement conforme' }).click();
    await expect(phare.page).toHaveURL(/\/accessibilite$/);
    await expect(phare.heading).toHaveText('Déclaration d’accessibilité');
  });

  test('has no axe violation', async ({ phare }) => {
    await phare.expectNoAxeViolations();
  });
});
