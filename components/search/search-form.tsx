import Form from 'next/form';
import { routes } from '@/lib/routes';
import { SearchIcon } from '@/components/ui/icons';
import { PlaceCombobox } from './place-combobox';

const fieldClass =
  'mt-1 block w-full rounded-md border border-line bg-paper px-3 py-2.5 text-lg text-ink placeholder:text-ink-muted';

/**
 * The search box (STYLE.md rule 5: `next/form`, GET to /recherche). Works without JavaScript: the browser
 * submits `maladie` and `lieu` as an ordinary form. `hidden` keeps a region or a department chosen earlier.
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
        <div>
          <label htmlFor="champ-maladie" className="block font-semibold">
            Maladie, symptôme ou mot-clé
          </label>
          <p id="aide-maladie" className="text-base text-ink-muted">
            Par exemple&nbsp;: asthme, cancer du sein, diabète
          </p>
          <input
            id="champ-maladie"
            type="search"
            name="maladie"
            defaultValue={maladie}
            maxLength={200}
            autoComplete="off"
            aria-describedby="aide-maladie"
            className={fieldClass}
          />
        </div>
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
