import { StudyNotFound } from '@/components/not-found/study-not-found';
import { readTemporaryNote } from './lookup-note';

/** An id that neither the mirror nor ECLAIRE knows — or, said as such, one that cannot be looked up for now. */
export default async function StudyNotFoundPage() {
  return <StudyNotFound note={await readTemporaryNote()} />;
}
