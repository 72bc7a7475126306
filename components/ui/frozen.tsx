'use client';

import { createElement, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/** Contents of the parts seen in this tab, by page and part: a part shown again (back button) needs no request. */
const seen = new Map<string, string>();

const keyOf = (part: string) => `${window.location.pathname}${window.location.search}#${part}`;

type Attributes = { className?: string; id?: string; 'aria-label'?: string; 'aria-labelledby'?: string };

/**
 * A part of the page that nothing makes interactive, sent once as HTML (lib/server/frozen-parts.ts strips its
 * children from the document's flight data). React does not hydrate inside it: the server's HTML stays as it is.
 *
 * - With children (server rendering, client-side navigations): renders them.
 * - Without (a document whose flight data was stripped): keeps the server's HTML. If it is ever mounted afresh with
 *   nothing to show (the back button after a client-side navigation, a client render after an error), it shows what
 *   it held before in this tab, or else fetches the page and takes its own part from it.
 *
 * Put inside it only server markup: a client component inside keeps the part whole (it must be hydrated).
 */
export function Frozen({
  as = 'div',
  part,
  children,
  ...attributes
}: Attributes & { as?: 'div' | 'section' | 'dl' | 'ul' | 'header' | 'footer' | 'span'; part: string; children?: ReactNode }) {
  const ref = useRef<HTMLElement>(null);
  const stripped = children === undefined;
  const [html] = useState(() => (stripped && typeof window !== 'undefined' ? seen.get(keyOf(part)) ?? '' : ''));

  useLayoutEffect(() => {
    const element = ref.current;
    if (!stripped || !element) return;
    const key = keyOf(part);
    if (element.innerHTML) {
      seen.set(key, element.innerHTML);
      return;
    }
    let live = true;
    fetch(window.location.href, { headers: { accept: 'text/html' } })
      .then((response) => response.text())
      .then((text) => {
        const source = new DOMParser().parseFromString(text, 'text/html').querySelector(`[data-frozen="${CSS.escape(part)}"]`);
        if (!live || !source) return;
        element.innerHTML = source.innerHTML;
        seen.set(key, source.innerHTML);
      })
      .catch(() => {
        if (live) window.location.reload();
      });
    return () => {
      live = false;
    };
  }, [stripped, part]);

  if (!stripped) return createElement(as, { ...attributes, 'data-frozen': part }, children);
  return createElement(as, {
    ...attributes,
    'data-frozen': part,
    ref,
    suppressHydrationWarning: true,
    dangerouslySetInnerHTML: { __html: html },
  });
}
