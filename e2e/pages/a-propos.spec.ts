import { expect, test } from '../fixtures';

test.describe('/a-propos', () => {
  test.beforeEach(async ({ phare }) => {
    await phare.goto('/a-propos');
  });

  test('has its title, one h1 and the site shell', async ({ phare }) => {
    await phare.expectTitle('À propos — Phare');
    await phare.expectSingleH1('À propos de Phare');
    await phare.expectLangFr();
    await phare.expectShell();
    await phare.expectFooter();
  });

  test('names the source, the licence and the freshness of the data', async ({ phare }) => {
    const main = phare.main;
    await expect(main.getByRole('heading', { name: 'D’où viennent les données', level: 2 })).toBeVisible();
    await expect(main.getByRole('link', { name: 'ECLAIRE' })).toBeVisible();
    await expect(main).toContainText('données publiques ouvertes');
    await expect(main.getByRole('link', { name: /Licence Ouverte/ })).toBeVisible();
    await expect(main).toContainText('deux fois par jour');
    // The e2e server has synced from the emulator before the tests start: the date is known.
    await expect(main.getByText(/Dernière mise à jour des données/)).toBeVisible();
    await expect(main.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
  });

  test('explains the limits and how to report an error', async ({ phare }) => {
    await expect(phare.main.getByRole('heading', { name: 'Limites à connaître', level: 2 })).toBeVisible();
    await expect(phare.main).toContainText('au niveau de la commune');
    await expect(phare.main.getByRole('heading', { name: 'Signaler une erreur', level: 2 })).toBeVisible();
    // No courriel configured in the e2e server: « à configurer », never the old made-up contact@phare.example.
    await expect(phare.main.getByRole('region', { name: 'Informations à configurer' })).toBeVisible();
    await expect(phare.main).toContainText('Son adresse de courriel n’est pas encore indiquée');
    await expect(phare.main.locator('a[href^="mailto:"]')).toHaveCount(0);
  });

  test('has no axe violation', async ({ phare }) => {
    await phare.expectNoAxeViolations();
  });
});
