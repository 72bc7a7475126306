'use client';

import { useId, useState } from 'react';

/**
 * A checklist the person ticks for themselves. Nothing leaves the page: no storage, no request. It never gives
 * a verdict: only the study team can say whether someone can take part.
 */
type Item = { text: string; lang?: string };

export function EligibilityChecklist({ inclusion, exclusion }: { inclusion: Item[]; exclusion: Item[] }) {
  const [checked, setChecked] = useState<Record<string, boolean>>({});
  const baseId = useId();
  const countIn = inclusion.filter((_, i) => checked[`in-${i}`]).length;
  const countEx = exclusion.filter((_, i) => checked[`ex-${i}`]).length;
  const toggle = (key: string) => setChecked((c) => ({ ...c, [key]: !c[key] }));

  const box = (key: string, { text, lang }: Item) => (
    <li key={key} className="flex items-start gap-3">
      <input
        id={`${baseId}-${key}`}
        type="checkbox"
        checked={!!checked[key]}
        onChange={() => toggle(key)}
        className="mt-1.5 h-5 w-5 shrink-0 accent-accent-700"
      />
      <label htmlFor={`${baseId}-${key}`} className="cursor-pointer" lang={lang}>
        {text}
      </label>
    </li>
  );

  return (
    <div className="space-y-5">
      <p>
        Cochez ce qui vous correspond. Rien n’est envoyé ni enregistré&nbsp;: la liste reste sur votre écran. Seule
        l’équipe de l’étude peut dire si vous pouvez participer.
      </p>
      {inclusion.length > 0 ? (
        <fieldset className="space-y-2">
          <legend className="mb-2 font-semibold">Je remplis ces conditions&nbsp;:</legend>
          <ul className="space-y-2">{inclusion.map((t, i) => box(`in-${i}`, t))}</ul>
        </fieldset>
      ) : null}
      {exclusion.length > 0 ? (
        <fieldset className="space-y-2">
          <legend className="mb-2 font-semibold">Ces situations me concernent&nbsp;:</legend>
          <ul className="space-y-2">{exclusion.map((t, i) => box(`ex-${i}`, t))}</ul>
        </fieldset>
      ) : null}
      <p role="status" aria-live="polite" className="rounded-md bg-paper-warm px-3 py-2">
        {inclusion.length > 0 ? `${countIn} condition${countIn > 1 ? 's' : ''} remplie${countIn > 1 ? 's' : ''} sur ${inclusion.length}. ` : ''}
        {exclusion.length > 0 ? `${countEx} situation${countEx > 1 ? 's' : ''} qui vous concerne${countEx > 1 ? 'nt' : ''}. ` : ''}
        Montrez cette liste à votre médecin.
      </p>
      <button
        type="button"
        onClick={() => setChecked({})}
        className="rounded-lg border border-line px-3 py-1.5 text-base font-medium text-accent-700 hover:bg-accent-50"
      >
        Tout décocher
      </button>
    </div>
  );
}
