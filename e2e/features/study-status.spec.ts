import { mergeTests } from '@playwright/test';
import { OUTCOMES_TEXTS, UNCLASSIFIED_TEXTS } from '../../lib/study/page-texts';
import { RECRUITMENT_SENTENCES, STUDY_STATUS_LABELS, STUDY_STATUS_SENTENCES } from '../../lib/study/plain-french';
import { test as searchTest } from '../pages/search-page';
import { expect, test as studyTest } from '../pages/study-page';
import { getStudy, injectStudy, otherCharacteristic, removeInjected, searchStudies, upstreamIds } from '../studies';

const test = mergeTests(studyTest, searchTest);

/**
 * A study's own status is shown beside its recruitment everywhere, and a study is never shown as recruiting when
 * its status closes it (DESIGN.md « Status »). Studies are found through the API or the emulator, or injected when
 * the fictional dataset has none of the kind.
 */
test.describe('a study’s own status, beside its recruitment', () => {
  test('a suspended study has its own badge and sentence, and is not in the default search', async ({ study, request }) => {
    const { total, results } = await searchStudies(request, 'recrutement=suspendu&parPage=20');
    expect(total, 'suspended studies in the dataset').toBeGreaterThan(0);
    for (const r of results) expect(r.recruitment).toBe('suspendu');
    const found = results[0];

    await study.open(found.id);
    await study.expectStatus('Recrutement suspendu', STUDY_STATUS_LABELS[found.status]);
    await expect(study.enBref).toContainText(RECRUITMENT_SENTENCES.suspendu);
    await expect(study.enBref).toContainText(STUDY_STATUS_SENTENCES[found.status]);

    // Typed as a number it is found (every status), but never among the recruiting ones.
    expect((await searchStudies(request, `maladie=${found.id}`)).results[0]).toMatchObject({ id: found.id, recruitment: 'suspendu' });
    expect((await searchStudies(request, `maladie=${found.id}&recrutement=ouvert`)).total).toBe(0);
  });

  test('« Recrutement suspendu » is a filter with its count; its chip and every card say it', async ({
    page,
    results,
    request,
  }) => {
    const { total } = await searchStudies(request, 'recrutement=suspendu');
    await results.goto();
    await results.expectSomeResults();
    const panel = await results.filters();
    const option = panel.getByRole('link', { name: /^Recrutement suspendu/ });
    await expect(option).toContainText(`(${total})`);
    await option.click();
    await expect(page).toHaveURL(/recrutement=suspendu/);
    await expect(page.getByRole('link', { name: /Recrutement suspendu.*\(retirer ce filtre\)/ })).toBeVisible();
    await expect(panel.getByRole('link', { name: /^Recrutement suspendu.*choisi/ })).toBeVisible();
    await results.expectSomeResults();
    const cards = await results.cards.all();
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      await expect(card.getByText('Recrutement suspendu', { exact: true })).toBeVisible();
      await expect(card.getByText('Recrute en ce moment')).toHaveCount(0);
    }
  });

  test('the Atom feed follows « recrutement=suspendu », never with a future date', async ({ request }) => {
    const { total } = await searchStudies(request, 'recrutement=suspendu');
    const feed = await request.get('/recherche/flux?recrutement=suspendu');
    expect(feed.status()).toBe(200);
    const xml = await feed.text();
    const summaries = [...xml.matchAll(/<summary[^>]*>([^<]*)<\/summary>/g)].map((m) => m[1]);
    expect(summaries.length).toBe(Math.min(total, 50));
    for (const s of summaries) expect(s).toMatch(/^Recrutement suspendu\. /);
    // <updated> is never after the date of the data (no future fallback date).
    const feedUpdated = /<feed[\s\S]*?<updated>([^<]+)<\/updated>/.exec(xml)![1];
    for (const m of xml.matchAll(/<entry>[\s\S]*?<updated>([^<]+)<\/updated>/g)) {
      expect(Date.parse(m[1]), `entry <updated> ${m[1]}`).toBeLessThanOrEqual(Date.parse(feedUpdated));
    }
  });

  test('the embedded search takes « recrutement=suspendu » too', async ({ page }) => {
    const response = await page.goto('/embed/recherche?recrutement=suspendu');
    expect(response?.status()).toBe(200);
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: /Recrutement suspendu.*\(retirer ce filtre\)/ })).toBeVisible();
    const card = main.getByRole('article').first();
    await expect(card.getByText('Recrutement suspendu', { exact: true })).toBeVisible();
    await expect(card.getByRole('list', { name: 'Recrutement, état et catégorie' })).toContainText(/Étude suspendue|Statut non précisé/);
  });

  test('a completed study still declared recruiting upstream is shown as finished', async ({ study, request }) => {
    const id = await injectStudy(request, {
      title: 'Étude terminée dont le promoteur déclare encore le recrutement ouvert',
      status: 'completed',
      recruitment: 'recruiting',
      sites: [{ name: 'Centre hospitalier fictif', city: 'Rennes' }],
    });
    try {
      await study.open(id);
      await study.expectStatus('Recrutement terminé', STUDY_STATUS_LABELS.terminee);
      await expect(study.enBref).toContainText(RECRUITMENT_SENTENCES.termine);
      await expect(study.main.getByText('Ce que veut dire « Recrute en ce moment »')).toHaveCount(0);
      expect(await getStudy(request, id)).toMatchObject({ recruitment: 'termine', status: 'terminee' });
      expect((await searchStudies(request, `maladie=${id}&recrutement=ouvert`)).total).toBe(0);
      expect((await searchStudies(request, `maladie=${id}`)).results[0]).toMatchObject({ id, recruitment: 'termine' });
    } finally {
      await removeInjected(request, id);
    }
  });

  test('a withdrawn study says so and is not recruiting', async ({ study, request }) => {
    const [id] = await upstreamIds(request, 'status=withdrawn');
    const full = await getStudy(request, id);
    expect(['abandonnee', 'expiree']).toContain(full.status);
    expect(full.recruitment).toBe('termine');
    await study.open(id);
    await study.expectStatus('Recrutement terminé', STUDY_STATUS_LABELS[full.status]);
    await expect(study.enBref).toContainText(STUDY_STATUS_SENTENCES[full.status]);
    expect((await searchStudies(request, `maladie=${id}&recrutement=ouvert`)).total).toBe(0);
  });

  test('an approved study that has not started is not recruiting yet', async ({ study, request }) => {
    const [id] = await upstreamIds(request, 'status=approved');
    const full = await getStudy(request, id);
    expect(['a-demarrer', 'prorogee', 'expiree']).toContain(full.status);
    expect(full.recruitment).not.toBe('ouvert');
    await study.open(id);
    await study.expectStatus(full.recruitment === 'a-venir' ? 'Recrutement à venir' : 'Recrutement terminé', STUDY_STATUS_LABELS[full.status]);
    expect((await searchStudies(request, `maladie=${id}&recrutement=ouvert`)).total).toBe(0);
  });

  test('« Recrute en ce moment » only for studies in progress, and what it means is said under the badge', async ({
    results,
    study,
    request,
  }) => {
    const { results: open } = await searchStudies(request, 'parPage=100');
    expect(open.length).toBeGreaterThan(0);
    for (const r of open) expect({ id: r.id, recruitment: r.recruitment, status: r.status }).toEqual({ id: r.id, recruitment: 'ouvert', status: 'en-cours' });

    await results.goto();
    for (const card of await results.cards.all()) {
      await expect(card.getByText('Recrute en ce moment', { exact: true })).toBeVisible();
      await expect(card.getByText(STUDY_STATUS_LABELS['en-cours'], { exact: true })).toBeVisible();
    }

    await study.open(open[0].id);
    await study.expectStatus('Recrute en ce moment', STUDY_STATUS_LABELS['en-cours']);
    await study.main.getByText('Ce que veut dire « Recrute en ce moment »').click();
    await expect(study.main.getByText('Les places peuvent être déjà prises.')).toBeVisible();
    await expect(study.main.getByText('C’est le promoteur de l’étude qui le déclare.', { exact: false })).toBeVisible();
  });

  test('a legacy study: what it measures has its own section, criteria without kind stay out of the conditions', async ({
    study,
    request,
  }) => {
    const inclusion = 'Adulte âgé de 18 ans ou plus';
    const exclusion = 'Grossesse en cours';
    const unclassified = 'Distance parcourue à pied en six minutes';
    const primary = 'Nombre de chutes pendant six mois';
    const secondary = 'Overall survival at two years after the first dose of the study treatment';
    const id = await injectStudy(request, {
      title: 'Étude ancienne aux critères mêlés',
      status: 'active',
      recruitment: 'recruiting',
      characteristics: [
        otherCharacteristic(inclusion, false),
        otherCharacteristic(exclusion, true),
        otherCharacteristic(unclassified, false),
        otherCharacteristic(primary, false, 'judgement-criteria'),
        otherCharacteristic(secondary, true, 'judgement-criteria'),
      ],
    });
    try {
      // The mirror does not hold it yet: the page reads it from the upstream (fetch-on-miss), the API then has it.
      await study.open(id);
      await study.waitForHydration();
      const full = await getStudy(request, id);
      expect(full.eligibility).toMatchObject({ inclusion: [{ text: inclusion }], exclusion: [{ text: exclusion }], unclassified: [{ text: unclassified }] });

      const measures = study.section(OUTCOMES_TEXTS.heading);
      await expect(measures.getByRole('list', { name: OUTCOMES_TEXTS.primary.one })).toContainText(primary);
      const secondaryList = measures.getByRole('list', { name: OUTCOMES_TEXTS.secondary.one });
      await expect(secondaryList.locator('[lang="en"]')).toHaveText(secondary);
      await expect(secondaryList).toContainText('Texte original en anglais');
      await expect(study.main.getByRole('navigation', { name: 'Sur cette page' }).getByRole('link', { name: OUTCOMES_TEXTS.heading })).toHaveAttribute(
        'href',
        '#ce-que-l-etude-mesure',
      );

      const conditions = study.eligibility.getByRole('list', { name: 'Conditions pour participer' });
      await expect(conditions).toContainText(inclusion);
      await expect(conditions).not.toContainText(unclassified);
      await expect(conditions).not.toContainText(primary);
      await expect(study.eligibility.getByRole('list', { name: UNCLASSIFIED_TEXTS.heading })).toContainText(unclassified);

      await study.eligibility.getByText('Liste à cocher pour vous').click();
      await expect(study.eligibility.getByRole('checkbox', { name: inclusion })).toBeVisible();
      await expect(study.eligibility.getByRole('checkbox', { name: unclassified })).toHaveCount(0);
      await expect(study.eligibility.getByRole('checkbox', { name: primary })).toHaveCount(0);

      await study.page.emulateMedia({ media: 'print' });
      await expect(study.doctorSheet).toBeVisible();
      await expect(study.doctorSheet).toContainText(inclusion);
      await expect(study.doctorSheet).toContainText('Critère de jugement principal');
      await expect(study.doctorSheet).not.toContainText(unclassified);
      await study.page.emulateMedia({ media: 'screen' });
    } finally {
      await removeInjected(request, id);
    }
  });
});
