'use client';

import type { AnchorHTMLAttributes, MouseEvent } from 'react';

/**
 * Changes the search in place: pushes the new URL (Next.js keeps `useSearchParams` and back/forward in step
 * with `history.pushState`), and the results island fetches the new page through TanStack Query. The server
 * page is not rendered again. Without JavaScript it is an ordinary link.
 */
export function navigateSearch(href: string): void {
  window.history.pushState(null, '', href);
}

export function SearchLink({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    navigateSearch(href);
  }
  // The content arrives through `rest.children`.
  // eslint-disable-next-line jsx-a11y/anchor-has-content
  return <a href={href} onClick={handleClick} {...rest} />;
}
