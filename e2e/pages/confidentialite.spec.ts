import { expect, test } from '../fixtures';

test.describe('/confidentialite', () => {
  test.beforeEach(async ({ phare }) => {
    await phare.goto('/confidentialite');
  });

  test('has its title, one h1 and the site shell', async ({ phare }) => {
    await phare.expectTitle('Confidentialité — Phare');
    await phare.expectSingleH1('Confidentialité');
    await phare.expectLangFr();
    await phare.expectShell();
    await phare.expectFooter();
  });

  test('says what is and is not collected', async ({ phare }) => {
    const main = phare.main;
    await expect(main.getByText('Pas de cookie.')).toBeVisible();
    await expect(main.getByText(/Pas de traceur/)).toBeVisible();
    await expect(main.getByText('Pas de compte à créer.')).toBeVisible();
    await expect(main.getByRole('heading', { name: /Autour de moi/, level: 2 })).toBeVisible();
    // The position is in the page's address, so it reaches the server's logs: the old « Votre position reste
    // dans votre navigateur » and « Phare ne tient aucun fichier sur vous » were false.
    await expect(main).not.toContainText('Votre position reste dans votre navigateur');
    await expect(main).not.toContainText('aucun fichier');
    await expect(main.getByRole('heading', { name: 'Les journaux du serveur', level: 2 })).toBeVisible();
    await expect(main).toContainText('l’adresse IP, la date et l’heure, et l’adresse de la page demandée');
    await expect(main).toContainText('la maladie, le lieu, ou votre position');
    await expect(main).toContainText('Les recherches que vous enregistrez restent dans votre navigateur.');
  });

  test('says « à configurer » for who runs the site, the courriel and the retention while they are unset', async ({ phare }) => {
    const main = phare.main;
    const notice = main.getByRole('region', { name: 'Informations à configurer' });
    await expect(notice).toBeVisible();
    for (const item of ['Le nom de qui gère ce site.', 'L’adresse de courriel où écrire.', 'La durée de conservation des journaux du serveur.']) {
      await expect(notice.getByRole('listitem').filter({ hasText: item })).toBeVisible();
    }
    await expect(main).toContainText('Leur durée de conservation n’est pas encore indiquée (à configurer).');
    await expect(main.locator('a[href^="mailto:"]')).toHaveCount(0);
    await expect(main).not.toContainText('phare.example');
  });

  test('sets no cookie', async ({ phare }) => {
    await expect.poll(async () => (await phare.page.context().cookies()).length).toBe(0);
  });

  test('has no axe violation', async ({ phare }) => {
    await phare.expectNoAxeViolations();
  });
});
