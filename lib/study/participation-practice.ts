/**
 * « Participer en pratique », for every study, per legal category: costs, healthy volunteers, stopping, after
 * the study, if something goes wrong. And what « Recrute en ce moment » means in practice.
 *
 * Used by the study page: a « Participer en pratique » section after « Comment participer ? »
 * (`participationInPractice(study)`, one `TextBlock` per heading), and a short note under the recruitment badge
 * of a recruiting study (`recruitingMeaning(study)`, undefined when recruitment is not `ouvert`).
 *
 * Legal basis (Code de la santé publique, CSP):
 * - free products and protocol costs paid by the sponsor: CSP L1121-16-1; drugs: regulation (EU) 536/2014
 *   art. 92 (investigational products and procedures at no cost to the participant);
 * - no payment beyond the repayment of costs (travel…) and, where the case arises, an indemnity for the
 *   constraints; a yearly maximum of indemnities fixed by arrêté of the health minister; no indemnity for
 *   minors, protected adults, people deprived of liberty…: CSP L1121-11;
 * - the national file of volunteers (« fichier VRB »), which checks the exclusion periods and the yearly
 *   maximum: CSP L1121-16 (research of category 1 and drug trials; for category 2 only when required, hence
 *   the cautious wording);
 * - withdrawal at any time without detriment: CSP L1122-1; regulation 536/2014 art. 28(3);
 * - overall results: CSP L1122-1; drug trials: summary for laypersons, regulation 536/2014 art. 37(4);
 * - liability and insurance: CSP L1121-10; the CCI and the ONIAM: CSP L1142-3; drugs, devices, IVD:
 *   regulations 536/2014 art. 76, 2017/745 art. 69, 2017/746 art. 65.
 * Post-trial access to a treatment is not a right in French law: the texts say it is not guaranteed.
 */
import { legalCategory, type LegalCategory } from './rights';
import type { TextBlock } from './text-block';
import type { Study } from './types';

const CSP = (article: string) => `Code de la santé publique, article ${article}`;

// ---------- costs ----------

const COSTS: Record<LegalCategory, string[]> = {
  'jarde-1': [
    'Participer ne vous coûte rien.',
    'Le promoteur fournit gratuitement les produits de l’étude. Il paie aussi les examens faits en plus de vos soins.',
  ],
  'jarde-2': ['Participer ne vous coûte rien.', 'Le promoteur paie les examens et les actes que la recherche ajoute.'],
  'jarde-3': ['Participer ne vous coûte rien.', 'Vos soins restent ceux d’habitude, et ils sont pris en charge comme d’habitude.'],
  medicament: [
    'Participer ne vous coûte rien.',
    'Le promoteur fournit gratuitement le médicament de l’essai. Il paie aussi les examens faits en plus de vos soins.',
  ],
  dispositif: [
    'Participer ne vous coûte rien.',
    'Le promoteur fournit le dispositif étudié. Il paie aussi les examens faits en plus de vos soins.',
  ],
  diagnostic: ['Participer ne vous coûte rien.', 'Le promoteur paie le test étudié et les examens faits en plus de vos soins.'],
  'jarde-inconnue': ['Participer ne vous coûte rien.', 'Le promoteur paie ce que l’étude ajoute à vos soins.'],
  inconnue: ['En général, participer ne coûte rien. Demandez-le à l’équipe de l’étude.'],
};

const TRAVEL = 'Vos frais de trajet peuvent être remboursés. Demandez à l’équipe de l’étude comment faire.';

function costsBlock(c: LegalCategory): TextBlock {
  return {
    heading: 'Ce que cela vous coûte',
    paragraphs: [...COSTS[c], TRAVEL],
    sources: c === 'medicament' ? [CSP('L1121-16-1'), 'Règlement (UE) 536/2014, article 92'] : [CSP('L1121-16-1'), CSP('L1121-11')],
  };
}

// ---------- healthy volunteers ----------

const NO_PAY_PROTECTED = 'Les mineurs et les adultes protégés n’ont pas droit à une indemnité.';
const CAP =
  'Le total de vos indemnités sur un an a un plafond. Ce plafond est fixé par un arrêté du ministre de la santé.';

const VOLUNTEERS: Record<LegalCategory, string[]> = {
  'jarde-1': [
    'Vous pouvez recevoir une indemnité pour le temps et les contraintes de l’étude.',
    CAP,
    'Vous êtes inscrit au fichier national des volontaires. Il vérifie ce plafond, et le temps de pause entre deux études.',
    NO_PAY_PROTECTED,
  ],
  medicament: [
    'Vous pouvez recevoir une indemnité pour le temps et les contraintes de l’essai.',
    CAP,
    'Vous êtes inscrit au fichier national des volontaires. Il vérifie ce plafond, et le temps de pause entre deux études.',
    NO_PAY_PROTECTED,
  ],
  'jarde-2': [
    'Vous pouvez recevoir une indemnité pour le temps et les contraintes de la recherche.',
    CAP,
    'L’inscription au fichier national des volontaires n’est demandée que dans certains cas. L’équipe de l’étude vous le dira.',
    NO_PAY_PROTECTED,
  ],
  'jarde-3': [
    'Cette recherche ne vous impose pas de contrainte. En général, elle ne donne donc pas lieu à une indemnité.',
    NO_PAY_PROTECTED,
  ],
  dispositif: [
    'Vous pouvez recevoir une indemnité pour le temps et les contraintes de l’étude, avec un plafond par an.',
    'Demandez à l’équipe de l’étude si vous serez inscrit au fichier national des volontaires.',
    NO_PAY_PROTECTED,
  ],
  diagnostic: [
    'Vous pouvez recevoir une indemnité pour le temps et les contraintes de l’étude, avec un plafond par an.',
    'Demandez à l’équipe de l’étude si vous serez inscrit au fichier national des volontaires.',
    NO_PAY_PROTECTED,
  ],
  'jarde-inconnue': [
    'Une indemnité est parfois versée pour les contraintes, avec un plafond par an. Demandez à l’équipe de l’étude.',
    NO_PAY_PROTECTED,
  ],
  inconnue: ['Demandez à l’équipe de l’étude si une indemnité est prévue.', NO_PAY_PROTECTED],
};

