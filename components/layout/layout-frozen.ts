'use client';

/**
 * `Frozen` for the layout (header, footer), from a module only the layout imports. Next.js names, in each page's
 * flight data, the chunks to load for a client component from one entry that uses it: for a module used by the
 * layout and by pages, a page that does not use it itself (`/accessibilite`) was told to load the home page's
 * chunks, search code included. Imported from here, the layout's copy is named with the layout's chunks.
 */
export { Frozen } from '@/components/ui/frozen';
