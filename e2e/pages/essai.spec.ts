import http from 'node:http';
import { frenchTypography } from '../../lib/text/typography';
import { getStudy, searchStudies } from '../studies';
import { CATEGORIES, DOCTOR_NOTICE, NO_BENEFIT_NOTICE, SECTION_TITLES, expect, findStudy, test } from './study-page';

test.describe('/essais/{id}', () => {
  for (const categorie of CATEGORIES) {
    test(`a study of category ${categorie} renders its sections`, async ({ study, request }) => {
      const found = await findStudy(request, categorie);
      await study.open(found.id);
      await study.expectSingleH1(found.title);
      await expect(study.page).toHaveTitle(/— Phare$/);
      await study.expectLangFr();
      await study.expectShell();
      await expect(study.enBref).toBeVisible();
      for (const name of ['Ce qui est étudié', 'Qui peut participer', 'Où', 'Ce que cela implique', 'Recrutement', 'Qui contacter']) {
        await expect(study.enBref.getByRole('term').filter({ hasText: new RegExp(`^${name}$`) })).toBeVisible();
      }
      await expect(study.enBref.getByText(DOCTOR_NOTICE)).toBeVisible();
      await expect(study.enBref.getByText(NO_BENEFIT_NOTICE)).toBeVisible();
      for (const title of SECTION_TITLES) {
        await expect(study.section(title).getByRole('heading', { level: 2, name: title })).toBeVisible();
      }
      await expect(study.section('Pour les professionnels')).toContainText(found.id);
      await expect(study.section('Pour les professionnels').getByRole('link', { name: /Ressource ResearchStudy/ })).toHaveAttribute(
        'href',
        `/api/fhir/ResearchStudy/${found.id}`,
      );
    });
  }

  test('keeps its title and description in <head> when first asked by a client without User-Agent', async ({ request, baseURL }) => {
    const found = await findStudy(request, 'jarde-1');
    // A URL of its own (the page cache keys on the query too), asked first by a client that sends no User-Agent:
    // the render the cache keeps is the one every later visitor and crawler gets. Each server worker has its own
    // cache, and connections are dealt to workers in turn: eight new connections reach every worker of this machine.
    const path = `/essais/${found.id}?depuis=sans-agent`;
    for (let i = 0; i < 8; i++) {
      await new Promise<void>((resolve, reject) => {
        http.get(new URL(path, baseURL), { agent: false }, (res) => res.resume().on('end', resolve)).on('error', reject);
      });
    }
    const html = await (await request.get(path)).text();
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toMatch(/<meta name="description" content="[^"]+"/);
    expect(head).toMatch(/<title>[^<]+ — Phare<\/title>/);
  });

  test('shows distances when the visitor gave a place', async ({ study, request }) => {
    const found = await findStudy(request, 'jarde-2');
    await study.open(found.id, 'lieu=75056');
    const where = study.enBref.getByRole('definition').filter({ hasText: /Paris|lieu/ });
    await expect(where.first()).toBeVisible();
  });

  test('has schema.org MedicalTrial JSON-LD', async ({ study, request }) => {
    const found = await findStudy(request, 'medicament');
    await study.open(found.id);
    const doc = await study.jsonLd();
    expect(doc['@context']).toBe('https://schema.org');
    expect(doc['@type']).toBe('MedicalTrial');
    // Upstream texts are rendered in French typography, the JSON-LD included.
    expect(doc.name).toBe(frenchTypography(found.title));
    expect(JSON.stringify(doc.identifier)).toContain(found.id);
  });

  test('glossary disclosures have names and open with the keyboard', async ({ study, request }) => {
    let opened = false;
    for (const categorie of ['jarde-1', 'medicament', 'jarde-2'] as const) {
      const found = await findStudy(request, categorie);
      await study.open(found.id);
      await study.waitForHydration();
      const buttons = study.glossaryButtons();
      if ((await buttons.count()) === 0) continue;
      const button = buttons.first();
      await expect(button).toHaveAccessibleName(/\S/);
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      const panel = study.page.locator(`[id="${await button.getAttribute('aria-controls')}"]`);
      await expect(panel).toBeHidden();
      await button.focus();
      await study.page.keyboard.press('Enter');
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      await expect(panel).toBeVisible();
      await expect(panel.getByRole('link', { name: 'Voir le glossaire' })).toHaveAttribute('href', /^\/glossaire#terme-/);
      await study.page.keyboard.press('Space');
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      opened = true;
      break;
    }
    expect(opened, 'a study page with a glossary term').toBe(true);
  });

  test('the checklist is ticked locally', async ({ study, request }) => {
    // A study that has conditions to take part: its page must offer the checklist.
    const { results } = await searchStudies(request, 'categorie=jarde-1&recrutement=tous&parPage=30');
    let id: string | undefined;
    for (const summary of results) {
      if ((await getStudy(request, summary.id)).eligibility.inclusion.length > 0) {
        id = summary.id;
        break;
      }
    }
    expect(id, 'a study with inclusion criteria').toBeDefined();
    await study.open(id!);
    await study.waitForHydration();
    const checklist = study.eligibility.getByText('Liste à cocher pour vous');
    await expect(checklist).toBeVisible();
    await checklist.click();
    const box = study.eligibility.getByRole('checkbox').first();
    // The box itself hydrated (React attached its props): a click before that is undone by hydration.
    await expect.poll(() => box.evaluate((el) => Object.keys(el).some((k) => k.startsWith('__reactProps$')))).toBe(true);
    await box.check();
    await expect(box).toBeChecked();
    await expect(study.eligibility.getByRole('status')).toContainText('1 condition remplie');
  });

  test('the doctor sheet prints on one A4 page', async ({ study, request }) => {
    for (const categorie of ['medicament', 'jarde-1'] as const) {
      const found = await findStudy(request, categorie);
      await study.open(found.id);
      await expect(study.printButton).toBeEnabled();
      expect(await study.printedPageCount(), `printed pages of ${found.id}`).toBe(1);
    }
  });

  test('copy link confirms visibly', async ({ study, request, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const found = await findStudy(request, 'jarde-3');
    await study.open(found.id);
    await study.copyLinkButton.click();
    await expect(study.main.getByRole('status').filter({ hasText: 'Lien copié' })).toBeVisible();
    // « courriel », one vocabulary (was « e-mail »).
    await expect(study.main.getByRole('link', { name: 'Envoyer par courriel' })).toHaveAttribute('href', /^mailto:\?subject=/);
    await expect(study.main.getByRole('link', { name: 'Signaler une information erronée' })).toHaveAttribute('href', /^mailto:/);
  });

  test('an unknown id answers the French 404 page', async ({ page }) => {
    const response = await page.goto('/essais/2099-A99999-99');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Étude introuvable');
  });

  test('has no axe violation', async ({ study, request }) => {
    const found = await findStudy(request, 'jarde-2');
    await study.open(found.id);
    // The Leaflet map is the map colleague's and is checked by its own spec.
    await study.expectNoAxeViolations({ exclude: ['.leaflet-container'] });
  });

  test('the embed view is compact, opens Phare in a new tab and passes axe', async ({ study, request }) => {
    const found = await findStudy(request, 'dispositif');
    await study.goto(`/embed/essais/${found.id}`);
    await expect(study.page.getByRole('heading', { level: 1 })).toHaveText(found.title);
    const link = study.page.getByRole('link', { name: /Voir l’étude en entier sur Phare/ });
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('href', new RegExp(`/essais/${found.id}$`));
    await study.expectNoAxeViolations();
  });
});
