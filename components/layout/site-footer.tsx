import { routes } from '@/lib/routes';
import { ACCESSIBILITY_TEXTS } from '@/lib/study/legal-texts';
import { Container } from '@/components/ui/container';
import { Frozen } from './layout-frozen';
import { LighthouseLogo } from './lighthouse-logo';

const LINKS = [
  { href: routes.accessibility(), label: ACCESSIBILITY_TEXTS.footerLabel },
  { href: routes.about(), label: 'À propos des données' },
  { href: routes.privacy(), label: 'Confidentialité' },
  { href: routes.glossary(), label: 'Glossaire' },
  { href: routes.integrate(), label: 'Intégrer Phare à votre site' },
];

/**
 * Footer of every page: the medical disclaimer and the links to the information pages. Sent once, as HTML
 * (`Frozen`): its links are plain links, which load their page (served from the page cache).
 */
export function SiteFooter() {
  return (
    <Frozen as="footer" part="pied-de-page" className="mt-16 border-t border-line/40 bg-paper-warm print:hidden">
      <Container className="space-y-6 py-10">
        <p className="flex items-start gap-2 text-lg font-semibold">
          <LighthouseLogo className="mt-0.5 h-6 w-6 shrink-0 text-accent-700" />
          <span>Phare ne remplace pas un avis médical.</span>
        </p>
        <nav aria-label="Pied de page">
          <ul className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:gap-x-6">
            {LINKS.map((l) => (
              <li key={l.href}>
                <a href={l.href} className="text-accent-700 underline underline-offset-2 hover:text-accent-800">
                  {l.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <p className="max-w-prose text-base text-ink-muted">
          Les informations sur les études viennent d’ECLAIRE, la base publique des recherches menées en France. Ce
          sont des données publiques ouvertes.
        </p>
      </Container>
    </Frozen>
  );
}
