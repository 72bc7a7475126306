import { ClockIcon } from '@/components/ui/icons';

const formatter = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
});

/** Date of the last successful update of the local copy of ECLAIRE (`lastSync`: ISO 8601), in French. */
export function DataFreshness({ lastSync }: { lastSync?: string }) {
  const date = lastSync ? new Date(lastSync) : undefined;
  const valid = date !== undefined && !Number.isNaN(date.getTime());
  return (
    <p className="flex items-start gap-2">
      <ClockIcon className="mt-1 h-5 w-5 shrink-0 text-accent-700" />
      {valid ? (
        <span>
          Dernière mise à jour des données&nbsp;:{' '}
          <time dateTime={date.toISOString()} className="font-semibold">
            {formatter.format(date)}
          </time>{' '}
          (heure de Paris).
        </span>
      ) : (
        <span>La date de la dernière mise à jour n’est pas encore connue. La première mise à jour est peut-être en cours.</span>
      )}
    </p>
  );
}
