import { InfoIcon } from '@/components/ui/icons';

/** Said wherever demo data is shown (DESIGN.md "Demo data is fiction and says so"). */
export function DemoBanner() {
  return (
    <div role="note" className="border-b-2 border-ink bg-paper-warm">
      <div className="mx-auto flex max-w-5xl items-start gap-3 px-4 py-3 sm:px-6">
        <InfoIcon className="mt-1 h-5 w-5 shrink-0" />
        <p>
          <strong className="font-bold">Données de démonstration fictives.</strong>{' '}
          <span>Les études affichées sont inventées, pour montrer le fonctionnement du site.</span>
        </p>
      </div>
    </div>
  );
}
