'use client';

import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { PlaceSuggestion } from '@/lib/geo/suggest';
import { handleComboboxKey } from './combobox-keys';
import { useHydrated } from './use-media';
import { MIN_SUGGEST_LENGTH, usePlaceSuggestions } from './use-place-suggestions';

const CODE_RE = /^(?:\d{5}|2[AB]\d{3})$/i;
const DEBOUNCE_MS = 200;

function placeLabel(s: PlaceSuggestion): string {
  return `${s.name} (${s.postcode ?? s.department})`;
}

/**
 * « Où ? »: a commune or a postcode, with suggestions (ARIA 1.2 combobox with a listbox popup; arrows, Enter,
 * Escape). The visible box shows the place's name; the form sends its INSEE code in `lieu`. Without
 * JavaScript it is a plain text field named `lieu`, where a postcode is a valid answer.
 */
export function PlaceCombobox({
  defaultCode,
  defaultLabel,
  inputClassName = '',
}: {
  defaultCode?: string;
  defaultLabel?: string;
  inputClassName?: string;
}) {
  const id = useId();
  const inputId = `${id}-lieu`;
  const listId = `${id}-suggestions`;
  const hintId = `${id}-aide`;
  const hydrated = useHydrated();

  const [text, setText] = useState(defaultLabel ?? defaultCode ?? '');
  const [selected, setSelected] = useState<{ code: string; label: string } | undefined>(
    defaultCode ? { code: defaultCode, label: defaultLabel ?? defaultCode } : undefined,
  );
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [debounced, setDebounced] = useState(text);

  useEffect(() => {
    const t = setTimeout(() => setDebounced(text), DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [text]);

  const typing = !selected && debounced.trim().length >= MIN_SUGGEST_LENGTH;
  const { data } = usePlaceSuggestions(typing ? debounced : '');
  const suggestions = typing ? (data ?? []) : [];
  const expanded = open && suggestions.length > 0;

  function choose(s: PlaceSuggestion) {
    const label = placeLabel(s);
    setSelected({ code: s.insee, label });
    setText(label);
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
      clearWhenClosed: () => {
        if (!text) return false;
        setText('');
        setSelected(undefined);
        return true;
      },
    });
  }

  // What the form sends: the chosen commune; for a typed code, the first commune of that postcode when it is one
  // (in `lieu` a code that is also an INSEE code reads as the INSEE code: 13004 is Arles, the postcode 13004 is
  // Marseille 4e), else the code as typed; else the best suggestion for the text.
  const trimmed = text.trim();
  const code = CODE_RE.test(trimmed) ? trimmed.toUpperCase() : undefined;
  const typedPostcode = code ? suggestions.find((s) => s.postcode === code) : undefined;
  const sent = selected
    ? selected.code
    : typedPostcode
      ? typedPostcode.insee
      : code
        ? code
        : trimmed && suggestions.length > 0
          ? suggestions[0].insee
          : trimmed;

  const count = suggestions.length;
  return (
    <div className="relative">
      <label htmlFor={inputId} className="block font-semibold">
        Où&#8239;?
      </label>
      <p id={hintId} className="text-base text-ink-muted">
        Commune ou code postal
      </p>
      <input
        id={inputId}
        type="text"
        name={hydrated ? undefined : 'lieu'}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        aria-describedby={hintId}
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setSelected(undefined);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(!selected)}
        className={inputClassName}
      />
      {hydrated && sent ? <input type="hidden" name="lieu" value={sent} /> : null}
      <ul
        id={listId}
        role="listbox"
        aria-label="Communes proposées"
        className={`absolute left-0 right-0 z-20 mt-1 max-h-80 overflow-auto rounded-md border border-line bg-paper shadow-lg ${
          expanded ? '' : 'hidden'
        }`}
      >
        {suggestions.map((s, i) => (
          // Keyboard choice goes through the input (arrows + Enter), per the ARIA combobox pattern.
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events
          <li
            key={`${s.insee}-${s.postcode ?? ''}`}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            // Keep the focus in the box: the choice is made on click without a blur first.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(s)}
            className={`cursor-pointer px-3 py-2 ${i === active ? 'bg-accent-700 text-paper' : 'hover:bg-accent-50'}`}
          >
            <span className="font-semibold">{placeLabel(s)}</span>
            <span className={i === active ? '' : 'text-ink-muted'}> — {s.departmentName}</span>
          </li>
        ))}
      </ul>
      <p className="sr-only" aria-live="polite">
        {open && typing ? (count === 0 ? 'Aucune commune proposée.' : `${count} commune${count > 1 ? 's' : ''} proposée${count > 1 ? 's' : ''}. Utilisez les flèches pour choisir.`) : ''}
      </p>
    </div>
  );
}