function volunteersBlock(c: LegalCategory): TextBlock {
  return {
    heading: 'Si vous êtes en bonne santé',
    paragraphs: [...VOLUNTEERS[c]],
    sources: [CSP('L1121-11'), 'Arrêté du ministre chargé de la santé fixant le montant annuel maximal des indemnités', CSP('L1121-16')],
  };
}

// ---------- stopping ----------

function stoppingBlock(c: LegalCategory): TextBlock {
  const paragraphs =
    c === 'jarde-3'
      ? [
          'Vous pouvez refuser à tout moment que vos données servent à la recherche, sans dire pourquoi.',
          'Cela ne change rien à vos soins.',
        ]
      : [
          'Vous pouvez arrêter à tout moment, sans dire pourquoi.',
          'Cela ne change rien à vos soins, ni à la façon dont l’équipe vous soigne.',
          'Demandez ce que deviennent les données déjà recueillies.',
        ];
  return { heading: 'Arrêter', paragraphs, sources: [CSP('L1122-1'), ...(c === 'medicament' ? ['Règlement (UE) 536/2014, article 28'] : [])] };
}

// ---------- after the study ----------

function afterBlock(c: LegalCategory): TextBlock {
  const paragraphs = ['À la fin, vous avez le droit de connaître les résultats globaux de l’étude. Demandez à l’équipe comment ils vous seront donnés.'];
  if (c === 'medicament') paragraphs.push('Un résumé des résultats en mots simples est aussi publié dans la base européenne des essais, CTIS.');
  if (c === 'jarde-1' || c === 'medicament') {
    paragraphs.push('Après l’étude, vous n’êtes pas sûr de pouvoir garder le traitement étudié. Demandez avant de commencer ce qui est prévu.');
  }
  if (c === 'dispositif') {
    paragraphs.push('Après l’étude, vous n’êtes pas sûr de pouvoir garder le dispositif étudié. Demandez avant de commencer ce qui est prévu.');
  }
  return {
    heading: 'Après l’étude',
    paragraphs,
    sources: [CSP('L1122-1'), ...(c === 'medicament' ? ['Règlement (UE) 536/2014, article 37'] : [])],
  };
}

// ---------- if something goes wrong ----------

function problemBlock(c: LegalCategory): TextBlock {
  const first = 'Signalez vite à l’équipe de l’étude tout problème de santé, même s’il vous semble sans lien.';
  const cci =
    'Vous pouvez aussi saisir la CCI de votre région. C’est la commission de conciliation et d’indemnisation. La démarche est gratuite.';
  const oniam = 'Si le promoteur n’est pas tenu pour responsable, un office public, l’ONIAM, peut dans certains cas vous indemniser.';
  let paragraphs: string[];
  switch (c) {
    // Every study on people (devices and in-vitro diagnostics included) falls under L1121-10 and L1142-3: the
    // CCI may be seized, and the ONIAM indemnifies when the sponsor is not held liable.
    case 'jarde-1':
    case 'jarde-2':
    case 'medicament':
    case 'dispositif':
    case 'diagnostic':
      paragraphs = [first, 'Si l’étude vous cause un dommage, le promoteur en est responsable. Il a une assurance pour cela.', cci, oniam];
      break;
    case 'jarde-3':
      paragraphs = [first, 'Si la recherche vous causait un dommage, le promoteur en répondrait.', cci, oniam];
      break;
    default:
      paragraphs = [first, 'Demandez à l’équipe de l’étude qui répond des dommages, et quels recours vous avez.'];
  }
  return { heading: 'Si quelque chose ne va pas', paragraphs, sources: [CSP('L1121-10'), CSP('L1142-3')] };
}

/**
 * « Participer en pratique »: costs; healthy volunteers (only when the study takes them); stopping; after the
 * study; if something goes wrong.
 */
export function participationInPractice(study: Pick<Study, 'regulation' | 'jardeCategory' | 'eligibility'>): TextBlock[] {
  const c = legalCategory(study);
  return [
    costsBlock(c),
    ...(study.eligibility.healthyVolunteers ? [volunteersBlock(c)] : []),
    stoppingBlock(c),
    afterBlock(c),
    problemBlock(c),
  ];
}

// ---------- « Recrute en ce moment » ----------

export const RECRUITING_MEANING: TextBlock = {
  heading: 'Ce que veut dire « Recrute en ce moment »',
  paragraphs: ['C’est le promoteur de l’étude qui le déclare. L’information peut ne pas être à jour.'],
  items: [
    'Tous les lieux de l’étude ne recrutent pas toujours en même temps.',
    'Les places peuvent être déjà prises.',
    'Une lettre de votre médecin peut être demandée.',
    'Appelez ou écrivez à l’équipe de l’étude\u00A0: elle vous dira s’il reste de la place.',
  ],
};

/** The note for a recruiting study; undefined when recruitment is not `ouvert` (nothing to explain, no invitation). */
export function recruitingMeaning(study: Pick<Study, 'recruitment'>): TextBlock | undefined {
  return study.recruitment === 'ouvert' ? { ...RECRUITING_MEANING, items: [...(RECRUITING_MEANING.items ?? [])] } : undefined;
}
