import { useSyncExternalStore } from 'react';

/**
 * Searches saved in this browser only (localStorage): a label and the URL of the results. Nothing is sent to
 * Phare's server.
 */
export interface SavedSearch {
  label: string;
  url: string;
  savedAt: string;
}

const KEY = 'phare:recherches-enregistrees';
const CHANGE_EVENT = 'phare:recherches-enregistrees';
const MAX_SAVED = 20;
const EMPTY: SavedSearch[] = [];

let cachedRaw: string | null = null;
let cachedList: SavedSearch[] = EMPTY;

function read(): SavedSearch[] {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(KEY);
  } catch {
    return EMPTY;
  }
  if (raw === cachedRaw) return cachedList;
  cachedRaw = raw;
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    cachedList = Array.isArray(parsed)
      ? parsed.filter(
          (s): s is SavedSearch =>
            typeof s === 'object' && s !== null && typeof s.label === 'string' && typeof s.url === 'string' && s.url.startsWith('/'),
        )
      : EMPTY;
  } catch {
    cachedList = EMPTY;
  }
  return cachedList;
}

function write(list: SavedSearch[]): boolean {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(list.slice(0, MAX_SAVED)));
  } catch {
    return false;
  }
  window.dispatchEvent(new Event(CHANGE_EVENT));
  return true;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

export function useSavedSearches(): SavedSearch[] {
  return useSyncExternalStore(subscribe, read, () => EMPTY);
}

/** Saves (or moves to the top) a search; false when the browser refuses to store it. */
export function saveSearch(label: string, url: string): boolean {
  const others = read().filter((s) => s.url !== url);
  return write([{ label, url, savedAt: new Date().toISOString() }, ...others]);
}

export function deleteSavedSearch(url: string): void {
  write(read().filter((s) => s.url !== url));
}
