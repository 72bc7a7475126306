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
    await expect(main).toContainText('reste dans votre navigateur');
    await expect(main).toContainText('localStorage');
  });

  test('sets no cookie', async ({ phare }) => {
    await expect.poll(async () => (await phare.page.context().cookies()).length).toBe(0);
  });

  test('has no axe violation', async ({ phare }) => {
    await phare.expectNoAxeViolations();
  });
});
