import { CRITERIA_TERMS } from './terms-criteria';
import type { GlossaryTerm } from './types';

/**
 * Phare's glossary of clinical research and medicine, written for the project in plain French.
 * Every definition is checked by `terms.test.ts`: Kandel–Moles score ≥ 70, French typography, at most 15 words per sentence on
 * average, no sentence over 25 words. Keep it that way when you add a term.
 */
const BASE_TERMS: readonly GlossaryTerm[] = [
  // — Méthode des essais —
  {
    slug: 'randomise',
    term: 'Randomisé',
    variants: ['randomisé', 'randomisée', 'randomisés', 'randomisées', 'randomisation', 'randomiser'],
    definition:
      'Dans une étude randomisée, le groupe de chaque personne est choisi au hasard. Ni vous ni le médecin ne le choisissez. Cela permet de comparer des groupes qui se ressemblent. C’est la façon la plus juste de voir si un traitement marche.',
    seeAlso: ['tirage-au-sort', 'groupe-controle', 'bras'],
  },
  {
    slug: 'tirage-au-sort',
    term: 'Tirage au sort',
    variants: ['tirage au sort', 'tirages au sort', 'tiré au sort', 'tirée au sort', 'tirés au sort', 'tirées au sort'],
    definition:
      'C’est le hasard qui décide dans quel groupe vous serez. Un logiciel fait ce choix, pas le médecin. On parle aussi de randomisation.',
    seeAlso: ['randomise', 'bras'],
  },
  {
    slug: 'double-aveugle',
    term: 'Double aveugle',
    variants: ['double aveugle', 'double-aveugle', 'double insu', 'double-insu'],
    definition:
      'Ni vous ni l’équipe médicale ne savez quel produit vous recevez. Cela évite que ce que l’on sait change ce que l’on observe. En cas d’urgence, l’équipe peut savoir très vite ce que vous prenez.',
    seeAlso: ['simple-aveugle', 'essai-ouvert', 'placebo'],
  },
  {
    slug: 'simple-aveugle',
    term: 'Simple aveugle',
    variants: ['simple aveugle', 'simple-aveugle', 'simple insu', 'simple-insu'],
    definition:
      'Vous ne savez pas quel produit vous recevez. L’équipe médicale, elle, le sait. Cela évite que ce que vous savez change vos réponses.',
    seeAlso: ['double-aveugle', 'essai-ouvert'],
  },
  {
    slug: 'essai-ouvert',
    term: 'Ouvert (essai)',
    variants: ['essai ouvert', 'essais ouverts', 'étude ouverte', 'études ouvertes', 'en ouvert', 'open label', 'open-label'],
    definition:
      'Dans un essai ouvert, vous et le médecin savez quel traitement vous recevez. Rien n’est caché. Attention : un essai ouvert ne veut pas dire que l’étude recrute.',
    seeAlso: ['double-aveugle', 'simple-aveugle', 'recrutement'],
  },
  {
    slug: 'placebo',
    term: 'Placebo',
    variants: ['placebo', 'placebos', 'effet placebo'],
    definition:
      'Un placebo ressemble au vrai produit, mais il ne contient pas de substance active. Il sert à comparer. Si l’étude en utilise un, on vous le dit avant de commencer. Vous ne saurez pas toujours si vous le recevez.',
    seeAlso: ['groupe-controle', 'double-aveugle'],
  },
  {
    slug: 'bras',
    term: 'Bras (d’une étude)',
    variants: ['bras de traitement', "bras d'étude", "bras de l'étude", 'bras expérimental', 'bras expérimentaux', 'bras de l’essai', "bras de l'essai", 'bras unique', 'un seul bras', 'bras parallèles'],
    caseSensitiveVariants: ['bras A', 'bras B', 'bras C', 'bras D', 'bras 1', 'bras 2', 'bras 3', 'bras 4'],
    definition:
      'Un bras est un groupe de personnes dans une étude. Chaque bras reçoit un traitement ou un suivi précis. Une étude peut avoir un seul bras ou plusieurs.',
    seeAlso: ['groupe-controle', 'randomise'],
  },
  {
    slug: 'groupe-controle',
    term: 'Groupe contrôle',
    variants: ['groupe contrôle', 'groupes contrôles', 'groupe de contrôle', 'groupe témoin', 'groupes témoins', 'bras contrôle', 'bras témoin'],
    definition:
      'C’est le groupe qui sert de point de comparaison. Il reçoit le traitement habituel, un placebo ou rien de plus. On compare ses résultats à ceux du groupe qui reçoit le nouveau traitement.',
    seeAlso: ['placebo', 'bras', 'essai-controle'],
  },
  {
    slug: 'essai-controle',
    term: 'Essai contrôlé',
    variants: ['essai contrôlé', 'essais contrôlés', 'étude contrôlée', 'études contrôlées'],
    definition:
      'Un essai contrôlé compare au moins deux groupes. L’un reçoit le traitement étudié. L’autre sert de point de comparaison.',
    seeAlso: ['groupe-controle', 'randomise'],
  },
  {
    slug: 'essai-croise',
    term: 'Essai croisé',
    variants: ['essai croisé', 'essais croisés', 'étude croisée', 'cross-over', 'crossover', 'cross over'],
    definition:
      'Chaque personne reçoit les deux traitements comparés, l’un après l’autre. L’ordre est souvent tiré au sort. Une pause sépare en général les deux périodes.',
    seeAlso: ['tirage-au-sort', 'wash-out'],
  },
  {
    slug: 'wash-out',
    term: 'Période sans traitement (wash-out)',
    variants: ['wash-out', 'washout', 'période de wash-out', 'fenêtre thérapeutique', 'période de sevrage'],
    definition:
      'C’est une pause où l’on arrête un traitement avant ou pendant l’étude. Elle laisse le temps au corps d’éliminer le produit. Ne stoppez jamais un traitement sans l’avis de votre médecin.',
    seeAlso: ['essai-croise'],
  },
  {
    slug: 'non-inferiorite',
    term: 'Non-infériorité',
    variants: ['non-infériorité', 'non infériorité', 'non inférieur', 'non-inférieur', 'non inférieure', 'non-inférieure', 'marge de non-infériorité', 'essai de non-infériorité', 'étude de non-infériorité'],
    definition:
      'Une étude de non-infériorité vérifie qu’un traitement n’est pas moins bon qu’un autre, au-delà d’une marge. Cette marge est une perte d’effet jugée acceptable. Elle est fixée avant le début. Le nouveau traitement peut avoir d’autres atouts, comme être plus simple ou mieux supporté.',
    seeAlso: ['superiorite', 'essai-controle'],
  },
  {
    slug: 'superiorite',
    term: 'Supériorité',
    variants: ['supériorité', 'essai de supériorité', 'étude de supériorité'],
    definition:
      'Une étude de supériorité cherche à montrer qu’un traitement est meilleur qu’un autre. Elle le compare au traitement habituel ou à un placebo.',
    seeAlso: ['non-inferiorite'],
  },
  {
    slug: 'etude-pilote',
    term: 'Étude pilote',
    variants: ['étude pilote', 'études pilotes', 'essai pilote', 'essais pilotes', 'étude de faisabilité', 'études de faisabilité'],
    definition:
      'C’est une petite étude faite avant une plus grande. Elle vérifie que l’on peut mener la grande étude dans de bonnes conditions. Elle ne suffit pas pour conclure qu’un traitement marche.',
    seeAlso: ['cohorte'],
  },
  {
    slug: 'multicentrique',
    term: 'Multicentrique',
    variants: ['multicentrique', 'multicentriques', 'multi-centrique', 'multicentre'],
    definition:
      'Une étude multicentrique a lieu dans plusieurs hôpitaux ou cabinets. Tous suivent le même plan. Cela permet d’inclure plus de monde, dans plusieurs villes.',
    seeAlso: ['monocentrique', 'centre-investigateur'],
  },
  {
    slug: 'monocentrique',
    term: 'Monocentrique',
    variants: ['monocentrique', 'monocentriques', 'mono-centrique'],
    definition: 'Une étude monocentrique a lieu dans un seul lieu de soins. Il faut donc aller dans ce lieu pour y participer.',
    seeAlso: ['multicentrique'],
  },
  {
    slug: 'cohorte',
    term: 'Cohorte',
    variants: ['cohorte', 'cohortes', 'étude de cohorte', 'études de cohorte'],
    definition:
      'Une cohorte est un groupe de personnes suivies pendant un certain temps. On observe ce qui leur arrive, souvent pendant des années. Cela aide à comprendre une maladie ou les facteurs qui la favorisent.',
    seeAlso: ['etude-observationnelle', 'suivi'],
  },
  {
    slug: 'cas-temoins',
    term: 'Étude cas-témoins',
    variants: ['cas-témoins', 'cas témoins', 'étude cas-témoins', 'études cas-témoins'],
    definition:
      'On compare des personnes qui ont une maladie à des personnes qui ne l’ont pas. On cherche ce qui les différencie. Cela aide à trouver des facteurs de risque.',
    seeAlso: ['facteur-de-risque', 'etude-observationnelle'],
  },
  {
    slug: 'etude-observationnelle',
    term: 'Étude observationnelle',
    variants: ['étude observationnelle', 'études observationnelles', 'observationnelle', 'observationnelles', 'étude d’observation'],
    definition:
      'Dans une étude observationnelle, on observe sans rien changer à vos soins. Vous êtes soigné comme d’habitude. On recueille des données, parfois avec un questionnaire.',
    seeAlso: ['recherche-non-interventionnelle', 'cohorte'],
  },
  {
    slug: 'recherche-interventionnelle',
    term: 'Recherche interventionnelle',
    variants: ['recherche interventionnelle', 'recherches interventionnelles', 'étude interventionnelle', 'études interventionnelles', 'interventionnelle', 'interventionnelles'],
    definition:
      'Dans une recherche interventionnelle, l’étude change quelque chose à votre prise en charge. Cela peut être un nouveau produit, un examen en plus ou une autre façon de soigner. Ce sont les études les plus encadrées.',
    seeAlso: ['jarde-1', 'jarde-2', 'recherche-non-interventionnelle'],
  },
  {
    slug: 'recherche-non-interventionnelle',
    term: 'Recherche non interventionnelle',
    variants: ['recherche non interventionnelle', 'recherches non interventionnelles', 'étude non interventionnelle', 'études non interventionnelles', 'non interventionnelle', 'non interventionnelles', 'non-interventionnelle', 'non-interventionnelles'],
    definition:
      'Dans cette recherche, vos soins ne changent pas. On recueille des données sur ce qui se passe déjà. Il n’y a ni produit ni examen en plus à cause de l’étude. En France, c’est la catégorie JARDÉ 3.',
    seeAlso: ['jarde-3', 'etude-observationnelle'],
  },
  // — Phases —
  {
    slug: 'phase-precoce',
    term: 'Phase précoce',
    variants: ['phase précoce', 'phases précoces', 'première administration chez l’homme', 'premières administrations chez l’homme', 'première administration à l’homme', 'première administration chez l’humain', 'premières administrations chez l’humain', 'first-in-human'],
    definition:
      'C’est l’étape où un produit est donné pour les premières fois à l’être humain. Très peu de personnes le reçoivent, souvent à faible dose au début. Le but premier est de voir s’il est bien supporté. Ce n’est pas une étape avant la phase 1 : elle en fait partie.',
    seeAlso: ['phase-1', 'phase-0', 'escalade-de-dose'],
  },
  {
    slug: 'phase-1',
    term: 'Phase 1',
    variants: ['phase 1', 'phase I', 'phase 1a', 'phase Ia', 'phases 1'],
    definition:
      'En phase 1, un produit est donné à peu de personnes. Souvent, c’est la première fois chez l’être humain. Le but est de voir s’il est bien supporté et de trouver la bonne dose. Elle se fait chez des volontaires sains ou chez des malades.',
    seeAlso: ['phase-precoce', 'phase-1b', 'phase-2', 'volontaire-sain', 'escalade-de-dose'],
  },
  {
    slug: 'phase-2',
    term: 'Phase 2',
    variants: ['phase 2', 'phase II', 'phase 2a', 'phase 2b', 'phase IIa', 'phase IIb'],
    definition:
      'On donne le produit à un petit nombre de malades. On vérifie qu’il agit sur la maladie et on cherche la bonne dose. On surveille aussi les effets indésirables.',
    seeAlso: ['phase-1', 'phase-1-2', 'phase-3', 'efficacite'],
  },
  {
    slug: 'phase-3',
    term: 'Phase 3',
    variants: ['phase 3', 'phase III', 'phase 3a', 'phase 3b', 'phase IIIa', 'phase IIIb'],
    definition:
      'On compare le nouveau produit au traitement habituel ou à un placebo. Ces études réunissent souvent des centaines ou des milliers de malades. Si les résultats sont bons, le produit peut être autorisé à la vente.',
    seeAlso: ['phase-2', 'phase-4', 'autorisation-de-mise-sur-le-marche'],
  },
  {
    slug: 'phase-4',
    term: 'Phase 4',
    variants: ['phase 4', 'phase IV'],
    definition:
      'Le produit est déjà autorisé et vendu. On continue à l’étudier chez un grand nombre de personnes, dans la vie de tous les jours. Cela permet de repérer des effets rares.',
    seeAlso: ['phase-3', 'effet-indesirable'],
  },
  // — Cadre légal français —
  {
    slug: 'riph',
    term: 'Recherche impliquant la personne humaine (RIPH)',
    variants: ['recherche impliquant la personne humaine', 'recherches impliquant la personne humaine', 'RIPH', 'loi Jardé'],
    definition:
      'C’est le nom légal, en France, des études faites sur des personnes. La loi Jardé les range en trois catégories, selon le risque. Chaque catégorie a ses règles de protection.',
    seeAlso: ['jarde-1', 'jarde-2', 'jarde-3', 'cpp'],
  },
  {
    slug: 'jarde-1',
    term: 'Catégorie JARDÉ 1',
    variants: ['catégorie JARDÉ 1', 'JARDÉ 1', 'RIPH 1', 'RIPH1', 'RIPH de catégorie 1', 'recherche de catégorie 1', 'recherches de catégorie 1', 'étude de catégorie 1', 'catégorie 1 de la loi Jardé', 'recherche impliquant la personne humaine de catégorie 1', 'recherche interventionnelle de catégorie 1'],
    definition:
      'Ces recherches ajoutent un acte qui ne fait pas partie de vos soins habituels. Leurs risques ne sont pas seulement minimes. Elles peuvent aussi comparer des traitements qui existent déjà. Il faut votre accord écrit, l’avis favorable d’un CPP et l’accord de l’ANSM.',
    seeAlso: ['jarde-2', 'jarde-3', 'consentement-eclaire', 'ansm'],
  },
  {
    slug: 'jarde-2',
    term: 'Catégorie JARDÉ 2',
    variants: ['catégorie JARDÉ 2', 'JARDÉ 2', 'RIPH 2', 'RIPH2', 'RIPH de catégorie 2', 'recherche de catégorie 2', 'recherches de catégorie 2', 'étude de catégorie 2', 'catégorie 2 de la loi Jardé', 'recherche impliquant la personne humaine de catégorie 2', 'recherche interventionnelle de catégorie 2'],
    definition:
      'Ces recherches ajoutent des actes aux risques et aux contraintes minimes. La liste de ces actes est fixée par un arrêté. Par exemple, un peu de sang prélevé en plus. Il faut votre accord, dit à l’oral ou par écrit, et l’avis favorable d’un CPP.',
    seeAlso: ['jarde-1', 'jarde-3', 'cpp'],
  },
  {
    slug: 'jarde-3',
    term: 'Catégorie JARDÉ 3',
    variants: ['catégorie JARDÉ 3', 'JARDÉ 3', 'RIPH 3', 'RIPH3', 'RIPH de catégorie 3', 'recherche de catégorie 3', 'recherches de catégorie 3', 'étude de catégorie 3', 'catégorie 3 de la loi Jardé', 'recherche impliquant la personne humaine de catégorie 3'],
    definition:
      'Ces recherches ne changent rien à vos soins : tous les actes et les produits sont ceux d’habitude. On vous informe, et vous pouvez refuser : c’est la non-opposition. Vous n’avez rien à signer. Un CPP donne un avis favorable avant le début.',
    seeAlso: ['jarde-1', 'jarde-2', 'recherche-non-interventionnelle', 'non-opposition'],
  },
  {
    slug: 'non-opposition',
    term: 'Non-opposition',
    variants: ['non-opposition', 'non opposition', 'droit d’opposition', "droit d'opposition"],
    definition:
      'On vous informe de l’étude, et vous pouvez dire non à tout moment. Vous n’avez rien à signer. Si vous ne dites pas non, vos données peuvent être utilisées. C’est la règle des recherches de catégorie 3.',
    seeAlso: ['consentement-eclaire', 'jarde-3'],
  },
  {
    slug: 'cpp',
    term: 'Comité de protection des personnes (CPP)',
    variants: ['comité de protection des personnes', 'comités de protection des personnes', 'CPP', 'comité d’éthique', 'comités d’éthique', "comité d'éthique", "comités d'éthique"],
    definition:
      'Un CPP est un comité qui vérifie qu’une étude protège vos droits et votre sécurité. Il réunit des soignants, des juristes et des usagers. Il ne donne pas une autorisation, mais un avis. Une étude sur des personnes ne peut commencer qu’avec son avis favorable.',
    seeAlso: ['ansm', 'riph'],
  },
  {
    slug: 'ansm',
    term: 'ANSM',
    variants: ['ANSM', 'Agence nationale de sécurité du médicament', 'Agence nationale de sécurité du médicament et des produits de santé'],
    definition:
      'L’ANSM est l’agence de l’État qui veille à la sécurité des produits de santé. Elle autorise les essais de médicaments et les recherches de catégorie 1. Selon les cas, elle autorise aussi les essais de dispositifs médicaux. Elle peut les suspendre ou les arrêter en cas de risque.',
    seeAlso: ['cpp', 'jarde-1', 'has'],
  },
  {
    slug: 'bonnes-pratiques-cliniques',
    term: 'Bonnes pratiques cliniques (BPC)',
    variants: ['bonnes pratiques cliniques', 'BPC', 'good clinical practice'],
    definition:
      'Ce sont des règles communes à tous les pays pour bien mener une étude. Elles protègent les personnes et la qualité des résultats. Les équipes de recherche sont formées à ces règles.',
    seeAlso: ['promoteur', 'investigateur'],
  },
  {
    slug: 'comite-de-surveillance',
    term: 'Comité indépendant de surveillance',
    variants: ['comité indépendant de surveillance', 'comité de surveillance', 'comité de surveillance indépendant', 'DSMB', 'IDMC'],
    definition:
      'C’est un groupe d’experts qui ne dépend pas du promoteur. Il suit les résultats pendant l’étude. Il peut demander d’arrêter l’étude si un risque apparaît.',
    seeAlso: ['analyse-intermediaire', 'promoteur'],
  },
  {
    slug: 'analyse-intermediaire',
    term: 'Analyse intermédiaire',
    variants: ['analyse intermédiaire', 'analyses intermédiaires'],
    definition:
      'C’est un point sur les résultats fait avant la fin de l’étude. Il permet de voir s’il faut la poursuivre, la changer ou l’arrêter.',
    seeAlso: ['comite-de-surveillance'],
  },
  {
    slug: 'amendement',
    term: 'Amendement',
    variants: ['amendement', 'amendements', 'modification substantielle', 'modifications substantielles'],
    definition:
      'Un amendement est un changement apporté au plan de l’étude après son début. Un grand changement doit avoir l’avis favorable du CPP, et parfois l’accord de l’ANSM. Si cela vous concerne, on vous le dit.',
    seeAlso: ['protocole', 'cpp'],
  },
  // — Les acteurs —
  {
    slug: 'promoteur',
    term: 'Promoteur',
    variants: ['promoteur', 'promoteurs', 'promotrice', 'sponsor'],
    definition:
      'Le promoteur est l’organisme qui lance l’étude et en est responsable. Ce peut être un hôpital, un laboratoire ou une association. Il paie l’étude. Il répond des dommages qu’elle pourrait causer.',
    seeAlso: ['investigateur', 'assurance-du-promoteur'],
  },
  {
    slug: 'investigateur',
    term: 'Investigateur',
    variants: ['investigateur', 'investigateurs', 'investigatrice', 'investigatrices', 'médecin investigateur', 'médecins investigateurs'],
    definition:
      'L’investigateur est le médecin ou le soignant qui mène l’étude dans un lieu de soins. C’est lui qui vous explique l’étude et vous suit. Vous pouvez lui poser toutes vos questions.',
    seeAlso: ['investigateur-principal', 'centre-investigateur'],
  },
  {
    slug: 'investigateur-principal',
    term: 'Investigateur principal',
    variants: ['investigateur principal', 'investigateurs principaux', 'investigatrice principale'],
    definition:
      'C’est le médecin responsable de l’étude dans un lieu de soins précis. Il dirige l’équipe de ce lieu. Chaque lieu qui participe a le sien.',
    seeAlso: ['investigateur', 'investigateur-coordonnateur'],
  },
  {
    slug: 'investigateur-coordonnateur',
    term: 'Investigateur coordonnateur',
    variants: ['investigateur coordonnateur', 'investigateurs coordonnateurs', 'investigatrice coordonnatrice', 'investigateur coordinateur'],
    definition:
      'Quand une étude a lieu dans plusieurs lieux, un médecin coordonne le tout. Il veille à ce que tous suivent le même plan. C’est souvent lui qui a eu l’idée de l’étude.',
    seeAlso: ['investigateur-principal', 'multicentrique'],
  },
  {
    slug: 'centre-investigateur',
    term: 'Centre investigateur',
    variants: ['centre investigateur', 'centres investigateurs', 'site investigateur', 'sites investigateurs', 'lieu de recherche', 'lieux de recherche', 'centre participant', 'centres participants'],
    definition:
      'C’est un lieu de soins où l’étude a lieu : un hôpital, une clinique ou un cabinet. Vous y allez pour les visites. Tous les lieux d’une étude ne recrutent pas toujours en même temps.',
    seeAlso: ['multicentrique', 'recrutement'],
  },
  {
    slug: 'attache-de-recherche-clinique',
    term: 'Attaché de recherche clinique',
    variants: ['attaché de recherche clinique', 'attachés de recherche clinique', 'attachée de recherche clinique', 'technicien de recherche clinique', 'technicienne de recherche clinique'],
    definition:
      'C’est un membre de l’équipe qui organise l’étude au jour le jour. Il prépare les visites et vérifie les données. Il est souvent votre contact pour les questions pratiques.',
    seeAlso: ['investigateur'],
  },
  {
    slug: 'participant',
    term: 'Participant',
    variants: ['participant', 'participants', 'participante', 'participantes'],
    definition:
      'C’est une personne qui prend part à une étude. Elle peut être malade ou en bonne santé. Elle garde tous ses droits pendant l’étude.',
    seeAlso: ['volontaire-sain', 'droit-de-retrait'],
  },
  {
    slug: 'volontaire-sain',
    term: 'Volontaire sain',
    variants: ['volontaire sain', 'volontaires sains', 'volontaire saine', 'volontaires saines', 'sujet sain', 'sujets sains'],
    definition:
      'C’est une personne en bonne santé qui accepte de participer à une étude. Elle n’en tire pas de bénéfice pour sa santé. Elle peut recevoir une indemnité, avec un plafond par an fixé par la loi. Pour certaines études, elle est inscrite dans un fichier national.',
    seeAlso: ['phase-1', 'indemnisation', 'fichier-des-volontaires'],
  },
  {
    slug: 'personne-vulnerable',
    term: 'Personne vulnérable',
    variants: ['personne vulnérable', 'personnes vulnérables', 'population vulnérable', 'populations vulnérables'],
    definition:
      'La loi protège plus certaines personnes dans les études. Par exemple, les enfants, les femmes enceintes ou les personnes sous tutelle. Elles ne peuvent participer que sous des conditions strictes.',
    seeAlso: ['protection-juridique', 'mineur'],
  },
  {
    slug: 'mineur',
    term: 'Mineur',
    variants: ['mineur', 'mineurs', 'mineure', 'mineures', 'personne mineure', 'personnes mineures'],
    notPrecededBy: ['chirurgie', 'chirurgies', 'intervention', 'interventions', 'chirurgicale', 'chirurgicales', 'geste', 'gestes', 'anomalie', 'anomalies', 'saignement', 'saignements', 'modification', 'modifications', 'allèle', 'effet', 'effets', 'lésion', 'lésions', 'complication', 'complications', 'déviation', 'déviations', 'trouble', 'troubles', 'traumatisme',
      // « AVC mineur », « thalassémie mineure », « traumatisme crânien mineur »: a mild form, not a person.
      'AVC', 'thalassémie', 'dépression', 'dépressif', 'hémorragie', 'hémorragies', 'indésirable', 'indésirables',
      'crânien', 'crâniens', 'cognitif', 'cognitifs', 'neurocognitif', 'neurocognitifs', 'ischémique', 'ischémiques',
      'cérébral', 'cérébrale'],
    definition:
      'Une personne mineure a moins de 18 ans. Selon le type d’étude, ses parents ou son tuteur donnent leur accord, ou peuvent s’y opposer. On lui explique l’étude avec des mots adaptés et on cherche son accord. Si elle refuse ou veut arrêter, on ne peut pas passer outre.',
    seeAlso: ['personne-vulnerable', 'consentement-eclaire', 'representant-legal'],
  },
  {
    slug: 'protection-juridique',
    term: 'Mesure de protection juridique',
    variants: ['mesure de protection juridique', 'mesures de protection juridique', 'protection juridique', 'tutelle', 'curatelle', 'sous tutelle', 'sous curatelle', 'sauvegarde de justice', 'habilitation familiale'],
    definition:
      'La tutelle et la curatelle sont décidées par un juge pour protéger une personne. Sous tutelle, le tuteur donne l’accord, après avoir cherché l’avis de la personne. Sous curatelle, la personne donne son accord, avec l’aide de son curateur. Si la personne refuse, on ne peut pas passer outre.',
    seeAlso: ['personne-vulnerable'],
  },
  {
    slug: 'affiliation-securite-sociale',
    term: 'Affiliation à la sécurité sociale',
    variants: ['affilié à un régime de sécurité sociale', 'affiliée à un régime de sécurité sociale', 'affiliation à un régime de sécurité sociale', 'régime de sécurité sociale', 'sécurité sociale', 'assurance maladie'],
    definition:
      'Pour les recherches de catégorie 1 et 2 et les essais de médicaments, il faut être affilié à la sécurité sociale ou en bénéficier. C’est une règle de la loi. Elle ne vaut pas pour les recherches de catégorie 3.',
    seeAlso: ['assurance-du-promoteur'],
  },
  // — Consentement et droits —
  {
    slug: 'consentement-eclaire',
    term: 'Consentement éclairé',
    variants: ['consentement éclairé', 'consentements éclairés', 'consentement libre et éclairé', 'consentement', 'consentements', 'formulaire de consentement', 'formulaire de consentement éclairé', 'formulaires de consentement', 'consentement écrit', 'consentement exprès', 'consentement libre, éclairé et exprès', 'consentement libre, éclairé et écrit'],
    notPrecededBy: ['hospitalisé sans', 'hospitalisée sans', 'hospitalisés sans', 'hospitalisées sans', 'hospitalisation sans', 'soins sans', 'admis sans', 'admise sans'],
    definition:
      'C’est votre accord pour participer, donné après une information claire. Selon l’étude, il est écrit et signé, ou il peut être dit à l’oral. Pour une étude qui ne change rien à vos soins, vous n’avez rien à signer, mais vous pouvez refuser. Dans tous les cas, vous pouvez changer d’avis.',
    seeAlso: ['note-d-information', 'droit-de-retrait', 'non-opposition'],
  },
  {
    slug: 'note-d-information',
    term: 'Note d’information',
    variants: ["note d'information", "notes d'information", "notice d'information", "lettre d'information", "document d'information"],
    definition:
      'C’est le document qui vous explique l’étude par écrit. Il dit le but, le déroulé, les risques et vos droits. Gardez-le, et posez des questions si un point n’est pas clair.',
    seeAlso: ['consentement-eclaire'],
  },
  {
    slug: 'droit-de-retrait',
    term: 'Droit de retrait',
    variants: ['droit de retrait', 'retrait du consentement', 'retirer son consentement', 'retrait de consentement', 'sortie d’étude', "sortie d'étude"],
    definition:
      'Vous pouvez quitter une étude à tout moment, sans donner de raison. Cela ne change rien à la qualité de vos soins. Prévenez simplement l’équipe.',
    seeAlso: ['consentement-eclaire'],
  },
  {
    slug: 'assurance-du-promoteur',
    term: 'Assurance du promoteur',
    variants: ['assurance du promoteur', 'assurance responsabilité civile', "contrat d'assurance"],
    definition:
      'Pour les recherches de catégorie 1 et 2 et les essais de produits de santé, le promoteur doit avoir une assurance. Elle couvre les dommages que l’étude pourrait vous causer. Vous n’avez rien à payer pour cela.',
    seeAlso: ['promoteur', 'oniam', 'indemnisation'],
  },
  {
    slug: 'indemnisation',
    term: 'Indemnisation',
    variants: ['indemnisation', 'indemnisations', 'indemnité', 'indemnités', 'indemnisé', 'indemnisée', 'dédommagement', 'compensation financière'],
    definition:
      'C’est une somme versée à certains participants pour le temps et les contraintes. Son total par an a un plafond, fixé par le ministre de la santé. Elle est interdite pour les mineurs et les personnes protégées. Vos frais de trajet peuvent aussi être remboursés.',
    seeAlso: ['volontaire-sain', 'fichier-des-volontaires', 'assurance-du-promoteur'],
  },
  // — Données —
  {
    slug: 'donnees-de-sante',
    term: 'Données de santé',
    variants: ['données de santé', 'donnée de santé', 'données personnelles de santé', 'données médicales'],
    definition:
      'Ce sont toutes les informations sur votre santé : maladies, examens, traitements. La loi les protège tout spécialement. Dans une étude, seules les personnes qui en ont besoin peuvent les voir.',
    seeAlso: ['rgpd', 'pseudonymisation'],
  },
  {
    slug: 'rgpd',
    term: 'RGPD',
    variants: ['RGPD', 'règlement général sur la protection des données', 'GDPR'],
    definition:
      'Le RGPD est la loi européenne qui protège vos données personnelles. Elle vous donne des droits : savoir, corriger, vous opposer. Ces droits valent aussi dans une étude.',
    seeAlso: ['donnees-de-sante', 'pseudonymisation'],
  },
  {
    slug: 'pseudonymisation',
    term: 'Pseudonymisation',
    variants: ['pseudonymisation', 'pseudonymisé', 'pseudonymisée', 'pseudonymisés', 'pseudonymisées', 'données codées'],
    definition:
      'On remplace votre nom par un code. Les chercheurs voient vos données sans savoir qui vous êtes. Seule l’équipe qui vous suit garde le lien entre le code et votre nom.',
    seeAlso: ['anonymisation', 'donnees-de-sante'],
  },
  {
    slug: 'anonymisation',
    term: 'Anonymisation',
    variants: ['anonymisation', 'anonymisé', 'anonymisée', 'anonymisés', 'anonymisées'],
    definition:
      'Les données sont changées pour que personne ne puisse jamais savoir à qui elles sont. Même l’équipe ne peut plus retrouver la personne. C’est plus fort qu’un simple code.',
    seeAlso: ['pseudonymisation'],
  },
  {
    slug: 'echantillon-biologique',
    term: 'Échantillon biologique',
    variants: ['échantillon biologique', 'échantillons biologiques', 'échantillon sanguin', 'échantillons sanguins', 'échantillon de sang', 'échantillons de sang', 'échantillon tumoral', 'échantillons tumoraux', 'échantillon de tissu', 'échantillons de tissu', 'échantillon d’urine', 'échantillons d’urine', 'échantillon de selles', 'échantillons de selles', 'collection biologique', 'collections biologiques', 'biobanque', 'biobanques'],
    definition:
      'C’est un peu de sang, d’urine ou de tissu prélevé pour la recherche. Il peut être gardé dans une biobanque pour d’autres études. On doit vous le dire, et vous pouvez refuser.',
    seeAlso: ['prelevement', 'biopsie'],
  },
  // — Registres et identifiants —
  {
    slug: 'eclaire',
    term: 'ECLAIRE',
    variants: [],
    caseSensitiveVariants: ['ECLAIRE'],
    definition:
      'ECLAIRE est le service public qui liste les études menées en France. Il réunit les données des autorités françaises et européennes. Phare reprend ses données publiques et les rend plus simples à lire.',
    seeAlso: ['ctis', 'id-rcb', 'eu-ct'],
  },
  {
    slug: 'ctis',
    term: 'CTIS',
    variants: ['CTIS', 'Clinical Trials Information System'],
    definition:
      'CTIS est le site européen où l’on dépose les essais de médicaments. Depuis 2023, tout nouvel essai de médicament en Europe y passe. Chaque essai y reçoit un numéro EU CT.',
    seeAlso: ['eu-ct', 'eudract'],
  },
  {
    slug: 'eu-ct',
    term: 'Numéro EU CT',
    variants: ['EU CT', 'EU-CT', 'numéro EU CT', 'EU CT number', 'EU trial number'],
    definition:
      'C’est le numéro d’un essai de médicament en Europe. Il commence par l’année du dépôt, par exemple 2023. Il permet de retrouver l’essai dans tous les pays.',
    seeAlso: ['ctis', 'id-rcb'],
  },
  {
    slug: 'eudract',
    term: 'Numéro EudraCT',
    variants: ['EudraCT', 'numéro EudraCT'],
    definition:
      'C’est l’ancien numéro européen des essais de médicaments, avant CTIS. Il commence lui aussi par une année. Les essais plus anciens le gardent.',
    seeAlso: ['eu-ct', 'ctis'],
  },
  {
    slug: 'id-rcb',
    term: 'Numéro ID-RCB',
    variants: ['ID-RCB', 'ID RCB', 'IDRCB', 'numéro ID-RCB'],
    definition:
      'C’est le numéro d’une étude en France. Il commence par l’année, puis par la lettre A. Il sert pour les études qui ne portent pas sur un médicament.',
    seeAlso: ['eu-ct', 'riph'],
  },
  {
    slug: 'meddra',
    term: 'MedDRA',
    variants: ['MedDRA'],
    definition:
      'MedDRA est une liste de termes médicaux partagée dans le monde entier. Elle sert à nommer les maladies et les effets des produits de la même façon partout. Les termes sont souvent en anglais.',
    seeAlso: ['effet-indesirable'],
  },
  {
    slug: 'registre',
    term: 'Registre d’essais',
    variants: ["registre d'essais", 'registres d’essais', 'ClinicalTrials.gov'],
    definition:
      'Un registre est une liste publique d’études. On y trouve le but, les lieux et l’état de chaque étude. ClinicalTrials.gov en est un, tenu aux États-Unis.',
    seeAlso: ['eclaire', 'ctis'],
  },
  // — Produits et traitements —
  {
    slug: 'essai-clinique',
    term: 'Essai clinique',
    variants: ['essai clinique', 'essais cliniques', 'essai thérapeutique', 'essais thérapeutiques'],
    definition:
      'Un essai clinique est une étude sur des personnes pour tester un traitement. Il suit un plan précis et contrôlé. Participer ne garantit pas un bénéfice personnel.',
    seeAlso: ['etude-clinique', 'protocole'],
  },
  {
    slug: 'etude-clinique',
    term: 'Étude clinique',
    variants: ['étude clinique', 'études cliniques', 'recherche clinique', 'recherches cliniques'],
    definition:
      'C’est une étude menée avec des personnes pour mieux connaître une maladie ou un soin. Elle peut tester un produit, ou seulement observer. Elle suit des règles strictes pour protéger les participants.',
    seeAlso: ['essai-clinique', 'riph'],
  },
  {
    slug: 'protocole',
    term: 'Protocole',
    variants: ['protocole', 'protocoles', "protocole de l'étude", "protocole d'étude"],
    definition:
      'Le protocole est le plan détaillé de l’étude. Il dit qui peut participer, ce qui sera fait et quand. L’équipe doit le suivre à la lettre.',
    seeAlso: ['amendement', 'critere-d-inclusion'],
  },
  {
    slug: 'medicament-experimental',
    term: 'Médicament expérimental',
    variants: ['médicament expérimental', 'médicaments expérimentaux', 'produit expérimental', 'produits expérimentaux', 'traitement expérimental', 'traitements expérimentaux', 'médicament à l’étude', "médicament à l'étude"],
    definition:
      'C’est le produit testé dans l’essai. Il peut être nouveau, ou déjà connu mais utilisé d’une autre façon. On ne sait pas encore bien ce qu’il apporte.',
    seeAlso: ['placebo', 'traitement-de-reference'],
  },
  {
    slug: 'traitement-de-reference',
    term: 'Traitement de référence',
    variants: ['traitement de référence', 'traitements de référence', 'traitement standard', 'traitements standards', 'traitement habituel', 'soins courants', 'standard de soins', 'prise en charge habituelle'],
    definition:
      'C’est le traitement que l’on donne d’habitude pour cette maladie. Il sert souvent de point de comparaison. Dans beaucoup d’études, tous les participants le reçoivent.',
    seeAlso: ['groupe-controle', 'medicament-experimental'],
  },
  {
    slug: 'dispositif-medical',
    term: 'Dispositif médical',
    variants: ['dispositif médical', 'dispositifs médicaux'],
    definition:
      'C’est un objet de santé qui n’est pas un médicament. Par exemple, une prothèse, un pansement, un appareil ou un logiciel. Les études sur ces objets suivent des règles européennes.',
    seeAlso: ['diagnostic-in-vitro', 'marquage-ce'],
  },
  {
    slug: 'diagnostic-in-vitro',
    term: 'Diagnostic in vitro',
    variants: ['diagnostic in vitro', 'diagnostics in vitro', 'dispositif médical de diagnostic in vitro', 'dispositifs médicaux de diagnostic in vitro', 'DMDIV', 'test in vitro', 'tests in vitro', 'dispositif de diagnostic in vitro', 'dispositifs de diagnostic in vitro'],
    definition:
      'Ce sont les tests faits sur un prélèvement, hors du corps. Par exemple, une analyse de sang ou un test de dépistage. Ils aident à poser un diagnostic ou à suivre une maladie.',
    seeAlso: ['dispositif-medical', 'prelevement'],
  },
  {
    slug: 'marquage-ce',
    term: 'Marquage CE',
    variants: ['marquage CE', 'marqué CE', 'marquée CE', 'marqués CE', 'certification CE'],
    definition:
      'C’est le signe qu’un dispositif médical peut être vendu en Europe. Il montre que l’objet respecte les règles de sécurité. Une étude peut porter sur un objet qui ne l’a pas encore.',
    seeAlso: ['dispositif-medical'],
  },
  {
    slug: 'autorisation-de-mise-sur-le-marche',
    term: 'Autorisation de mise sur le marché (AMM)',
    variants: ['autorisation de mise sur le marché', 'autorisations de mise sur le marché', 'AMM', 'mise sur le marché'],
    definition:
      'C’est l’accord officiel qui permet de vendre un médicament. Il est donné après les essais, si les bénéfices dépassent les risques. Un médicament peut être étudié dans une autre maladie que celle de son AMM.',
    seeAlso: ['phase-3', 'acces-precoce'],
  },
  {
    slug: 'acces-precoce',
    term: 'Accès précoce',
    variants: ['accès précoce', 'accès précoces', 'autorisation d’accès précoce', "autorisation d'accès précoce", 'autorisations d’accès précoce'],
    definition:
      'L’accès précoce permet d’avoir un médicament pas encore autorisé ou pas encore remboursé, hors d’un essai. C’est pour une maladie grave, rare ou qui gêne beaucoup, sans bon traitement. Le laboratoire fait la demande, et la HAS décide.',
    seeAlso: ['acces-compassionnel', 'autorisation-de-mise-sur-le-marche', 'has'],
  },
  {
    slug: 'molecule',
    term: 'Molécule',
    variants: ['molécule', 'molécules'],
    definition:
      'Dans le langage des études, une molécule désigne souvent la substance d’un médicament. On la nomme parfois par un code avant qu’elle ait un nom.',
    seeAlso: ['principe-actif'],
  },
  {
    slug: 'principe-actif',
    term: 'Principe actif',
    variants: ['principe actif', 'principes actifs', 'substance active', 'substances actives'],
    definition:
      'C’est la partie du médicament qui agit sur le corps. Le reste sert à le rendre facile à prendre. Un placebo n’en contient pas.',
    seeAlso: ['molecule', 'placebo'],
  },
  {
    slug: 'biosimilaire',
    term: 'Biosimilaire',
    variants: ['biosimilaire', 'biosimilaires'],
    definition:
      'C’est une copie très proche d’un médicament issu du vivant. Il agit de la même façon que l’original. Il coûte en général moins cher.',
    seeAlso: ['anticorps-monoclonal'],
  },
  {
    slug: 'vaccin',
    term: 'Vaccin',
    variants: ['vaccin', 'vaccins', 'vaccination', 'vaccinations'],
    definition:
      'Un vaccin apprend au corps à se défendre contre une maladie. La plupart sont donnés pour prévenir une infection. Certains vaccins sont étudiés pour soigner, par exemple un cancer.',
    seeAlso: ['prevention', 'immunotherapie'],
  },
  {
    slug: 'anticorps-monoclonal',
    term: 'Anticorps monoclonal',
    variants: ['anticorps monoclonal', 'anticorps monoclonaux'],
    definition:
      'C’est une protéine faite en laboratoire. Elle vise une cible précise dans le corps, comme une clé dans une serrure. Son nom finit souvent par « mab ».',
    seeAlso: ['anticorps', 'therapie-ciblee', 'immunotherapie'],
  },
  {
    slug: 'dose',
    term: 'Dose',
    variants: ['dose', 'doses'],
    definition:
      'La dose est la quantité de produit que vous recevez en une fois. Certaines études comparent plusieurs doses pour trouver la meilleure.',
    seeAlso: ['posologie', 'escalade-de-dose'],
  },
  {
    slug: 'posologie',
    term: 'Posologie',
    variants: ['posologie', 'posologies'],
    definition:
      'La posologie dit combien de produit prendre, à quel moment et pendant combien de temps. Elle est fixée par le médecin ou par le plan de l’étude.',
    seeAlso: ['dose'],
  },
  {
    slug: 'escalade-de-dose',
    term: 'Escalade de dose',
    variants: ['escalade de dose', 'escalade de doses', 'escalade des doses', 'augmentation de dose'],
    definition:
      'On donne d’abord une petite dose à quelques personnes. Si tout va bien, on augmente un peu pour le groupe suivant. On cherche ainsi la dose la plus forte qui reste bien supportée.',
    seeAlso: ['dose-maximale-toleree', 'phase-1'],
  },
  {
    slug: 'dose-maximale-toleree',
    term: 'Dose maximale tolérée',
    variants: ['dose maximale tolérée', 'doses maximales tolérées', 'DMT', 'MTD'],
    definition: 'C’est la dose la plus forte que l’on peut donner sans effets trop gênants. On la cherche souvent en phase 1.',
    seeAlso: ['escalade-de-dose', 'tolerance'],
  },
  {
    slug: 'voie-orale',
    term: 'Voie orale',
    variants: ['voie orale', 'par voie orale', 'per os', 'par la bouche'],
    definition: 'Le produit se prend par la bouche. Par exemple, un comprimé, une gélule ou un sirop.',
    seeAlso: ['posologie'],
  },
  {
    slug: 'voie-intraveineuse',
    term: 'Voie intraveineuse',
    variants: ['voie intraveineuse', 'intraveineuse', 'intraveineux', 'intraveineuses', 'perfusion', 'perfusions'],
    notFollowedBy: ['myocardique', 'cérébrale', 'tissulaire', 'pulmonaire'],
    definition:
      'Le produit est donné dans une veine, souvent par une perfusion. Une perfusion est un goutte-à-goutte qui peut durer de quelques minutes à plusieurs heures. Elle se fait le plus souvent à l’hôpital.',
    seeAlso: ['hopital-de-jour'],
  },
  {
    slug: 'voie-sous-cutanee',
    term: 'Voie sous-cutanée',
    variants: ['voie sous-cutanée', 'sous-cutanée', 'sous-cutané', 'sous-cutanées', 'sous cutanée', 'sous cutané', 'injection sous-cutanée', 'injections sous-cutanées'],
    definition:
      'Le produit est injecté juste sous la peau, avec une petite aiguille. Parfois, vous pouvez apprendre à le faire vous-même chez vous.',
    seeAlso: ['voie-intraveineuse'],
  },
  {
    slug: 'interaction-medicamenteuse',
    term: 'Interaction médicamenteuse',
    variants: ['interaction médicamenteuse', 'interactions médicamenteuses'],
    definition:
      'Deux produits pris ensemble peuvent se gêner ou se renforcer. C’est une interaction. Dites toujours à l’équipe tout ce que vous prenez, même les plantes.',
    seeAlso: ['contre-indication'],
  },
  {
    slug: 'contre-indication',
    term: 'Contre-indication',
    variants: ['contre-indication', 'contre-indications', 'contre indication', 'contre indications', 'contre-indiqué', 'contre-indiquée'],
    definition:
      'C’est une raison de ne pas donner un traitement ou de ne pas faire un examen. Par exemple, une allergie ou une grossesse. Elle protège votre santé.',
    seeAlso: ['critere-d-exclusion', 'interaction-medicamenteuse'],
  },
  {
    slug: 'observance',
    term: 'Observance',
    variants: ['observance', 'adhésion au traitement'],
    definition:
      'C’est le fait de suivre son traitement comme prévu : la bonne dose, au bon moment. Dans une étude, l’équipe peut vous demander de noter vos prises.',
    seeAlso: ['posologie'],
  },
  // — Critères et résultats —
  {
    slug: 'critere-d-inclusion',
    term: 'Critère d’inclusion',
    variants: ["critère d'inclusion", "critères d'inclusion", 'critère d’inclusion', 'critères d’inclusion', "critères d'éligibilité", "critère d'éligibilité"],
    definition:
      'C’est une condition à remplir pour participer. Par exemple, un âge, une maladie ou un stade de maladie. Il faut remplir toutes ces conditions. C’est l’équipe médicale qui vérifie.',
    seeAlso: ['critere-d-exclusion', 'protocole'],
  },
  {
    slug: 'critere-d-exclusion',
    term: 'Critère d’exclusion',
    variants: ["critère d'exclusion", "critères d'exclusion", 'critère de non-inclusion', 'critères de non-inclusion', 'critère de non inclusion', 'critères de non inclusion'],
    definition:
      'C’est une raison de ne pas pouvoir participer. Par exemple, un autre traitement ou une autre maladie. Ces règles protègent votre santé et la qualité des résultats.',
    seeAlso: ['critere-d-inclusion', 'contre-indication'],
  },
  {
    slug: 'critere-de-jugement-principal',
    term: 'Critère de jugement principal',
    variants: ['critère de jugement principal', 'critères de jugement principaux', 'critère principal', 'objectif principal', 'critère d’évaluation principal', "critère d'évaluation principal"],
    definition:
      'C’est la mesure principale qui dira si l’étude a atteint son but. Par exemple, la durée sans rechute ou la baisse d’une douleur. Elle est fixée avant le début de l’étude.',
    seeAlso: ['critere-de-jugement-secondaire', 'efficacite'],
  },
  {
    slug: 'critere-de-jugement-secondaire',
    term: 'Critère de jugement secondaire',
    variants: ['critère de jugement secondaire', 'critères de jugement secondaires', 'critères secondaires', 'critère secondaire', 'objectifs secondaires', 'objectif secondaire'],
    definition:
      'Ce sont d’autres mesures suivies dans l’étude, en plus de la mesure principale. Par exemple, la qualité de vie ou les effets indésirables. Elles complètent les résultats.',
    seeAlso: ['critere-de-jugement-principal', 'qualite-de-vie'],
  },
  {
    slug: 'efficacite',
    term: 'Efficacité',
    variants: ['efficacité', 'efficace', 'efficaces'],
    notPrecededBy: ['hautement', 'très', 'contraception', 'contraceptive', 'contraceptives', 'contraceptif', 'méthode', 'méthodes'],
    definition:
      'C’est la capacité d’un traitement à produire l’effet attendu sur la maladie. Une étude sert souvent à la mesurer. Tant qu’elle n’est pas prouvée, on ne peut pas promettre un résultat.',
    seeAlso: ['tolerance', 'critere-de-jugement-principal'],
  },
  {
    slug: 'tolerance',
    term: 'Tolérance',
    variants: ['tolérance', 'bien toléré', 'bien tolérée', 'toléré', 'tolérée', 'tolérés', 'tolérées'],
    definition:
      'C’est la façon dont le corps supporte un traitement. Un produit bien toléré cause peu d’effets gênants. On parle aussi de sécurité.',
    seeAlso: ['effet-indesirable', 'efficacite'],
  },
  {
    slug: 'effet-indesirable',
    term: 'Effet indésirable',
    variants: ['effet indésirable', 'effets indésirables', 'effet secondaire', 'effets secondaires', 'effets indésirables graves', 'effet indésirable grave', 'EIG'],
    definition:
      'C’est un effet gênant ou nocif causé par un traitement. Il peut être léger, comme une fatigue, ou grave. Signalez tout ce qui vous arrive à l’équipe, même si cela vous semble sans lien.',
    seeAlso: ['evenement-indesirable', 'tolerance'],
  },
  {
    slug: 'evenement-indesirable',
    term: 'Événement indésirable',
    variants: ['événement indésirable', 'événements indésirables', 'évènement indésirable', 'évènements indésirables', 'événement indésirable grave', 'événements indésirables graves'],
    definition:
      'C’est un problème de santé qui arrive pendant l’étude, lié ou non au traitement. L’équipe les note tous. Elle cherche ensuite s’ils sont dus au produit.',
    seeAlso: ['effet-indesirable'],
  },
  {
    slug: 'biomarqueur',
    term: 'Biomarqueur',
    variants: ['biomarqueur', 'biomarqueurs', 'marqueur biologique', 'marqueurs biologiques'],
    definition:
      'C’est un signe que l’on peut mesurer dans le corps. Par exemple, une valeur dans le sang ou un gène. Il aide à suivre une maladie ou à choisir un traitement.',
    seeAlso: ['therapie-ciblee', 'prelevement'],
  },
  {
    slug: 'pharmacocinetique',
    term: 'Pharmacocinétique',
    variants: ['pharmacocinétique', 'pharmacocinétiques'],
    definition:
      'C’est l’étude du trajet d’un produit dans le corps. On regarde comment il entre, circule, se transforme et sort. Pour cela, on fait souvent plusieurs prises de sang.',
    seeAlso: ['pharmacodynamique', 'bioequivalence'],
  },
  {
    slug: 'pharmacodynamique',
    term: 'Pharmacodynamique',
    variants: ['pharmacodynamique', 'pharmacodynamiques'],
    definition: 'C’est l’étude de ce qu’un produit fait au corps. On regarde ses effets, et à partir de quelle dose ils apparaissent.',
    seeAlso: ['pharmacocinetique'],
  },
  {
    slug: 'bioequivalence',
    term: 'Bioéquivalence',
    variants: ['bioéquivalence', 'bioéquivalent', 'bioéquivalente', 'bioéquivalents', 'bioéquivalentes'],
    definition:
      'Deux produits sont bioéquivalents s’ils passent dans le sang de la même façon. C’est ce que l’on vérifie pour un générique. Ces études se font souvent chez des volontaires sains.',
    seeAlso: ['pharmacocinetique', 'volontaire-sain'],
  },
  {
    slug: 'statistiquement-significatif',
    term: 'Statistiquement significatif',
    variants: ['statistiquement significatif', 'statistiquement significative', 'significativement', 'différence significative', 'différences significatives'],
    definition:
      'Un résultat est dit significatif quand il serait peu probable si le traitement n’avait aucun effet. Ce n’est ni une preuve que l’effet est réel, ni une preuve qu’il est grand. Un petit effet peut être significatif. Il faut aussi voir sa taille et son intérêt pour les malades.',
    seeAlso: ['efficacite'],
  },
  {
    slug: 'incidence',
    term: 'Incidence',
    variants: ['incidence', 'incidences'],
    definition: 'C’est le nombre de nouveaux cas d’une maladie sur une période, souvent un an. Elle dit à quelle vitesse la maladie apparaît.',
    seeAlso: ['prevalence'],
  },
  {
    slug: 'prevalence',
    term: 'Prévalence',
    variants: ['prévalence', 'prévalences'],
    definition: 'C’est le nombre de personnes qui ont une maladie à un moment donné. On la donne souvent pour mille ou pour cent mille personnes.',
    seeAlso: ['incidence', 'maladie-rare'],
  },
  {
    slug: 'facteur-de-risque',
    term: 'Facteur de risque',
    variants: ['facteur de risque', 'facteurs de risque'],
    definition:
      'C’est ce qui augmente les chances d’avoir une maladie. Par exemple, le tabac ou l’âge. Avoir un facteur de risque ne veut pas dire que l’on tombera malade.',
    seeAlso: ['prevention', 'cas-temoins'],
  },
  // — Déroulé d'une étude —
  {
    slug: 'recrutement',
    term: 'Recrutement',
    variants: ['recrutement', 'recrutements', 'en cours de recrutement', 'recrute', 'recrutent', 'période de recrutement', 'période d’inclusion', "période d'inclusion"],
    definition:
      'C’est la période où l’étude accepte de nouveaux participants. Une étude peut recruter dans un lieu et pas dans un autre. Quand le nombre prévu est atteint, le recrutement s’arrête.',
    seeAlso: ['centre-investigateur', 'critere-d-inclusion', 'inclusion'],
  },
  {
    slug: 'pre-selection',
    term: 'Présélection',
    variants: ['présélection', 'pré-sélection', 'screening', 'visite de sélection', 'période de sélection'],
    definition:
      'Avant d’entrer dans l’étude, l’équipe vérifie que vous remplissez les conditions. Cela peut demander un examen ou une prise de sang. Il arrive qu’une personne ne soit pas retenue à cette étape.',
    seeAlso: ['critere-d-inclusion', 'visite'],
  },
  {
    slug: 'suivi',
    term: 'Suivi',
    variants: ['suivi', 'suivis', 'période de suivi', 'durée de suivi', 'suivi à long terme'],
    notFollowedBy: ['de', 'd’', 'par'],
    notPrecededBy: ['patient', 'patients', 'patiente', 'patientes', 'personne', 'personnes', 'être', 'est', 'sont', 'été', 'régulièrement', 'actuellement', 'habituellement', 'bien', 'mal', 'traitement'],
    definition:
      'C’est la période où l’équipe prend de vos nouvelles, après le traitement ou pendant l’étude. Cela peut passer par des visites, des appels ou des questionnaires. Le suivi peut durer des mois ou des années.',
    seeAlso: ['visite', 'cohorte'],
  },
  {
    slug: 'visite',
    term: 'Visite',
    variants: ['visite', 'visites', "visite d'inclusion", 'visite de suivi', 'visites de suivi'],
    definition:
      'Une visite est un rendez-vous prévu par l’étude, dans le lieu de soins. On y fait des examens ou on y fait le point. Le nombre de visites est écrit dans la note d’information.',
    seeAlso: ['suivi', 'centre-investigateur'],
  },
  {
    slug: 'questionnaire',
    term: 'Questionnaire',
    variants: ['questionnaire', 'questionnaires', 'auto-questionnaire', 'auto-questionnaires'],
    definition:
      'C’est une liste de questions à remplir, sur papier ou sur écran. Il porte souvent sur vos symptômes ou votre quotidien. Il n’y a pas de bonne ou de mauvaise réponse.',
    seeAlso: ['qualite-de-vie'],
  },
  {
    slug: 'hopital-de-jour',
    term: 'Hôpital de jour',
    variants: ['hôpital de jour', 'hôpitaux de jour', 'hospitalisation de jour', 'HDJ'],
    definition: 'Vous venez à l’hôpital pour un soin ou un examen et vous rentrez chez vous le soir même. Vous n’y dormez pas.',
    seeAlso: ['ambulatoire'],
  },
  {
    slug: 'ambulatoire',
    term: 'Ambulatoire',
    variants: ['ambulatoire', 'ambulatoires', 'en ambulatoire', 'chirurgie ambulatoire'],
    definition: 'Un soin ambulatoire se fait sans rester la nuit à l’hôpital. Vous rentrez chez vous le jour même.',
    seeAlso: ['hopital-de-jour'],
  },
  {
    slug: 'hospitalisation',
    term: 'Hospitalisation',
    variants: ['hospitalisation', 'hospitalisations', 'hospitalisé', 'hospitalisée', 'hospitalisés', 'hospitalisées'],
    definition: 'C’est un séjour à l’hôpital, avec au moins une nuit sur place. Certaines études en demandent une, souvent courte.',
    seeAlso: ['hopital-de-jour'],
  },
  {
    slug: 'dossier-medical',
    term: 'Dossier médical',
    variants: ['dossier médical', 'dossiers médicaux', 'dossier patient'],
    definition:
      'C’est l’ensemble des documents sur votre santé : comptes rendus, examens, traitements. Dans une étude, l’équipe peut le consulter avec votre accord. Elle est tenue au secret.',
    seeAlso: ['donnees-de-sante'],
  },
  {
    slug: 'medecin-traitant',
    term: 'Médecin traitant',
    variants: ['médecin traitant', 'médecins traitants', 'médecin généraliste', 'médecin de famille'],
    definition:
      'C’est le médecin qui vous suit au quotidien. Parlez-lui de l’étude avant de vous décider. Avec votre accord, l’équipe de l’étude peut le tenir informé.',
    seeAlso: ['investigateur'],
  },
  // — Examens —
  {
    slug: 'prelevement',
    term: 'Prélèvement',
    variants: ['prélèvement', 'prélèvements', 'prélevé', 'prélevée', 'prélevés'],
    definition:
      'C’est le fait de recueillir un peu de sang, d’urine, de salive ou de tissu. Il sert à faire des analyses. La note d’information dit combien de prélèvements sont prévus.',
    seeAlso: ['prise-de-sang', 'biopsie', 'echantillon-biologique'],
  },
  {
    slug: 'prise-de-sang',
    term: 'Prise de sang',
    variants: ['prise de sang', 'prises de sang', 'bilan sanguin', 'bilans sanguins', 'analyse de sang', 'analyses de sang', 'prélèvement sanguin', 'prélèvements sanguins'],
    definition: 'On prélève un peu de sang dans une veine du bras, avec une aiguille. Cela dure quelques minutes.',
    seeAlso: ['prelevement'],
  },
  {
    slug: 'biopsie',
    term: 'Biopsie',
    variants: ['biopsie', 'biopsies', 'biopsie tumorale', 'biopsies tumorales'],
    definition:
      'C’est le fait de prélever un petit bout de tissu. On l’examine ensuite au microscope. Elle se fait souvent sous anesthésie locale.',
    seeAlso: ['prelevement', 'anesthesie'],
  },
  {
    slug: 'irm',
    term: 'IRM',
    variants: ['IRM', 'imagerie par résonance magnétique', 'IRMf'],
    definition:
      'L’IRM est un examen qui fait des images très précises de l’intérieur du corps. Elle utilise un aimant, sans rayons X. Vous restez allongé dans un tube, souvent de 20 à 40 minutes. Elle est bruyante, mais sans douleur.',
    seeAlso: ['scanner'],
  },
  {
    slug: 'scanner',
    term: 'Scanner',
    variants: ['scanner', 'scanners', 'tomodensitométrie', 'TDM', 'scanographie'],
    definition:
      'Le scanner fait des images en coupes de l’intérieur du corps. Il utilise des rayons X. L’examen est court et sans douleur. On injecte parfois un produit pour mieux voir.',
    seeAlso: ['irm', 'tep'],
  },
  {
    slug: 'tep',
    term: 'TEP (tomographie par émission de positons)',
    variants: ['TEP', 'TEP-scan', 'TEP scan', 'PET-scan', 'PET scan', 'tomographie par émission de positons', 'TEP-TDM'],
    definition:
      'C’est un examen d’imagerie qui montre comment les organes fonctionnent. On injecte un produit un peu radioactif. La dose de rayons est faible, mais elle n’est pas nulle : dites à l’équipe si vous êtes enceinte. Il aide à trouver et à suivre certains cancers.',
    seeAlso: ['scanner'],
  },
  {
    slug: 'echographie',
    term: 'Échographie',
    variants: ['échographie', 'échographies', 'échocardiographie'],
    definition: 'C’est un examen qui fait des images grâce à des ultrasons. Il est sans douleur et sans rayons. On passe une sonde sur la peau avec un gel.',
    seeAlso: ['irm'],
  },
  {
    slug: 'ecg',
    term: 'Électrocardiogramme (ECG)',
    variants: ['électrocardiogramme', 'électrocardiogrammes', 'ECG'],
    definition: 'C’est un examen qui enregistre l’activité du cœur. On colle quelques électrodes sur la peau. Il dure quelques minutes et ne fait pas mal.',
    seeAlso: ['visite'],
  },
  {
    slug: 'endoscopie',
    term: 'Endoscopie',
    variants: ['endoscopie', 'endoscopies', 'fibroscopie', 'coloscopie', 'coloscopies', 'gastroscopie'],
    definition:
      'On regarde l’intérieur d’un organe avec un tube fin muni d’une caméra. Par exemple, l’estomac ou l’intestin. Elle se fait souvent sous anesthésie.',
    seeAlso: ['biopsie', 'anesthesie'],
  },
  {
    slug: 'anesthesie',
    term: 'Anesthésie',
    variants: ['anesthésie', 'anesthésies', 'anesthésie générale', 'anesthésie locale'],
    definition:
      'L’anesthésie évite la douleur pendant un soin. Elle peut être locale, sur une petite zone. Elle peut aussi être générale : vous dormez pendant le soin.',
    seeAlso: ['biopsie'],
  },
  {
    slug: 'test-genetique',
    term: 'Test génétique',
    variants: ['test génétique', 'tests génétiques', 'analyse génétique', 'analyses génétiques', 'examen génétique', 'séquençage'],
    definition:
      'C’est une analyse de vos gènes, souvent à partir d’une prise de sang. Il peut aider à comprendre une maladie ou à choisir un traitement. Il faut votre accord écrit pour le faire.',
    seeAlso: ['adn', 'mutation'],
  },
  {
    slug: 'adn',
    term: 'ADN',
    variants: ['ADN', 'acide désoxyribonucléique'],
    definition: 'L’ADN porte les informations qui font fonctionner le corps. On le trouve dans presque toutes nos cellules. Il est fait de gènes.',
    seeAlso: ['mutation', 'test-genetique'],
  },
  {
    slug: 'mutation',
    term: 'Mutation',
    variants: ['mutation', 'mutations', 'muté', 'mutée', 'variant génétique', 'variants génétiques', 'altération génétique'],
    definition:
      'Une mutation est un changement dans un gène. Certaines sont héritées des parents, d’autres apparaissent au cours de la vie. Dans un cancer, une mutation peut guider le choix du traitement.',
    seeAlso: ['adn', 'therapie-ciblee'],
  },
  {
    slug: 'imc',
    term: 'Indice de masse corporelle (IMC)',
    variants: ['indice de masse corporelle', 'IMC', 'BMI'],
    definition:
      'L’IMC met en lien votre poids et votre taille. On divise le poids par la taille au carré. Certaines études fixent un IMC minimum ou maximum.',
    seeAlso: ['critere-d-inclusion'],
  },
  {
    slug: 'ecog',
    term: 'Score ECOG',
    variants: ['ECOG', 'score ECOG', 'indice ECOG', 'indice de performance', 'performance status', 'statut de performance', 'indice de performance ECOG', 'score de performance ECOG', 'statut de performance ECOG', 'ECOG PS'],
    definition:
      'C’est une note de 0 à 5 qui décrit votre capacité à faire les gestes du quotidien. 0 veut dire aucune gêne. Plus le chiffre est haut, plus la maladie pèse sur la vie de tous les jours.',
    seeAlso: ['critere-d-inclusion', 'qualite-de-vie'],
  },
  {
    slug: 'insuffisance-renale',
    term: 'Insuffisance rénale',
    variants: ['insuffisance rénale', 'insuffisances rénales', 'insuffisance rénale chronique', 'insuffisance rénale aiguë', 'maladie rénale chronique'],
    definition:
      'Les reins filtrent mal le sang. Cela se mesure par une prise de sang. Comme les reins éliminent beaucoup de produits, certaines études l’excluent.',
    seeAlso: ['clairance-de-la-creatinine', 'dialyse', 'critere-d-exclusion'],
  },
  {
    slug: 'insuffisance-hepatique',
    term: 'Insuffisance hépatique',
    variants: ['insuffisance hépatique', 'insuffisances hépatiques', 'insuffisance hépatocellulaire'],
    definition: 'Le foie ne fonctionne pas bien. Or le foie transforme beaucoup de médicaments. Pour cette raison, certaines études l’excluent.',
    seeAlso: ['critere-d-exclusion'],
  },
  {
    slug: 'dialyse',
    term: 'Dialyse',
    variants: ['dialyse', 'dialyses', 'dialysé', 'dialysée', 'dialysés', 'hémodialyse'],
    definition: 'La dialyse filtre le sang à la place des reins quand ils ne marchent plus assez. Elle se fait souvent plusieurs fois par semaine.',
    seeAlso: ['insuffisance-renale', 'greffe'],
  },
  {
    slug: 'greffe',
    term: 'Greffe',
    variants: ['greffe', 'greffes', 'greffé', 'greffée', 'transplantation', 'transplantations', 'transplanté', 'transplantée', 'autogreffe', 'autogreffes', 'allogreffe', 'allogreffes', 'greffe allogénique', 'greffe autologue'],
    definition:
      'Une greffe remplace un organe ou un tissu malade par un organe sain, venant d’un donneur. Après une greffe, on prend des médicaments pour éviter le rejet.',
    seeAlso: ['dialyse'],
  },
  // — Cancer et traitements —
  {
    slug: 'tumeur',
    term: 'Tumeur',
    variants: ['tumeur', 'tumeurs', 'tumoral', 'tumorale', 'tumoraux'],
    definition:
      'Une tumeur est une masse de cellules qui se multiplient trop. Elle peut être bénigne, sans gravité, ou maligne. Une tumeur maligne est un cancer.',
    seeAlso: ['tumeur-solide', 'metastase'],
  },
  {
    slug: 'tumeur-solide',
    term: 'Tumeur solide',
    variants: ['tumeur solide', 'tumeurs solides', 'cancer solide', 'cancers solides'],
    definition:
      'C’est un cancer qui forme une masse dans un organe, comme le sein, le poumon ou le côlon. On l’oppose aux cancers du sang, comme les leucémies.',
    seeAlso: ['tumeur', 'metastase'],
  },
  {
    slug: 'metastase',
    term: 'Métastase',
    variants: ['métastase', 'métastases', 'métastatique', 'métastatiques', 'métastasé', 'métastasée'],
    definition:
      'C’est un foyer de cancer à distance de la tumeur de départ. Des cellules malades ont voyagé dans le corps. On parle alors de cancer métastatique.',
    seeAlso: ['tumeur', 'stade'],
  },
  {
    slug: 'stade',
    term: 'Stade (d’une maladie)',
    variants: ['stade', 'stades', 'stade avancé', 'stade précoce', 'localement avancé', 'localement avancée'],
    definition:
      'Le stade dit à quel point une maladie est avancée. Pour un cancer, il dit jusqu’où elle s’est étendue, souvent de 1 à 4. Plus le chiffre est haut, plus la maladie est avancée.',
    seeAlso: ['metastase'],
  },
  {
    slug: 'chimiotherapie',
    term: 'Chimiothérapie',
    variants: ['chimiothérapie', 'chimiothérapies', 'chimio'],
    definition:
      'C’est un traitement par des médicaments qui détruisent les cellules qui se multiplient vite, comme celles d’un cancer. Elle se donne par perfusion ou en comprimés. Elle peut causer de la fatigue ou des nausées.',
    seeAlso: ['therapie-ciblee', 'immunotherapie', 'radiotherapie'],
  },
  {
    slug: 'immunotherapie',
    term: 'Immunothérapie',
    variants: ['immunothérapie', 'immunothérapies'],
    definition:
      'C’est un traitement qui aide vos propres défenses à combattre une maladie, souvent un cancer. Il agit sur le système de défense du corps, pas sur la tumeur elle-même.',
    seeAlso: ['anticorps-monoclonal', 'chimiotherapie'],
  },
  {
    slug: 'radiotherapie',
    term: 'Radiothérapie',
    variants: ['radiothérapie', 'radiothérapies', 'irradiation'],
    definition:
      'Ce traitement utilise des rayons pour détruire des cellules malades, à un endroit précis. Les séances sont courtes et sans douleur sur le moment. Elles se répètent souvent sur plusieurs semaines.',
    seeAlso: ['chimiotherapie'],
  },
  {
    slug: 'therapie-ciblee',
    term: 'Thérapie ciblée',
    variants: ['thérapie ciblée', 'thérapies ciblées', 'traitement ciblé', 'traitements ciblés'],
    definition:
      'Ce traitement vise une anomalie précise des cellules malades. Il ne marche que si cette anomalie est présente. On la cherche donc d’abord par un test.',
    seeAlso: ['biomarqueur', 'mutation'],
  },
  {
    slug: 'hormonotherapie',
    term: 'Hormonothérapie',
    variants: ['hormonothérapie', 'hormonothérapies'],
    definition:
      'Ce traitement bloque l’effet de certaines hormones. Il sert contre des cancers qui ont besoin d’hormones pour grandir, comme certains cancers du sein ou de la prostate.',
    seeAlso: ['therapie-ciblee'],
  },
  {
    slug: 'therapie-genique',
    term: 'Thérapie génique',
    variants: ['thérapie génique', 'thérapies géniques', 'thérapie cellulaire', 'thérapies cellulaires', 'CAR-T'],
    definition:
      'Ce traitement agit sur les gènes ou sur les cellules d’une personne. Il peut corriger un gène malade, ou armer des cellules contre une maladie. Ces traitements sont récents et très encadrés.',
    seeAlso: ['adn', 'maladie-rare'],
  },
  {
    slug: 'traitement-adjuvant',
    term: 'Traitement adjuvant',
    variants: ['traitement adjuvant', 'traitements adjuvants', 'adjuvant', 'adjuvante', 'situation adjuvante'],
    notPrecededBy: ['avec', 'sans', 'vaccin', 'vaccins'],
    notFollowedBy: ['à base', 'd’aluminium', 'de freund'],
    definition:
      'C’est un traitement en plus, donné après le soin principal, souvent une opération. Le but est que la maladie ne revienne pas.',
    seeAlso: ['traitement-neoadjuvant', 'recidive'],
  },
  {
    slug: 'traitement-neoadjuvant',
    term: 'Traitement néoadjuvant',
    variants: ['traitement néoadjuvant', 'traitements néoadjuvants', 'néoadjuvant', 'néo-adjuvant', 'néoadjuvante', 'néo-adjuvante'],
    definition:
      'C’est un traitement donné avant le soin principal, souvent avant une opération. Par exemple, il sert à faire fondre une tumeur.',
    seeAlso: ['traitement-adjuvant'],
  },
  {
    slug: 'ligne-de-traitement',
    term: 'Ligne de traitement',
    variants: ['ligne de traitement', 'lignes de traitement', 'première ligne', 'deuxième ligne', 'seconde ligne', 'troisième ligne', 'lignes antérieures', 'ligne antérieure'],
    definition:
      'Une ligne est un traitement essayé dans l’ordre. La première ligne est le premier traitement donné. Si elle ne suffit plus, on passe à la deuxième ligne.',
    seeAlso: ['traitement-de-reference', 'progression'],
  },
  {
    slug: 'reponse-au-traitement',
    term: 'Réponse au traitement',
    variants: ['réponse au traitement', 'réponse complète', 'réponse partielle', 'réponses complètes', 'réponses partielles', 'taux de réponse', 'répondeur', 'répondeurs', 'réponse objective', 'réponses objectives', 'taux de réponse objective', 'réponse complète pathologique', 'durée de la réponse', 'durée de réponse'],
    definition:
      'C’est la façon dont la maladie réagit au traitement. La réponse est complète si les signes de la maladie disparaissent. Elle est partielle s’ils diminuent.',
    seeAlso: ['remission', 'progression'],
  },
  {
    slug: 'remission',
    term: 'Rémission',
    variants: ['rémission', 'rémissions', 'en rémission'],
    definition:
      'Les signes de la maladie ont baissé ou ont disparu. Cela ne veut pas toujours dire guérison. Un suivi reste nécessaire.',
    seeAlso: ['recidive', 'reponse-au-traitement'],
  },
  {
    slug: 'recidive',
    term: 'Récidive',
    variants: ['récidive', 'récidives', 'rechute', 'rechutes', 'récidivant', 'récidivante', 'en rechute'],
    definition: 'La maladie revient après une période où elle avait disparu ou baissé. On parle aussi de rechute.',
    seeAlso: ['remission', 'traitement-adjuvant'],
  },
  {
    slug: 'progression',
    term: 'Progression',
    variants: ['progression', 'progressions', 'progression de la maladie', 'évolution de la maladie'],
    definition: 'La maladie s’aggrave ou s’étend malgré le traitement. Dans les études sur le cancer, elle se mesure souvent avec des images.',
    seeAlso: ['survie-sans-progression', 'ligne-de-traitement'],
  },
  {
    slug: 'survie-sans-progression',
    term: 'Survie sans progression',
    variants: ['survie sans progression', 'SSP', 'PFS'],
    definition:
      'C’est le temps pendant lequel la maladie ne s’aggrave pas. C’est une mesure faite sur un groupe. Elle ne prédit pas ce qui arrivera à une personne donnée.',
    seeAlso: ['survie-globale', 'survie-sans-maladie', 'progression'],
  },
  {
    slug: 'survie-globale',
    term: 'Survie globale',
    variants: ['survie globale', 'taux de survie'],
    definition:
      'C’est une mesure du temps de vie des participants d’un groupe, depuis le début de l’étude. Elle sert à comparer des traitements. Elle ne dit rien de certain pour une personne donnée.',
    seeAlso: ['survie-sans-progression', 'esperance-de-vie'],
  },
  {
    slug: 'esperance-de-vie',
    term: 'Espérance de vie',
    variants: ['espérance de vie', 'espérance de vie estimée', 'espérance de vie supérieure'],
    definition:
      'C’est une moyenne, calculée sur un grand groupe de personnes. Elle ne dit pas combien de temps une personne vivra. Certaines études la citent comme condition. Votre médecin peut vous dire ce que cela veut dire pour vous.',
    seeAlso: ['survie-globale'],
  },
  {
    slug: 'soins-de-support',
    term: 'Soins de support',
    variants: ['soins de support', 'soins de soutien'],
    definition:
      'Ce sont les soins qui aident à vivre mieux pendant une maladie grave. Par exemple, contre la douleur, la fatigue ou le stress. On peut en recevoir à tout moment.',
    seeAlso: ['soins-palliatifs', 'qualite-de-vie'],
  },
  {
    slug: 'soins-palliatifs',
    term: 'Soins palliatifs',
    variants: ['soins palliatifs', 'palliatif', 'palliative', 'palliatifs', 'palliatives'],
    definition:
      'Ces soins soulagent la douleur et les autres gênes quand la maladie ne peut pas guérir. Ils prennent soin de la personne et de ses proches. Ils ne sont pas réservés à la fin de vie.',
    seeAlso: ['soins-de-support', 'qualite-de-vie'],
  },
  // — Maladies et santé —
  {
    slug: 'maladie-rare',
    term: 'Maladie rare',
    variants: ['maladie rare', 'maladies rares', 'maladie orpheline', 'maladies orphelines'],
    definition:
      'En Europe, une maladie est rare si elle touche moins d’une personne sur 2 000. Il en existe des milliers. Les études sont souvent peu nombreuses et les lieux éloignés.',
    seeAlso: ['prevalence', 'therapie-genique'],
  },
  {
    slug: 'maladie-chronique',
    term: 'Maladie chronique',
    variants: ['maladie chronique', 'maladies chroniques', 'chronique', 'chroniques'],
    definition: 'C’est une maladie qui dure longtemps, souvent toute la vie. Elle demande des soins réguliers. Le diabète et l’asthme en sont des exemples.',
    seeAlso: ['maladie-aigue'],
  },
  {
    slug: 'maladie-aigue',
    term: 'Maladie aiguë',
    variants: ['maladie aiguë', 'maladies aiguës', 'phase aiguë', 'forme aiguë'],
    definition:
      'Une maladie aiguë apparaît vite et évolue vite. Elle peut être légère ou grave. On l’oppose à une maladie chronique, qui dure longtemps.',
    seeAlso: ['maladie-chronique'],
  },
  {
    slug: 'maladie-auto-immune',
    term: 'Maladie auto-immune',
    variants: ['maladie auto-immune', 'maladies auto-immunes', 'auto-immune', 'auto-immunes', 'auto-immun', 'auto-immunité'],
    definition:
      'Le système de défense du corps attaque par erreur ses propres organes. Le lupus et la polyarthrite en sont des exemples.',
    seeAlso: ['immunotherapie'],
  },
  {
    slug: 'comorbidite',
    term: 'Comorbidité',
    variants: ['comorbidité', 'comorbidités', 'maladie associée', 'maladies associées'],
    definition:
      'C’est une autre maladie que vous avez en plus de celle étudiée. Par exemple, un diabète ou un problème de cœur. Certaines études ne les acceptent pas, pour votre sécurité.',
    seeAlso: ['critere-d-exclusion'],
  },
  {
    slug: 'symptome',
    term: 'Symptôme',
    variants: ['symptôme', 'symptômes', 'symptomatique', 'symptomatiques'],
    definition: 'C’est un signe de maladie que vous ressentez ou que l’on voit. Par exemple, la fièvre, la toux ou la douleur.',
    seeAlso: ['diagnostic'],
  },
  {
    slug: 'diagnostic',
    term: 'Diagnostic',
    variants: ['diagnostic', 'diagnostics', 'diagnostiqué', 'diagnostiquée', 'diagnostiqués', 'diagnostiquées', 'diagnostique'],
    definition: 'Le diagnostic est le nom de la maladie, posé par un médecin. Il s’appuie sur vos signes, un examen et parfois des analyses.',
    seeAlso: ['pronostic', 'symptome'],
  },
  {
    slug: 'pronostic',
    term: 'Pronostic',
    variants: ['pronostic', 'pronostics', 'pronostique'],
    definition:
      'C’est ce que l’on peut prévoir de l’évolution d’une maladie. Il s’appuie sur des données de groupes. Pour vous, seul votre médecin peut en parler de façon juste.',
    seeAlso: ['diagnostic', 'esperance-de-vie'],
  },
  {
    slug: 'depistage',
    term: 'Dépistage',
    variants: ['dépistage', 'dépistages', 'dépisté', 'dépistée'],
    definition:
      'C’est la recherche d’une maladie chez des personnes qui n’ont pas de signes. Le but est de la trouver tôt, pour mieux la soigner.',
    seeAlso: ['prevention', 'diagnostic'],
  },
  {
    slug: 'prevention',
    term: 'Prévention',
    variants: ['prévention', 'préventif', 'préventive', 'préventifs', 'préventives', 'prophylaxie', 'prophylactique'],
    definition: 'Ce sont les actions qui évitent qu’une maladie apparaisse ou s’aggrave. Par exemple, un vaccin, un dépistage ou un conseil de vie.',
    seeAlso: ['vaccin', 'depistage'],
  },
  {
    slug: 'qualite-de-vie',
    term: 'Qualité de vie',
    variants: ['qualité de vie', 'qualité de la vie'],
    definition:
      'C’est la façon dont vous vivez votre quotidien avec la maladie : forme, moral, vie sociale. Les études la mesurent souvent par des questionnaires. Elle compte autant que les résultats des examens.',
    seeAlso: ['questionnaire', 'soins-de-support'],
  },
  {
    slug: 'contraception',
    term: 'Contraception efficace',
    variants: ['contraception efficace', 'contraception', 'contraceptions', 'méthode de contraception', 'méthodes de contraception', 'méthode contraceptive', 'contraceptif', 'contraceptive', 'contraception hautement efficace', 'méthode de contraception hautement efficace', 'méthodes de contraception hautement efficaces', 'méthode de contraception efficace', 'méthodes de contraception efficaces', 'méthode contraceptive efficace', 'méthodes contraceptives efficaces', 'méthode contraceptive hautement efficace', 'méthodes contraceptives hautement efficaces', 'préservatif', 'préservatifs'],
    definition:
      'Beaucoup d’études demandent d’éviter une grossesse pendant et après le traitement. Le produit pourrait nuire au futur bébé. L’équipe vous dit quelles méthodes sont acceptées, et pendant combien de temps.',
    seeAlso: ['test-de-grossesse', 'femme-en-age-de-procreer', 'grossesse'],
  },
  {
    slug: 'test-de-grossesse',
    term: 'Test de grossesse',
    variants: ['test de grossesse', 'tests de grossesse', 'test de grossesse urinaire', 'test de grossesse sérique', 'bêta-HCG', 'β-HCG'],
    definition:
      'C’est un test qui dit si une femme est enceinte. Il se fait sur l’urine ou par une prise de sang. Beaucoup d’études le font avant de commencer, pour protéger la mère et l’enfant.',
    seeAlso: ['grossesse', 'contraception'],
  }];

