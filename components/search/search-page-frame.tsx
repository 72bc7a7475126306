import type { ReactNode } from 'react';

/** The frame of /recherche (and of its skeleton): a wider column than reading pages, for list, filters and map. */
export function SearchPageFrame({ children, skeleton = false }: { children: ReactNode; skeleton?: boolean }) {
  return (
    <main
      id="contenu"
      tabIndex={-1}
      className="py-6 focus:outline-none sm:py-8"
      {...(skeleton ? { 'data-squelette-recherche': '' } : {})}
    >
      <div className="mx-auto w-full max-w-7xl px-4 sm:px-6">{children}</div>
    </main>
  );
}

export function SearchPageTitle() {
  return <h1 className="text-3xl font-bold leading-tight tracking-tight sm:text-4xl">Rechercher une étude clinique</h1>;
}
