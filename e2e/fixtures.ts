import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { ACCESSIBILITY_TEXTS } from '../lib/study/legal-texts';

/**
 * Shared page-object fixtures of Phare's end-to-end tests.
 *
 * Other areas add their own page objects in their own file and combine them:
 *   import { mergeTests } from '@playwright/test';
 *   import { test as phareTest, expect } from '../fixtures';
 *   const searchTest = phareTest.extend<{ search: SearchPage }>({ search: async ({ page }, use) => use(new SearchPage(page)) });
 *   export const test = mergeTests(phareTest, searchTest);
 */

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Links every page's footer must carry (accessible name → path). */
export const FOOTER_LINKS: readonly { name: string | RegExp; href: string }[] = [
  // « non conforme » until a full audit (RGAA): the old « partiellement conforme » was not true.
  { name: ACCESSIBILITY_TEXTS.footerLabel, href: '/accessibilite' },
  { name: /À propos/, href: '/a-propos' },
  { name: 'Confidentialité', href: '/confidentialite' },
  { name: 'Glossaire', href: '/glossaire' },
  { name: /Intégrer/, href: '/integrer' },
];

/** The site shell (header, footer, main) and the checks every page shares. */
export class PharePage {
  constructor(readonly page: Page) {}

  /** Opens a path; a new document must answer below 400 (a same-document hash change has no response). */
  async goto(path: string): Promise<void> {
    const response = await this.page.goto(path);
    if (response) expect(response.status(), `HTTP status of ${path}`).toBeLessThan(400);
  }

  get main(): Locator {
    return this.page.getByRole('main');
  }

  get header(): Locator {
    return this.page.getByRole('banner');
  }

  get footer(): Locator {
    return this.page.getByRole('contentinfo');
  }

  get mainNav(): Locator {
    return this.page.getByRole('navigation', { name: 'Navigation principale' });
  }

  /** The page's only `h1`. */
  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  async expectTitle(title: string | RegExp): Promise<void> {
    await expect(this.page).toHaveTitle(title);
  }

  /** Exactly one `h1`, with this name, inside `<main id="contenu">`. */
  async expectSingleH1(name: string | RegExp): Promise<void> {
    await expect(this.heading).toHaveCount(1);
    await expect(this.main.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(this.main).toHaveAttribute('id', 'contenu');
  }

  async expectLangFr(): Promise<void> {
    await expect(this.page.locator('html')).toHaveAttribute('lang', 'fr');
  }

  /** The skip link is the first thing the keyboard reaches, and it targets the main content. */
  async expectSkipLink(): Promise<void> {
    await this.page.keyboard.press('Tab');
    const skip = this.page.getByRole('link', { name: 'Aller au contenu' });
    await expect(skip).toBeFocused();
    await expect(skip).toHaveAttribute('href', '#contenu');
  }

  async expectShell(): Promise<void> {
    await expect(this.header.getByRole('link', { name: /Phare/ })).toHaveAttribute('href', '/');
    await expect(this.mainNav.getByRole('link', { name: 'Rechercher' })).toHaveAttribute('href', '/recherche');
    await expect(this.mainNav.getByRole('link', { name: 'Glossaire' })).toHaveAttribute('href', '/glossaire');
    await expect(this.mainNav.getByRole('link', { name: 'À propos' })).toHaveAttribute('href', '/a-propos');
  }

  async expectFooter(): Promise<void> {
    await expect(this.footer).toContainText('Phare ne remplace pas un avis médical.');
    for (const { name, href } of FOOTER_LINKS) {
      await expect(this.footer.getByRole('link', { name }), `footer link to ${href}`).toHaveAttribute('href', href);
    }
  }

  /** axe-core on the current page, WCAG 2.0/2.1 A and AA; prints a readable list when it fails. */
  async expectNoAxeViolations(opts: { exclude?: string[] } = {}): Promise<void> {
    let builder = new AxeBuilder({ page: this.page }).withTags(AXE_TAGS);
    for (const selector of opts.exclude ?? []) builder = builder.exclude(selector);
    const { violations } = await builder.analyze();
    const summary = violations.map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
    expect(summary, 'accessibility violations (axe-core)').toEqual([]);
  }
}

export const test = base.extend<{ phare: PharePage }>({
  phare: async ({ page }, use) => {
    await use(new PharePage(page));
  },
});

export { expect };
