import Link from 'next/link';
import { routes } from '@/lib/routes';

const linkClass = 'font-semibold text-accent-700 underline underline-offset-2';

/** Where to go from a page that is not there: the search, and the home page. */
export function NotFoundLinks() {
  return (
    <ul className="space-y-3">
      <li>
        <Link href={routes.search()} className={linkClass}>
          Rechercher une étude
        </Link>
      </li>
      <li>
        <Link href={routes.home()} className={linkClass}>
          Revenir à l’accueil
        </Link>
      </li>
    </ul>
  );
}
