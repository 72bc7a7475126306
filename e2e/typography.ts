import type { Locator } from '@playwright/test';

/**
 * French typography of what a person reads (DESIGN.md « Plain French »): scans the visible text of a part of the
 * page — `main` usually — and returns every fault, with a little context:
 * - an ordinary space, or none, before « : » ; a narrow or plain no-break space is right (U+00A0 or U+202F);
 * - an ordinary space, or none, before « ; ! ? » ending a clause;
 * - a straight apostrophe between two letters (l'étude);
 * - « and » with an ordinary space inside, or none.
 * Text in another language (`lang` not French), code, form fields and hidden parts are skipped; so are URLs,
 * courriel addresses and times (10:30), which are not prose. Playwright's text matchers fold every space into
 * one, so they cannot see these faults: this reads `textContent` itself.
 */
export async function typographyFaults(scope: Locator): Promise<string[]> {
  return scope.evaluate((root) => {
    const faults: string[] = [];
    const skip = (el: Element | null): boolean => {
      for (let e = el; e && e !== root.parentElement; e = e.parentElement) {
        const tag = e.tagName;
        if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'CODE' || tag === 'PRE' || tag === 'KBD' || tag === 'TEXTAREA') return true;
        const lang = e.getAttribute('lang');
        if (lang && !/^fr(-|$)/i.test(lang)) return true;
      }
      return false;
    };
    const visible = (el: Element): boolean =>
      // Visually hidden text (sr-only) is read aloud: it counts. `display: none` and closed <details> do not.
      typeof el.checkVisibility === 'function' ? el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions) || el.closest('.sr-only') !== null : true;
    const notProse = /(?:https?:\/\/|www\.)\S+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|\b\d{1,2}:\d{2}\b/gu;
    const rules: [RegExp, string][] = [
      [/(?:^| |[\p{L}\p{N})»])[:](?=\s|$)/gu, 'espace ordinaire ou absente avant « : »'],
      [/(?:^| |[\p{L}\p{N})»])[;!?]+(?=\s|$|»|\))/gu, 'espace ordinaire ou absente avant « ; ! ? »'],
      [/\p{L}'\p{L}/gu, 'apostrophe droite'],
      [/«(?!\u00A0)|(?<!\u00A0)»/gu, 'guillemets sans espace insécable'],
    ];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const raw = node.textContent ?? '';
      if (!parent || !raw.trim() || skip(parent) || !visible(parent)) continue;
      const text = raw.replace(notProse, (m) => '\u2060'.repeat(m.length));
      for (const [rule, name] of rules) {
        rule.lastIndex = 0;
        for (const m of text.matchAll(rule)) {
          const at = m.index ?? 0;
          // A mark at the very start of a text node follows an element (« <strong>Catégorie 1</strong>&nbsp;: »):
          // look at the character before it in the page.
          if (at === 0 && m[0].length === 1 && /^[:;!?]/.test(m[0])) {
            const before = node.previousSibling?.textContent ?? parent.previousSibling?.textContent ?? '';
            if (/[\u00A0\u202F]$/.test(before)) continue;
          }
          faults.push(`${name} : « ${raw.slice(Math.max(0, at - 25), at + 15).replace(/\s+/g, ' ')} »`);
        }
      }
    }
    return faults;
  });
}
