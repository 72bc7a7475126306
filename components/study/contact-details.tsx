import type { ContactPerson } from '@/lib/study/types';

const linkClass = 'font-medium text-accent-700 underline underline-offset-2 hover:text-accent-800 break-words';

export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** Name, organisation, e-mail (mailto) and phone (tel) of one contact; nothing when it has none of them. */
export function ContactDetails({ person, compact = false }: { person: Partial<ContactPerson>; compact?: boolean }) {
  const { name, organisation, email, phone } = person;
  if (!name && !organisation && !email && !phone) return null;
  return (
    <ul className={compact ? 'space-y-0.5' : 'space-y-1'}>
      {name ? <li className="font-semibold">{name}</li> : null}
      {organisation ? <li>{organisation}</li> : null}
      {email ? (
        <li>
          <span className="sr-only">E-mail : </span>
          <a href={`mailto:${email}`} className={linkClass}>
            {email}
          </a>
        </li>
      ) : null}
      {phone ? (
        <li>
          <span className="sr-only">Téléphone : </span>
          <a href={telHref(phone)} className={linkClass}>
            {phone}
          </a>
        </li>
      ) : null}
    </ul>
  );
}
