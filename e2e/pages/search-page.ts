import { expect, type Locator, type Page } from '@playwright/test';
import { test as phareTest } from '../fixtures';

/**
 * Page objects of the search experience (home, results, embed), added to the shared fixtures. Map tiles are
 * answered locally with a 1×1 PNG: the tests never reach a tile server.
 */

const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

export class HomePage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    const response = await this.page.goto('/');
    expect(response?.status()).toBe(200);
  }

  get form(): Locator {
    return this.page.getByRole('search', { name: 'Rechercher une étude' });
  }

  get diseaseField(): Locator {
    return this.page.getByLabel('Maladie, symptôme ou mot-clé');
  }

  /** The « Où ? » box: a combobox with JavaScript, a text field without. */
  get placeField(): Locator {
    return this.page.getByLabel('Où ?');
  }

  get submit(): Locator {
    return this.form.getByRole('button', { name: 'Rechercher' });
  }

  get aroundMe(): Locator {
    return this.page.getByRole('button', { name: 'Autour de moi' });
  }

  get regions(): Locator {
    return this.page.getByRole('region', { name: 'Études par région' });
  }

  async search(disease: string, place?: string): Promise<void> {
    await this.diseaseField.fill(disease);
    if (place !== undefined) await this.placeField.fill(place);
    await this.submit.click();
    await expect(this.page).toHaveURL(/\/recherche\?/);
  }
}

export class ResultsPage {
  constructor(readonly page: Page) {}

  /** Opens the results of `query`; a search that cannot run answers 400, with the page that says why. */
  async goto(query = '', status = 200): Promise<void> {
    const response = await this.page.goto(`/recherche${query ? `?${query.replace(/^\?/, '')}` : ''}`);
    expect(response?.status()).toBe(status);
  }

  get main(): Locator {
    return this.page.getByRole('main');
  }

  get resultsHeading(): Locator {
    return this.page.getByRole('heading', { name: 'Résultats', level: 2 });
  }

  /** The live region that says how many studies were found. */
  get count(): Locator {
    return this.main.getByRole('status').filter({ hasText: /étude|Recherche en cours/ });
  }

  /** Result cards (each an article named by the study title). */
  get cards(): Locator {
    return this.main.getByRole('listitem').getByRole('article');
  }

  get firstResultLink(): Locator {
    return this.cards.first().getByRole('heading').getByRole('link');
  }

  /** Filters: the sidebar on wide screens, the disclosure on phones (opened when needed). */
  async filters(): Promise<Locator> {
    const sidebar = this.page.getByRole('complementary', { name: 'Filtrer' });
    const summary = this.page.getByText('Filtrer les résultats');
    // One of the two is shown, depending on the width: wait for it rather than look once (`isVisible` does not
    // wait, and a look taken while the page settles sent a wide screen to the hidden disclosure, until timeout).
    await expect(sidebar.or(summary).filter({ visible: true }).first()).toBeVisible();
    if (await sidebar.isVisible()) return sidebar;
    const details = this.page.locator('details').filter({ has: summary });
    if (!(await details.getAttribute('open').then((v) => v !== null))) await summary.click();
    await expect(details).toHaveAttribute('open', '');
    return details;
  }

  async chooseFilter(name: string | RegExp): Promise<void> {
    const panel = await this.filters();
    await panel.getByRole('link', { name }).click();
  }

  sortLink(name: string | RegExp): Locator {
    return this.page.getByRole('navigation', { name: 'Trier les résultats' }).getByRole('link', { name });
  }

  /** « Nous avons compris : … »: what was read in the disease box, with the way back. */
  get understood(): Locator {
    return this.main.getByRole('note', { name: 'Ce que Phare a compris' });
  }

  get pagination(): Locator {
    return this.page.getByRole('navigation', { name: 'Pages de résultats' });
  }

  async expectSomeResults(): Promise<void> {
    await expect(this.count).toHaveText(/^\d[\d\s\u202f]* études? trouvées?/);
    await expect(this.cards.first()).toBeVisible();
  }
}

export const test = phareTest.extend<{ home: HomePage; results: ResultsPage }>({
  page: async ({ page }, use) => {
    await page.route('**/tuiles-test/**', (route) =>
      route.fulfill({ status: 200, contentType: 'image/png', body: ONE_PIXEL_PNG }),
    );
    await use(page);
  },
  home: async ({ page }, use) => {
    await use(new HomePage(page));
  },
  results: async ({ page }, use) => {
    await use(new ResultsPage(page));
  },
});

export { expect };

/** Presses Tab until `target` has the focus (keyboard-only journeys); fails after `max` presses. */
export async function tabUntilFocused(page: Page, target: Locator, max = 150): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`Focus never reached the target after ${max} Tab presses`);
}

/** Horizontal overflow of the page, in CSS pixels (0 when nothing sticks out). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
