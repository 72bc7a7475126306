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
  { phrase: 'stade de Tanner', why: 'Un stade de la puberté, pas le stade d’une maladie.' },
  { phrase: 'stades de Tanner', why: 'Un stade de la puberté, pas le stade d’une maladie.' },
  { phrase: 'stade de la ménopause', why: 'Une étape de la vie, pas le stade d’une maladie.' },
  { phrase: 'tolérance à l’effort', why: 'Une capacité physique, pas la tolérance d’un traitement.' },
  // « promoteur » of a gene, not the sponsor.
  ...['promoteur du gène', 'promoteur de gène', 'méthylation du promoteur', 'mutation du promoteur',
    'mutations du promoteur', 'région promotrice', 'promoteur MGMT', 'promoteur de MGMT', 'promoteur TERT',
    'promoteur de TERT'].map((phrase) => ({ phrase, why: 'Une partie d’un gène, pas le promoteur d’une étude.' })),
  // « phase précoce » of a disease, not the first administrations to humans.
  ...['phase précoce de la maladie', 'phase précoce de l’infection', 'phase précoce du cancer', 'phase précoce de la grossesse',
    'maladie en phase précoce', 'cancer en phase précoce', 'en phase précoce de'].map(
    (phrase) => ({ phrase, why: 'Le début d’une maladie, pas un essai de première administration à l’humain.' }),
  ),
  // « dépistage » in a trial: the visits that check who may take part, not the screening of healthy people.
  ...['visite de dépistage', 'visites de dépistage', 'période de dépistage', 'phase de dépistage', 'échec de dépistage',
    'échecs de dépistage', 'bilan de dépistage', 'examens de dépistage de l’étude'].map(
    (phrase) => ({ phrase, why: 'Les examens qui vérifient qui peut participer, pas le dépistage d’une maladie.' }),
  ),
  // « inclusion » as a cell body or in « non-inclusion ».
  ...['myosite à inclusions', 'corps d’inclusion', 'corps d’inclusions', 'non-inclusion'].map(
    (phrase) => ({ phrase, why: 'Pas l’inclusion d’une personne dans une étude.' }),
  ),
  { phrase: 'biopsie liquide', why: 'Une prise de sang qui cherche des traces de tumeur, pas un prélèvement de tissu.' },
  { phrase: 'biopsies liquides', why: 'Des prises de sang qui cherchent des traces de tumeur, pas un prélèvement de tissu.' },
  ...['protocole de chimiothérapie', 'protocoles de chimiothérapie', 'protocole de radiothérapie', 'protocole de soins'].map(
    (phrase) => ({ phrase, why: 'Un schéma de traitement, pas le protocole d’une étude.' }),
  ),
  { phrase: 'phase # du cycle', why: 'Une étape d’un cycle (de traitement, menstruel), pas une phase d’essai.' },
  { phrase: 'phase folliculaire', why: 'Une étape du cycle menstruel, pas une phase d’essai.' },
  { phrase: 'phase lutéale', why: 'Une étape du cycle menstruel, pas une phase d’essai.' },
];
