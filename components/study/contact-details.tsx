import type { ContactPerson } from '@/lib/study/types';

const linkClass = 'link break-words';

export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** The postal address in reading order: street lines, then « postcode city », then the country. */
export function addressLines(address: ContactPerson['address']): string[] {
  if (!address) return [];
  const town = [address.postcode, address.city].filter(Boolean).join(' ');
  return [...address.lines, ...(town ? [town] : []), ...(address.country ? [address.country] : [])].filter(Boolean);
}

/**
 * Name, organisation, postal address (with `withAddress`), courriel (mailto) and phone (tel) of one contact;
 * nothing when it has none of them.
 */
export function ContactDetails({
  person,
  compact = false,
  withAddress = false,
}: {
  person: Partial<ContactPerson>;
  compact?: boolean;
  withAddress?: boolean;
}) {
  const { name, organisation, email, phone } = person;
  const address = withAddress ? addressLines(person.address) : [];
  if (!name && !organisation && !email && !phone && address.length === 0) return null;
  return (
    <ul className={compact ? 'space-y-0.5' : 'space-y-1'}>
      {name ? <li className="font-semibold">{name}</li> : null}
      {organisation ? <li>{organisation}</li> : null}
      {address.length ? (
        <li>
          <span className="sr-only">Adresse&nbsp;: </span>
          <address className="not-italic">
            {address.map((line, i) => (
              <span key={i} className="block">
                {line}
              </span>
            ))}
          </address>
        </li>
      ) : null}
      {email ? (
        <li>
          <span className="sr-only">Courriel&nbsp;: </span>
          <a href={`mailto:${email}`} className={linkClass}>
            {email}
          </a>
        </li>
      ) : null}
      {phone ? (
        <li>
          <span className="sr-only">Téléphone&nbsp;: </span>
          <a href={telHref(phone)} className={linkClass}>
            {phone}
          </a>
        </li>
      ) : null}
    </ul>
  );
}
