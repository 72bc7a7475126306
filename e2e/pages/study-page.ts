import { mergeTests, type APIRequestContext, type Locator } from '@playwright/test';
import { PharePage, expect, test as phareTest } from '../fixtures';

/** Public category filter values (DESIGN.md), one per regime. */
export const CATEGORIES = ['jarde-1', 'jarde-2', 'jarde-3', 'medicament', 'dispositif', 'diagnostic'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Titles of the sections every study page has (French typography: a narrow no-break space before « ? »). */
export const SECTION_TITLES = [
  'Qui peut participer\u202F?',
  'Où\u202F?',
  'Comment participer\u202F?',
  'Participer en pratique',
  'Pour les professionnels',
] as const;
export const DOCTOR_NOTICE = 'Parlez-en avec votre médecin : Phare ne remplace pas un avis médical.';
export const NO_BENEFIT_NOTICE = 'Participer à une étude ne garantit pas un bénéfice personnel.';

export interface FoundStudy {
  id: string;
  title: string;
}

/** A study of one category from the JSON API (ids are never hard-coded: the dataset is generated). */
export async function findStudy(request: APIRequestContext, categorie: Category): Promise<FoundStudy> {
  const response = await request.get(`/api/studies?categorie=${categorie}&recrutement=tous&parPage=1`);
  expect(response.status(), `GET /api/studies?categorie=${categorie}`).toBe(200);
  const body = (await response.json()) as { results: FoundStudy[] };
  expect(body.results.length, `a study of category ${categorie}`).toBeGreaterThan(0);
  return body.results[0];
}

/** `/essais/{id}`: the study page in plain French. */
export class StudyPage extends PharePage {
  async open(id: string, query?: string): Promise<void> {
    await this.goto(`/essais/${encodeURIComponent(id)}${query ? `?${query}` : ''}`);
  }

  /** Client islands are live once the print button is enabled (it is disabled until hydration). */
  async waitForHydration(): Promise<void> {
    await expect(this.printButton).toBeEnabled();
  }

  get enBref(): Locator {
    return this.main.getByRole('region', { name: 'En bref' });
  }

  section(title: string): Locator {
    return this.main.getByRole('region', { name: title, exact: true });
  }

  get eligibility(): Locator {
    return this.section('Qui peut participer\u202F?');
  }

  get participation(): Locator {
    return this.section('Comment participer\u202F?');
  }

  get practice(): Locator {
    return this.section('Participer en pratique');
  }

  get professionals(): Locator {
    return this.section('Pour les professionnels');
  }

  /** The badges under the title: recruitment, the study's own status, category, phase. */
  get badges(): Locator {
    return this.main.getByRole('list', { name: 'Recrutement, état et catégorie' });
  }

  /** The printed sheet (hidden on screen: emulate print media to see it). */
  get doctorSheet(): Locator {
    return this.page.getByRole('region', { name: 'Fiche pour mon médecin' });
  }

  /**
   * The recruitment and the study's own status, in words, under the title, in « En bref » and for professionals;
   * never « Recrute en ce moment » unless `recruitment` says it.
   */
  async expectStatus(recruitment: string, status: string): Promise<void> {
    for (const scope of [this.badges, this.enBref, this.professionals]) {
      await expect(scope.getByText(recruitment, { exact: true })).toBeVisible();
      await expect(scope.getByText(status, { exact: true })).toBeVisible();
    }
    if (recruitment !== 'Recrute en ce moment') await expect(this.main.getByText('Recrute en ce moment')).toHaveCount(0);
  }

  /** Glossary disclosures (buttons with aria-expanded) of a part of the page. */
  glossaryButtons(scope: Locator = this.main): Locator {
    return scope.locator('button[aria-expanded][aria-controls]');
  }

  get printButton(): Locator {
    return this.main.getByRole('button', { name: /Fiche pour mon médecin/ });
  }

  get copyLinkButton(): Locator {
    return this.main.getByRole('button', { name: 'Copier le lien' });
  }

  async jsonLd(): Promise<Record<string, unknown>> {
    const text = await this.page.locator('script[type="application/ld+json"]').first().textContent();
    return JSON.parse(text ?? '') as Record<string, unknown>;
  }

  /** Number of pages of the print view as an A4 PDF (Chromium headless). */
  async printedPageCount(): Promise<number> {
    await this.page.emulateMedia({ media: 'print' });
    const pdf = await this.page.pdf({ format: 'A4', printBackground: true });
    await this.page.emulateMedia({ media: 'screen' });
    return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
  }
}

export const test = mergeTests(
  phareTest,
  phareTest.extend<{ study: StudyPage }>({
    study: async ({ page }, use) => {
      await use(new StudyPage(page));
    },
  }),
);

export { expect };
