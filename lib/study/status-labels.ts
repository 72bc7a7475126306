/**
 * The study's own status in words (DESIGN.md « Status »: always shown beside the recruitment badge). A module of
 * its own so that the result cards, a client island, carry these words without the rest of `plain-french.ts`;
 * `plain-french.ts` re-exports them.
 */
import type { StudyStatus } from './types';

/** The study's own status, shown beside the recruitment badge (DESIGN.md « Status »). */
export const STUDY_STATUS_LABELS: Record<StudyStatus, string> = {
  'a-demarrer': 'Pas encore commencée',
  prorogee: 'Pas encore commencée',
  'en-cours': 'Étude en cours',
  suspendue: 'Étude suspendue',
  terminee: 'Étude terminée',
  arretee: 'Étude arrêtée avant son terme',
  abandonnee: 'Étude abandonnée',
  expiree: 'Non commencée, délai dépassé',
  inconnu: 'Statut non précisé',
};

/** One plain sentence per status, for the tooltip or the line under the badges. */
export const STUDY_STATUS_SENTENCES: Record<StudyStatus, string> = {
  'a-demarrer': 'L’étude a reçu le feu vert, mais elle n’a pas encore commencé.',
  prorogee: 'L’étude n’a pas encore commencé. Le délai pour la commencer a été prolongé.',
  'en-cours': 'L’étude a commencé et se poursuit.',
  suspendue: 'L’étude est arrêtée pour un temps. Elle peut reprendre plus tard.',
  terminee: 'L’étude est finie.',
  arretee: 'L’étude a été arrêtée plus tôt que prévu. Les raisons peuvent être variées. Demandez-les à l’équipe de l’étude.',
  abandonnee: 'Le promoteur a renoncé à cette étude.',
  expiree: 'L’étude n’a pas commencé dans le délai prévu. Le feu vert qu’elle avait reçu n’est plus valable.',
  inconnu: 'Nous ne savons pas où en est l’étude.',
};
