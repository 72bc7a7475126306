'use client';

import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { DiseaseSuggestion } from '@/lib/search/disease-suggestions';
import { MAX_TEXT_LENGTH } from '@/lib/search/limits';
import { handleComboboxKey } from './combobox-keys';
import { MIN_DISEASE_SUGGEST_LENGTH, useDiseaseSuggestions } from './use-disease-suggestions';

const DEBOUNCE_MS = 200;

function studiesLabel(s: DiseaseSuggestion): string | undefined {
  if (s.open === undefined) return undefined;
  return s.open === 0 ? 'aucune étude ouverte' : `${s.open} étude${s.open > 1 ? 's' : ''} ouverte${s.open > 1 ? 's' : ''}`;
}

/**
 * « Maladie, symptôme ou mot-clé »: free text with suggestions of diseases (ARIA 1.2 combobox with a listbox popup,
 * as the « Où ? » box: arrows, Enter, Escape). Choosing a suggestion puts its words in the box; the form sends the
 * box's text as `maladie`, whatever was chosen. Without JavaScript it is a plain text field named `maladie`.
 */
export function DiseaseCombobox({
  defaultValue,
  inputClassName = '',
}: {
  defaultValue?: string;
  inputClassName?: string;
}) {
  const id = useId();
  const listId = `${id}-maladies`;
  const [text, setText] = useState(defaultValue ?? '');
  const [typed, setTyped] = useState(false);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [debounced, setDebounced] = useState(text);

  useEffect(() => {
    const t = setTimeout(() => setDebounced(text), DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [text]);

  // Suggestions only for what the person is typing (not for the words of the page they arrived on).
  const asking = typed && debounced.trim().length >= MIN_DISEASE_SUGGEST_LENGTH;
  const { data } = useDiseaseSuggestions(asking ? debounced : '');
  const suggestions = asking ? (data ?? []) : [];
  const expanded = open && suggestions.length > 0;

  function choose(s: DiseaseSuggestion) {
    setText(s.label);
    setTyped(false);
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    handleComboboxKey(event, {
      count: suggestions.length,
      expanded,
      active,
      setOpen,
      setActive,
      choose: (index) => choose(suggestions[index]),
    });
  }

  const count = suggestions.length;
  return (
    <div className="relative">
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
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        aria-describedby="aide-maladie"
        autoComplete="off"
        maxLength={MAX_TEXT_LENGTH}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setTyped(true);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(typed)}
        className={inputClassName}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Maladies proposées"
        className={`absolute left-0 right-0 z-20 mt-1 max-h-80 overflow-auto rounded-md border border-line bg-paper shadow-lg ${
          expanded ? '' : 'hidden'
        }`}
      >
        {suggestions.map((s, i) => {
          const studies = studiesLabel(s);
          return (
            // Keyboard choice goes through the input (arrows + Enter), per the ARIA combobox pattern.
            // eslint-disable-next-line jsx-a11y/click-events-have-key-events
            <li
              key={s.label}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              // Keep the focus in the box: the choice is made on click without a blur first.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(s)}
              className={`cursor-pointer px-3 py-2 ${i === active ? 'bg-accent-700 text-paper' : 'hover:bg-accent-50'}`}
            >
              <span className="font-semibold">{s.label}</span>
              {studies ? <span className={i === active ? '' : 'text-ink-muted'}> — {studies}</span> : null}
            </li>
          );
        })}
      </ul>
      <p className="sr-only" aria-live="polite">
        {open && asking
          ? count === 0
            ? ''
            : `${count} maladie${count > 1 ? 's' : ''} proposée${count > 1 ? 's' : ''}. Utilisez les flèches pour choisir.`
          : ''}
      </p>
    </div>
  );
}
