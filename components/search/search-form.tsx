import Form from 'next/form';
import { routes } from '@/lib/routes';
import { SearchIcon } from '@/components/ui/icons';
import { DiseaseCombobox } from './disease-combobox';
import { PlaceCombobox } from './place-combobox';

const fieldClass =
  'mt-1 block w-full rounded-md border border-line bg-paper px-3 py-2.5 text-lg text-ink placeholder:text-ink-muted';

/**
 * The search box (STYLE.md rule 5: `next/form`, GET to /recherche). Works without JavaScript: the browser
 * submits `maladie` and `lieu` as an ordinary form. Both boxes suggest as the person types (ARIA comboboxes);
 * a place typed in the disease box (« asthme lyon ») is understood by the search itself (lib/search/understand.ts). `hidden` keeps a region or a department chosen earlier.
 */
export function SearchForm({
  maladie,
  lieuCode,
  lieuLabel,
  hidden = {},
  compact = false,
}: {
  maladie?: string;
  lieuCode?: string;
  lieuLabel?: string;
  hidden?: Record<string, string>;
  compact?: boolean;
}) {
  return (
    <Form action={routes.search()} role="search" aria-label="Rechercher une étude" className="w-full">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className={`grid gap-4 ${compact ? 'md:grid-cols-[minmax(0,3fr)_minmax(0,2fr)_auto] md:items-end' : 'sm:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] sm:items-end'}`}>
        <DiseaseCombobox defaultValue={maladie} inputClassName={fieldClass} />
        <PlaceCombobox defaultCode={lieuCode} defaultLabel={lieuLabel} inputClassName={fieldClass} />
        <div className={compact ? '' : 'sm:col-span-2'}>
          <button
            type="submit"
            className="inline-flex min-h-12 w-full items-center justify-center gap-2 rounded-md bg-accent-700 px-6 py-2.5 text-lg font-semibold text-paper hover:bg-accent-800 sm:w-auto"
          >
            <SearchIcon />
            Rechercher
          </button>
        </div>
      </div>
    </Form>
  );
}
