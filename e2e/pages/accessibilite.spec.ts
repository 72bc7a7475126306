import { ACCESSIBILITY_TEXTS } from '../../lib/study/legal-texts';
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
    // Without a full audit, the RGAA asks for « non conforme » (the old « partiellement conforme » was not true).
    await expect(main).toContainText('Phare est non conforme au RGAA 4.1.');
    await expect(main).not.toContainText('partiellement');
    await expect(main).toContainText('axe-core');
    await expect(main).toContainText('clavier');
    await expect(main.getByRole('heading', { name: 'Non-conformités connues', level: 3 })).toBeVisible();
    await expect(main).toContainText('carte');
    // No courriel is configured in the e2e server: a visible « à configurer », never a made-up address.
    await expect(main.getByRole('region', { name: 'Informations à configurer' })).toContainText('L’adresse de courriel pour l’accessibilité.');
    await expect(main.getByText('à configurer', { exact: true }).first()).toBeVisible();
    await expect(main.locator('a[href^="mailto:"]')).toHaveCount(0);
    await expect(main).not.toContainText('phare.example');
    await expect(main.getByRole('heading', { name: 'Voies de recours', level: 2 })).toBeVisible();
    await expect(main.getByRole('link', { name: /Défenseur des droits/ }).first()).toBeVisible();
  });

  test('is reached from the footer of another page', async ({ phare }) => {
    await phare.goto('/glossaire');
    await phare.footer.getByRole('link', { name: ACCESSIBILITY_TEXTS.footerLabel }).click();
    await expect(phare.page).toHaveURL(/\/accessibilite$/);
    await expect(phare.heading).toHaveText('Déclaration d’accessibilité');
  });

  test('has no axe violation', async ({ phare }) => {
    await phare.expectNoAxeViolations();
  });
});
