import { Frozen } from '@/components/ui/frozen';
import type { Metadata } from 'next';
import { GLOSSARY_ENTRIES_CLASS, GlossaryEntry } from '@/components/glossary/glossary-entry';
import { GlossaryLetterIndex } from '@/components/glossary/glossary-letter-index';
import { Container } from '@/components/ui/container';
import { ArrowUpIcon } from '@/components/ui/icons';
import { PageHeading } from '@/components/ui/page-heading';
import { GLOSSARY_TERMS, groupGlossaryTermsByLetter } from '@/lib/glossary/terms';

export const metadata: Metadata = {
  title: 'Glossaire',
  description:
    'Les mots de la recherche clinique expliqués simplement\u00A0: randomisé, placebo, double aveugle, phases, catégories JARDÉ…',
};

export default function GlossaryPage() {
  const groups = groupGlossaryTermsByLetter();
  return (
    <main id="contenu" tabIndex={-1} className="py-8 focus:outline-none">
      <Container>
        <PageHeading
          lead={`${GLOSSARY_TERMS.length} mots de la recherche clinique et de la médecine, expliqués simplement. Votre médecin reste la meilleure personne pour répondre à vos questions.`}
        >
          Glossaire
        </PageHeading>
        <GlossaryLetterIndex letters={groups.map((g) => g.letter)} />
        {/* Sent once, as HTML (components/ui/frozen.tsx); the entries' style written once for all. */}
        <Frozen part="mots" className={GLOSSARY_ENTRIES_CLASS}>
          {groups.map((group) => (
            <section key={group.letter} aria-labelledby={`lettre-${group.letter.toLowerCase()}`} className="mt-8">
              <h2 id={`lettre-${group.letter.toLowerCase()}`} className="scroll-mt-24 text-3xl font-bold text-accent-800">
                {group.letter}
              </h2>
              {group.terms.map((term) => (
                <GlossaryEntry key={term.slug} term={term} />
              ))}
              <p className="mt-2">
                <a href="#contenu" className="inline-flex items-center gap-1 text-base text-accent-700 underline underline-offset-2">
                  <ArrowUpIcon />
                  Retour en haut de la page
                </a>
              </p>
            </section>
          ))}
        </Frozen>
      </Container>
    </main>
  );
}
