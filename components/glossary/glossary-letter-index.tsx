/** Letter index of /glossaire: links to `#lettre-x` sections. */
export function GlossaryLetterIndex({ letters }: { letters: string[] }) {
  return (
    <nav aria-label="Index alphabétique" className="-mx-4 border-b sm:sticky sm:top-0 sm:z-10 border-line/40 bg-paper/95 px-4 py-3">
      <ul className="flex flex-wrap gap-1">
        {letters.map((letter) => (
          <li key={letter}>
            <a
              href={`#lettre-${letter.toLowerCase()}`}
              className="inline-flex h-11 min-w-11 items-center justify-center rounded-md border border-line/60 px-2 font-semibold text-accent-700 hover:bg-accent-50"
            >
              <span className="sr-only">Lettre </span>
              {letter}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
