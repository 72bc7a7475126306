import { Frozen } from '@/components/ui/frozen';
import { CopyButton } from './copy-button';
import { PrintButton } from './print-button';

const linkButton =
  'inline-flex items-center gap-2 rounded-lg border-2 border-accent-700 bg-paper px-4 py-2 font-semibold text-accent-700 hover:bg-accent-50';

/** Print the sheet, copy the link, send it by courriel, report an error: all on the visitor's side, nothing stored. */
export function ShareActions({ url, shareHref, reportHref }: { url: string; shareHref: string; reportHref: string }) {
  return (
    <section aria-labelledby="partager-titre" className="space-y-3 print:hidden">
      <h2 id="partager-titre" className="sr-only">
        Imprimer et partager
      </h2>
      <div className="flex flex-wrap items-center gap-3">
        <PrintButton />
        <CopyButton value={url} label="Copier le lien" copiedMessage="Lien copié. Vous pouvez le coller où vous voulez." />
        <a href={shareHref} className={linkButton}>
          Envoyer par courriel
        </a>
      </div>
      <Frozen part="adresse" className="space-y-3">
        <p className="text-base">
          Adresse de cette page&nbsp;: <span className="break-all font-mono text-sm">{url}</span>
        </p>
        <p className="text-base">
          <a href={reportHref} className="link">
            Signaler une information erronée
          </a>{' '}
          <span className="text-ink-muted">(ouvre votre messagerie&#8239;; Phare n’enregistre rien)</span>
        </p>
      </Frozen>
    </section>
  );
}
