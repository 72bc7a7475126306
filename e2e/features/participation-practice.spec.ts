import { participationInPractice } from '../../lib/study/participation-practice';
import { describeHealthyVolunteers } from '../../lib/study/plain-french';
import { describeRights, participationSteps } from '../../lib/study/rights';
import { CATEGORIES, expect, findStudy, test, type Category } from '../pages/study-page';
import { getStudy, searchStudies } from '../studies';

/**
 * « Comment participer ? » and « Participer en pratique » say what the law says for the study's category: who
 * pays, what consent is asked, who examined the study, insurance, minors and protected adults. Each page shows
 * the texts of `lib/study` for its own category, and a sentence that only that category has.
 */
const ONLY_IN: Record<Category, { present: string[]; absent: string[] }> = {
  'jarde-1': {
    present: ['Le promoteur fournit gratuitement les produits de l’étude.', 'L’ANSM doit aussi l’autoriser.'],
    absent: ['Vous n’avez rien à signer.'],
  },
  'jarde-2': {
    present: ['Le promoteur paie les examens et les actes que la recherche ajoute.', 'C’est un consentement exprès.'],
    absent: ['Vous n’avez rien à signer.'],
  },
  'jarde-3': {
    present: ['Vous n’avez rien à signer.', 'Vous pouvez refuser à tout moment que vos données servent à la recherche, sans dire pourquoi.'],
    absent: ['Si vous êtes d’accord, vous signez un formulaire de consentement.'],
  },
  medicament: {
    present: ['Le promoteur fournit gratuitement le médicament de l’essai.', 'Un résumé des résultats en mots simples est aussi publié dans la base européenne des essais, CTIS.'],
    absent: ['Vous n’avez rien à signer.'],
  },
  dispositif: {
    present: ['Le promoteur fournit le dispositif étudié.'],
    absent: ['Vous n’avez rien à signer.'],
  },
  diagnostic: {
    present: ['Le promoteur paie le test étudié et les examens faits en plus de vos soins.'],
    absent: ['Vous n’avez rien à signer.'],
  },
};

test.describe('participating, per category', () => {
  for (const categorie of CATEGORIES) {
    test(`a ${categorie} study says the rights and the practice of its category`, async ({ study, request }) => {
      const found = await findStudy(request, categorie);
      const full = await getStudy(request, found.id);
      await study.open(found.id);

      for (const block of participationInPractice(full)) {
        await expect(study.practice.getByRole('heading', { level: 3, name: block.heading })).toBeVisible();
        for (const p of block.paragraphs) await expect(study.practice.getByText(p, { exact: true }).first()).toBeVisible();
      }
      for (const block of describeRights(full)) {
        await expect(study.participation.getByRole('heading', { level: 4, name: block.heading })).toBeVisible();
        for (const p of block.paragraphs) await expect(study.participation.getByText(p, { exact: true }).first()).toBeVisible();
      }
      const steps = study.participation.getByRole('list').filter({ hasText: 'Parlez de cette étude à votre médecin.' });
      for (const s of participationSteps(full)) await expect(steps.getByText(s, { exact: true })).toBeVisible();

      const page = study.main;
      for (const s of ONLY_IN[categorie].present) await expect(page.getByText(s).first()).toBeVisible();
      for (const s of ONLY_IN[categorie].absent) await expect(page.getByText(s)).toHaveCount(0);
      await expect(study.main.getByRole('navigation', { name: 'Sur cette page' }).getByRole('link', { name: 'Participer en pratique' })).toHaveAttribute(
        'href',
        '#participer-en-pratique',
      );
    });
  }

  test('healthy volunteers: the cap and the national file, and an invitation only while recruiting', async ({ study, request }) => {
    const { results: open } = await searchStudies(request, 'categorie=jarde-1&volontaire=sain&parPage=1');
    expect(open.length, 'a recruiting category 1 study with healthy volunteers').toBe(1);
    const recruiting = await getStudy(request, open[0].id);
    await study.open(recruiting.id);
    const volunteers = study.practice.getByRole('heading', { level: 3, name: 'Si vous êtes en bonne santé' });
    await expect(volunteers).toBeVisible();
    await expect(study.practice).toContainText('fichier national des volontaires');
    await expect(study.enBref).toContainText(describeHealthyVolunteers(recruiting)!);

    const { results: closed } = await searchStudies(request, 'volontaire=sain&recrutement=termine&parPage=1');
    expect(closed.length, 'a closed study with healthy volunteers').toBe(1);
    const finished = await getStudy(request, closed[0].id);
    await study.open(finished.id);
    const sentence = describeHealthyVolunteers(finished)!;
    expect(sentence).not.toMatch(/cherche/);
    await expect(study.enBref).toContainText(sentence);
    await expect(study.eligibility).toContainText(sentence);
  });
});
