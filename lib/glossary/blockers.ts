import type { GlossaryBlocker } from './types';

/**
 * Phrases consumed by the matcher without a link (see `find-terms.ts`): each contains a word of the glossary
 * with another meaning. Prefer adding the longer expression to the glossary when it deserves a definition
 * (« leucémie aiguë », « survie sans maladie », « clairance de la créatinine » are terms); a blocker is for
 * an expression Phare does not explain, so that nothing wrong is attached to it. `#` stands for a number.
 */
export const GLOSSARY_BLOCKERS: readonly GlossaryBlocker[] = [
  // « catégorie N » belongs to JARDÉ only in a regulatory context.
  ...['obésité', 'obésités'].flatMap((w) =>
    ['catégorie #', 'classe #', 'grade #', 'de catégorie #', 'de classe #', 'de grade #'].map((rest) => ({
      phrase: `${w} ${rest}`,
      why: 'Une classe d’obésité (selon l’IMC), pas une catégorie JARDÉ.',
    })),
  ),
  { phrase: 'catégorie socioprofessionnelle', why: 'Une catégorie sociale, pas une catégorie JARDÉ.' },
  { phrase: 'catégories socioprofessionnelles', why: 'Une catégorie sociale, pas une catégorie JARDÉ.' },
  // « échantillon » in the statistical sense.
  ...['échantillon représentatif', 'échantillons représentatifs', 'taille de l’échantillon', 'taille d’échantillon',
    'échantillon aléatoire', 'échantillon de population', 'échantillon de patients', 'échantillon national'].map(
    (phrase) => ({ phrase, why: 'Un échantillon au sens des statistiques (un groupe de personnes), pas un prélèvement.' }),
  ),
  // « in vitro » outside a diagnostic test.
  { phrase: 'maturation in vitro', why: 'Un geste de la procréation assistée, pas un test de diagnostic.' },
  // « tolérance » in other senses.
  { phrase: 'tolérance au glucose', why: 'Un test du sucre dans le sang, pas la tolérance d’un traitement.' },
  { phrase: 'intolérance au glucose', why: 'Un trouble du sucre dans le sang, pas la tolérance d’un traitement.' },
  { phrase: 'tolérance immunitaire', why: 'Un état du système de défense, pas la tolérance d’un traitement.' },
  // « stade » of sleep is not a disease stage.
  { phrase: 'stade de sommeil', why: 'Une phase du sommeil, pas le stade d’une maladie.' },
  { phrase: 'stades de sommeil', why: 'Une phase du sommeil, pas le stade d’une maladie.' },
];
