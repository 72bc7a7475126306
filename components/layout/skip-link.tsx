/** First focusable element of every page: jumps over the header to `<main id="contenu">`. */
export function SkipLink() {
  return (
    <a
      href="#contenu"
      className="sr-only left-2 top-2 z-50 print:hidden rounded-md bg-ink px-4 py-2 font-semibold text-paper focus:not-sr-only focus:absolute"
    >
      Aller au contenu
    </a>
  );
}
