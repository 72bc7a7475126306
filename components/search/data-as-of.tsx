const formatter = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' });

/** « Données ECLAIRE mises à jour le 27 novembre 2025 à 06:10. » from an ISO date; says so when unknown. */
export function DataAsOf({ iso, className = '' }: { iso?: string | null; className?: string }) {
  const date = iso ? new Date(iso) : undefined;
  if (!date || Number.isNaN(date.getTime())) {
    return <p className={className}>La date de mise à jour des données n’est pas encore connue.</p>;
  }
  return (
    <p className={className}>
      Données ECLAIRE mises à jour le <time dateTime={date.toISOString()}>{formatter.format(date)}</time>.
    </p>
  );
}