/** Every term of the glossary: the base terms above and the terms met in criteria (`terms-criteria.ts`). */
export const GLOSSARY_TERMS: readonly GlossaryTerm[] = [...BASE_TERMS, ...CRITERIA_TERMS];

const BY_SLUG = new Map(GLOSSARY_TERMS.map((t) => [t.slug, t]));

export function getGlossaryTerm(slug: string): GlossaryTerm | undefined {
  return BY_SLUG.get(slug);
}

/** Anchor id of a term on /glossaire. */
export function glossaryAnchorId(slug: string): string {
  return `terme-${slug}`;
}

const collator = new Intl.Collator('fr', { sensitivity: 'base' });

/** First letter of a term, without accent, for the letter index (« Échographie » → « E »). */
export function glossaryLetter(term: string): string {
  return term.normalize('NFD').replace(/\p{M}/gu, '').charAt(0).toUpperCase();
}

export interface GlossaryLetterGroup {
  letter: string;
  terms: GlossaryTerm[];
}

/** Terms sorted in French alphabetical order, grouped by first letter. */
export function groupGlossaryTermsByLetter(terms: readonly GlossaryTerm[] = GLOSSARY_TERMS): GlossaryLetterGroup[] {
  const sorted = [...terms].sort((a, b) => collator.compare(a.term, b.term));
  const groups: GlossaryLetterGroup[] = [];
  for (const t of sorted) {
    const letter = glossaryLetter(t.term);
    const last = groups.at(-1);
    if (last?.letter === letter) last.terms.push(t);
    else groups.push({ letter, terms: [t] });
  }
  return groups;
}
