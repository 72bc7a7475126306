/**
 * The search's limits and defaults, apart from the parsing (lib/search/params.ts) so that a page that only needs a
 * number (the home page's search box and its `maxLength`) does not bring zod into the browser with it.
 */
export const DEFAULT_RADIUS_KM = 30;
export const MAX_RADIUS_KM = 1000;
export const MIN_RADIUS_KM = 1;
export const DEFAULT_PER_PAGE = 20;
export const MAX_PER_PAGE = 100;
export const MAX_PAGE = 500;
export const MAX_TEXT_LENGTH = 200;
export const MAX_AGE = 120;
