'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { routes } from '@/lib/routes';
import { LOCATE_HELP } from '@/lib/study/legal-texts';
import { TargetIcon } from '@/components/ui/icons';
import { useHydrated } from './use-media';

const round3 = (n: number) => String(Math.round(n * 1000) / 1000);

const MESSAGES = {
  unsupported: 'Votre navigateur ne permet pas de vous localiser. Indiquez plutôt une commune ou un code postal.',
  denied: 'Vous n’avez pas autorisé la localisation. Vous pouvez indiquer une commune ou un code postal.',
  unavailable: 'Votre position n’a pas pu être trouvée. Indiquez plutôt une commune ou un code postal.',
  timeout: 'La localisation a pris trop de temps. Réessayez, ou indiquez une commune.',
} as const;

/**
 * « Autour de moi »: asks the browser for the position and opens the results sorted by distance. The position
 * is rounded to about 100 m and put in the address of the results: it reaches the server and its logs like any
 * page address (the help line says so).
 * Hidden (but its place kept) until JavaScript runs: without it, the button could do nothing.
 */
export function LocateMeButton() {
  const router = useRouter();
  const hydrated = useHydrated();
  const [state, setState] = useState<'idle' | 'pending'>('idle');
  const [message, setMessage] = useState('');

  function locate() {
    if (!('geolocation' in navigator)) {
      setMessage(MESSAGES.unsupported);
      return;
    }
    setState('pending');
    setMessage('Recherche de votre position…');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const qs = new URLSearchParams({
          lat: round3(position.coords.latitude),
          lon: round3(position.coords.longitude),
          tri: 'distance',
        });
        setMessage('Position trouvée. Ouverture des résultats…');
        router.push(routes.search(qs));
      },
      (error) => {
        setState('idle');
        setMessage(
          error.code === error.PERMISSION_DENIED
            ? MESSAGES.denied
            : error.code === error.TIMEOUT
              ? MESSAGES.timeout
              : MESSAGES.unavailable,
        );
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 10 * 60_000 },
    );
  }

  return (
    <div className={hydrated ? '' : 'invisible'}>
      <button
        type="button"
        onClick={locate}
        disabled={!hydrated || state === 'pending'}
        aria-describedby="autour-de-moi-aide"
        className="inline-flex min-h-12 items-center gap-2 rounded-md border-2 border-accent-700 px-5 py-2 font-semibold text-accent-700 hover:bg-accent-50 disabled:cursor-wait"
      >
        <TargetIcon />
        Autour de moi
      </button>
      <p id="autour-de-moi-aide" className="mt-1 text-base text-ink-muted">
        {LOCATE_HELP}
      </p>
      <p role="status" className="mt-1 min-h-[1.65em]">
        {message}
      </p>
    </div>
  );
}
