/** The 404 of an unknown study id (thrown by `[id]/layout.tsx`): the same page as `[id]/not-found.tsx`. */
export { default } from './[id]/not-found';
