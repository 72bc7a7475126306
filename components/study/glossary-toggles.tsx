'use client';

import { useEffect } from 'react';

/** Class set on `<html>` once glossary terms are buttons (app/globals.css shows the buttons, hides the links). */
const GLOSSARY_ENHANCED_CLASS = 'glossary-enhanced';

/**
 * Makes every glossary term of the page (components/study/glossary-term.tsx) a disclosure: one delegated listener,
 * so that it works for terms rendered later, after a client navigation, and inside parts of the page that React does
 * not hydrate. The buttons are real buttons: Enter and Space fire `click`.
 */
export function GlossaryToggles() {
  useEffect(() => {
    const root = document.documentElement;
    const onClick = (event: MouseEvent) => {
      const button = (event.target as Element | null)?.closest?.('button[data-glossary-toggle]');
      if (!button) return;
      const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
      if (!panel) return;
      const open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      panel.hidden = !open;
    };
    document.addEventListener('click', onClick);
    root.classList.add(GLOSSARY_ENHANCED_CLASS);
    return () => {
      document.removeEventListener('click', onClick);
      root.classList.remove(GLOSSARY_ENHANCED_CLASS);
    };
  }, []);
  return null;
}
