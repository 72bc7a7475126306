import type { KeyboardEvent } from 'react';

/** What a combobox's keyboard handling needs to know and to change (ARIA 1.2 combobox with a listbox popup). */
export interface ComboboxKeyState {
  /** Number of suggestions shown when open. */
  count: number;
  /** Whether the listbox is open with suggestions in it. */
  expanded: boolean;
  /** Index of the highlighted suggestion, -1 for none. */
  active: number;
  setOpen: (open: boolean) => void;
  setActive: (update: (index: number) => number) => void;
  /** Chooses the suggestion at this index. */
  choose: (index: number) => void;
  /** Escape on a closed listbox: clears the box, when the combobox wants it; returns whether it did. */
  clearWhenClosed?: () => boolean;
}

/**
 * The keys of the two search comboboxes: arrows move through the suggestions (wrapping) and open the list, Enter
 * chooses the highlighted one (otherwise the form is sent as usual), Escape closes the list.
 */
export function handleComboboxKey(event: KeyboardEvent<HTMLInputElement>, state: ComboboxKeyState): void {
  const { count, expanded, active } = state;
  switch (event.key) {
    case 'ArrowDown':
    case 'ArrowUp': {
      if (count === 0) return;
      event.preventDefault();
      state.setOpen(true);
      const down = event.key === 'ArrowDown';
      state.setActive((i) => {
        if (!expanded) return down ? 0 : count - 1;
        if (down) return i >= count - 1 ? 0 : i + 1;
        return i <= 0 ? count - 1 : i - 1;
      });
      break;
    }
    case 'Enter':
      if (expanded && active >= 0) {
        event.preventDefault();
        state.choose(active);
      }
      break;
    case 'Escape':
      if (expanded) {
        event.preventDefault();
        state.setOpen(false);
        state.setActive(() => -1);
      } else if (state.clearWhenClosed?.()) {
        event.preventDefault();
      }
      break;
    default:
      break;
  }
}
