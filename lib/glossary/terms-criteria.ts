import type { GlossaryTerm } from './types';

/**
 * Glossary terms met in the conditions to take part (inclusion and exclusion criteria) and in what a study
 * measures: scores, blood tests, diseases, designs. Part of `GLOSSARY_TERMS` (`terms.ts`), same rules: plain
 * French, vouvoiement, Kandel–Moles ≥ 70, French typography.
 */
export const CRITERIA_TERMS: readonly GlossaryTerm[] = [
  // — Scores et échelles —
  {
    slug: 'karnofsky',
    term: 'Indice de Karnofsky',
    variants: ['indice de Karnofsky', 'score de Karnofsky', 'échelle de Karnofsky', 'Karnofsky', 'KPS', 'indice de Lansky', 'score de Lansky'],
    definition:
      'C’est une note de 0 à 100 qui dit ce que vous pouvez faire seul au quotidien. 100 veut dire aucune gêne. Plus la note est basse, plus la maladie pèse sur la vie de tous les jours.',
    seeAlso: ['ecog', 'critere-d-inclusion'],
  },
  {
    slug: 'recist',
    term: 'Critères RECIST',
    variants: ['RECIST', 'critères RECIST', 'RECIST 1.1', 'RECIST v1.1', 'iRECIST', 'mRECIST', 'critères iRECIST', 'critères mRECIST'],
    definition:
      'Ce sont des règles pour mesurer un cancer sur des images, comme un scanner. On mesure les tumeurs au début, puis à chaque bilan. Cela dit si la maladie a baissé, est stable ou a grossi.',
    seeAlso: ['lesion-mesurable', 'reponse-au-traitement', 'progression'],
  },
  {
    slug: 'lesion-mesurable',
    term: 'Lésion mesurable',
    variants: ['lésion mesurable', 'lésions mesurables', 'maladie mesurable', 'maladie évaluable', 'lésion cible', 'lésions cibles'],
    definition:
      'C’est une tumeur assez grande pour être mesurée de façon fiable sur un scanner ou une IRM. Beaucoup d’études sur le cancer en demandent au moins une. Elle sert à voir si le traitement agit.',
    seeAlso: ['recist', 'tumeur'],
  },
  {
    slug: 'nyha',
    term: 'Classe NYHA',
    variants: ['NYHA', 'classe NYHA', 'classes NYHA', 'classification NYHA', 'stade NYHA', 'classe fonctionnelle NYHA'],
    definition:
      'C’est une note de 1 à 4 pour le cœur qui fatigue. En classe 1, vous n’avez pas de gêne. En classe 4, vous êtes essoufflé même au repos.',
    seeAlso: ['insuffisance-cardiaque', 'fraction-d-ejection'],
  },
  {
    slug: 'grade-ctcae',
    term: 'Grade CTCAE',
    variants: ['CTCAE', 'NCI-CTCAE', 'NCI CTCAE', 'grade CTCAE', 'critères CTCAE', 'CTCAE v5.0', 'CTCAE version 5.0'],
    definition:
      'C’est une échelle qui classe un effet indésirable de 1 à 5. Le grade 1 est léger et le grade 3 est grave. Le grade 5 est un décès lié à l’effet. Toutes les équipes l’utilisent de la même façon.',
    seeAlso: ['effet-indesirable', 'toxicite-limitant-la-dose'],
  },
  {
    slug: 'child-pugh',
    term: 'Score de Child-Pugh',
    variants: ['Child-Pugh', 'score de Child-Pugh', 'classe Child-Pugh', 'classe de Child-Pugh', 'Child Pugh'],
    definition:
      'C’est un score qui dit si le foie marche bien quand il est malade. Par exemple, en cas de cirrhose. Il va de A, le moins grave, à C, le plus grave.',
    seeAlso: ['insuffisance-hepatique'],
  },
  {
    slug: 'echelle-visuelle-analogique',
    term: 'Échelle visuelle analogique (EVA)',
    variants: ['échelle visuelle analogique', 'échelles visuelles analogiques', 'échelle numérique de la douleur'],
    caseSensitiveVariants: ['EVA'],
    definition:
      'C’est une réglette pour dire la force d’une douleur. Vous placez un curseur entre « pas de douleur » et « douleur la pire possible ». On lit une note, souvent de 0 à 10.',
    seeAlso: ['questionnaire'],
  },
  // — Prises de sang —
  {
    slug: 'lsn',
    term: 'LSN (limite supérieure de la normale)',
    variants: ['LSN', 'limite supérieure de la normale', 'limites supérieures de la normale', 'limite supérieure normale', 'ULN'],
    definition:
      'C’est la plus haute valeur normale d’un examen de sang, pour le laboratoire qui le fait. « 2 × LSN » veut dire deux fois cette valeur. Chaque laboratoire a ses propres normes.',
    seeAlso: ['transaminases', 'bilirubine', 'creatinine'],
  },
  {
    slug: 'neutrophiles',
    term: 'Neutrophiles',
    variants: ['neutrophiles', 'neutrophile', 'polynucléaires neutrophiles', 'polynucléaire neutrophile', 'PNN', 'neutropénie', 'neutropénies', 'neutropénique'],
    definition:
      'Ce sont des globules blancs qui luttent contre les microbes. S’il y en a trop peu, on parle de neutropénie : le risque d’infection monte. Certains traitements en font baisser le nombre.',
    seeAlso: ['plaquettes', 'fonction-medullaire'],
  },
  {
    slug: 'plaquettes',
    term: 'Plaquettes',
    variants: ['plaquettes', 'plaquette', 'plaquettes sanguines', 'numération plaquettaire', 'thrombopénie', 'thrombopénies', 'thrombocytopénie'],
    definition:
      'Les plaquettes sont des cellules du sang qui aident à arrêter un saignement. S’il y en a trop peu, on parle de thrombopénie : on saigne plus facilement. On les compte par une prise de sang.',
    seeAlso: ['neutrophiles', 'fonction-medullaire'],
  },
  {
    slug: 'hemoglobine',
    term: 'Hémoglobine',
    variants: ['hémoglobine', 'anémie', 'anémies', 'anémique'],
    caseSensitiveVariants: ['Hb'],
    definition:
      'C’est la partie des globules rouges qui porte l’oxygène dans le corps. Si son taux est bas, on parle d’anémie : on se sent souvent fatigué. On la mesure par une prise de sang.',
    seeAlso: ['prise-de-sang', 'fonction-medullaire'],
  },
  {
    slug: 'fonction-medullaire',
    term: 'Fonction médullaire',
    variants: ['fonction médullaire', 'réserve médullaire', 'fonction hématologique', 'moelle osseuse'],
    definition:
      'La moelle des os fabrique les cellules du sang. Une bonne fonction médullaire veut dire qu’elle en fait assez. On la vérifie en comptant les globules et les plaquettes.',
    seeAlso: ['neutrophiles', 'plaquettes', 'hemoglobine'],
  },
  {
    slug: 'transaminases',
    term: 'Transaminases (ASAT, ALAT)',
    variants: ['transaminases', 'transaminase', 'ASAT', 'ALAT', 'SGOT', 'SGPT', 'aminotransférases'],
    caseSensitiveVariants: ['AST', 'ALT'],
    definition:
      'Ce sont des enzymes du foie, mesurées par une prise de sang. Si leur taux monte, le foie peut être abîmé. Beaucoup d’études fixent un taux maximal, pour votre sécurité.',
    seeAlso: ['lsn', 'bilirubine', 'insuffisance-hepatique'],
  },
  {
    slug: 'bilirubine',
    term: 'Bilirubine',
    variants: ['bilirubine', 'bilirubine totale', 'bilirubinémie', 'bilirubine conjuguée'],
    definition:
      'C’est un pigment jaune que le foie élimine. Un taux trop haut dans le sang peut venir d’un foie qui marche mal. Il peut donner une jaunisse.',
    seeAlso: ['transaminases', 'lsn', 'insuffisance-hepatique'],
  },
  {
    slug: 'creatinine',
    term: 'Créatinine',
    variants: ['créatinine', 'créatininémie', 'créatinine sérique', 'créatinine plasmatique'],
    definition:
      'C’est un déchet des muscles que les reins éliminent. On la mesure par une prise de sang. Un taux haut peut vouloir dire que les reins filtrent moins bien.',
    seeAlso: ['clairance-de-la-creatinine', 'debit-de-filtration-glomerulaire', 'insuffisance-renale'],
  },
  {
    slug: 'clairance-de-la-creatinine',
    term: 'Clairance de la créatinine',
    variants: ['clairance de la créatinine', 'clairances de la créatinine', 'clairance de créatinine', 'clairance rénale', 'Cockcroft-Gault', 'formule de Cockcroft-Gault', 'Cockcroft et Gault'],
    definition:
      'C’est une mesure de la façon dont les reins filtrent le sang. On la calcule à partir d’une prise de sang, de l’âge et du poids. Plus elle est haute, mieux les reins filtrent. Une étude peut demander un chiffre minimal.',
    seeAlso: ['creatinine', 'debit-de-filtration-glomerulaire', 'insuffisance-renale'],
  },
  {
    slug: 'debit-de-filtration-glomerulaire',
    term: 'Débit de filtration glomérulaire (DFG)',
    variants: ['débit de filtration glomérulaire', 'débit de filtration glomérulaire estimé', 'DFG', 'DFGe', 'MDRD', 'CKD-EPI'],
    caseSensitiveVariants: ['eGFR', 'eDFG'],
    definition:
      'C’est la quantité de sang que les reins filtrent en une minute. On l’estime par une prise de sang. Plus il est haut, mieux les reins marchent. Une étude peut demander un chiffre minimal.',
    seeAlso: ['clairance-de-la-creatinine', 'insuffisance-renale'],
  },
  {
    slug: 'bilan-hepatique',
    term: 'Bilan hépatique',
    variants: ['bilan hépatique', 'bilans hépatiques', 'fonction hépatique', 'fonctions hépatiques', 'tests hépatiques'],
    definition:
      'C’est une prise de sang qui vérifie que le foie marche bien. Elle mesure par exemple les transaminases et la bilirubine. Une étude peut demander des valeurs proches de la normale.',
    seeAlso: ['transaminases', 'bilirubine', 'insuffisance-hepatique'],
  },
  {
    slug: 'fonction-renale',
    term: 'Fonction rénale',
    variants: ['fonction rénale', 'fonctions rénales', 'bilan rénal', 'bilans rénaux'],
    definition:
      'C’est la façon dont les reins filtrent le sang. On la vérifie par une prise de sang, souvent avec la créatinine. Une étude peut demander que les reins filtrent assez bien.',
    seeAlso: ['creatinine', 'clairance-de-la-creatinine', 'insuffisance-renale'],
  },
  {
    slug: 'hba1c',
    term: 'Hémoglobine glyquée (HbA1c)',
    variants: ['HbA1c', 'hémoglobine glyquée', 'hémoglobine glycosylée', 'A1c'],
    definition:
      'C’est une prise de sang qui montre votre taux de sucre moyen sur les trois derniers mois. Elle sert à suivre un diabète. Plus elle est haute, moins le diabète est bien contrôlé.',
    seeAlso: ['prise-de-sang'],
  },
  {
    slug: 'intervalle-qt',
    term: 'Intervalle QT',
    variants: ['intervalle QT', 'intervalle QTc', 'QTc', 'QTcF', 'allongement du QT', 'allongement de l’intervalle QT', 'allongement du QTc', 'QT long'],
    definition:
      'C’est une durée mesurée sur l’électrocardiogramme du cœur. Si elle est trop longue, le rythme du cœur peut se dérégler. Certains médicaments l’allongent, donc on la surveille.',
    seeAlso: ['ecg'],
  },
  {
    slug: 'fraction-d-ejection',
    term: 'Fraction d’éjection',
    variants: ['fraction d’éjection', 'fraction d’éjection ventriculaire gauche', 'fraction d’éjection du ventricule gauche', 'FEVG'],
    definition:
      'C’est la part du sang que le cœur envoie à chaque battement. On la mesure par une échographie du cœur. Une valeur basse veut dire que le cœur pompe moins bien.',
    seeAlso: ['echographie', 'insuffisance-cardiaque'],
  },
  {
    slug: 'insuffisance-cardiaque',
    term: 'Insuffisance cardiaque',
    variants: ['insuffisance cardiaque', 'insuffisances cardiaques', 'insuffisance cardiaque congestive', 'défaillance cardiaque'],
    definition:
      'Le cœur ne pompe plus assez bien le sang. Cela peut causer un essoufflement, de la fatigue ou des jambes gonflées. Elle se soigne avec des médicaments et un suivi.',
    seeAlso: ['nyha', 'fraction-d-ejection'],
  },
  // — Infections et sérologies —
  {
    slug: 'serologie',
    term: 'Sérologie',
    variants: ['sérologie', 'sérologies', 'sérologique', 'sérologiques', 'dépistage sérologique'],
    definition:
      'C’est une prise de sang qui cherche les traces d’une infection, comme le VIH ou les hépatites. Elle dit si vous avez été en contact avec un microbe. Le résultat vous est rendu, avec un médecin.',
    seeAlso: ['vih', 'hepatite-b', 'hepatite-c', 'anticorps'],
  },
  {
    slug: 'vih',
    term: 'VIH',
    variants: ['VIH', 'virus de l’immunodéficience humaine', 'HIV', 'VIH-1', 'VIH 1'],
    definition:
      'Le VIH est le virus du sida. Il affaiblit les défenses du corps. Avec un traitement bien pris, on vit longtemps et on ne transmet pas le virus. Certaines études excluent ou recherchent les personnes qui l’ont.',
    seeAlso: ['serologie', 'charge-virale'],
  },
  {
    slug: 'hepatite-b',
    term: 'Hépatite B (VHB)',
    variants: ['hépatite B', 'VHB', 'virus de l’hépatite B', 'HBV', 'AgHBs', 'antigène HBs', 'Ag HBs'],
    definition:
      'C’est une infection du foie par un virus, le VHB. Elle peut guérir seule ou durer des années. Une prise de sang dit si vous l’avez ou si vous l’avez eue.',
    seeAlso: ['serologie', 'hepatite-c'],
  },
  {
    slug: 'hepatite-c',
    term: 'Hépatite C (VHC)',
    variants: ['hépatite C', 'VHC', 'virus de l’hépatite C', 'HCV'],
    definition:
      'C’est une infection du foie par un virus, le VHC. Elle se guérit le plus souvent avec un traitement de quelques semaines. Une prise de sang dit si vous l’avez.',
    seeAlso: ['serologie', 'hepatite-b'],
  },
  {
    slug: 'charge-virale',
    term: 'Charge virale',
    variants: ['charge virale', 'charges virales', 'charge virale indétectable'],
    definition:
      'C’est la quantité de virus dans le sang, mesurée par une prise de sang. Si elle est indétectable, le traitement contrôle bien le virus.',
    seeAlso: ['vih', 'hepatite-b'],
  },
  {
    slug: 'anticorps',
    term: 'Anticorps',
    variants: ['anticorps', 'auto-anticorps'],
    definition:
      'Un anticorps est une protéine de défense du corps. Il reconnaît une cible précise, comme un virus. Une prise de sang peut chercher des anticorps contre une infection. Certains médicaments sont aussi des anticorps faits en laboratoire.',
    seeAlso: ['anticorps-monoclonal', 'serologie'],
  },
  {
    slug: 'vaccin-vivant-attenue',
    term: 'Vaccin vivant atténué',
    variants: ['vaccin vivant atténué', 'vaccins vivants atténués', 'vaccin vivant', 'vaccins vivants', 'vaccin atténué', 'vaccins atténués'],
    definition:
      'C’est un vaccin fait avec un microbe vivant mais affaibli. Par exemple, contre la rougeole ou la fièvre jaune. Il est souvent interdit si vos défenses sont baissées par un traitement.',
    seeAlso: ['vaccin', 'immunosuppresseur'],
  },
  // — Cancers du sang —
  {
    slug: 'leucemie',
    term: 'Leucémie',
    variants: ['leucémie', 'leucémies', 'leucémie aiguë', 'leucémies aiguës', 'leucémie aiguë myéloïde', 'leucémie aiguë lymphoblastique',
      'leucémie chronique', 'leucémie lymphoïde chronique', 'leucémie myéloïde chronique', 'LAM', 'LAL', 'LLC', 'LMC'],
    definition:
      'C’est un cancer des cellules du sang, qui naît dans la moelle des os. Une leucémie aiguë évolue vite et se traite sans attendre. Une leucémie chronique évolue lentement, parfois pendant des années.',
    seeAlso: ['lymphome', 'myelome', 'fonction-medullaire'],
  },
  {
    slug: 'lymphome',
    term: 'Lymphome',
    variants: ['lymphome', 'lymphomes', 'lymphome de Hodgkin', 'lymphome non hodgkinien', 'lymphomes non hodgkiniens', 'LNH', 'LDGCB'],
    definition:
      'C’est un cancer des lymphocytes, des globules blancs. Il touche souvent les ganglions. Il en existe de nombreuses formes, qui ne se soignent pas de la même façon.',
    seeAlso: ['leucemie', 'myelome'],
  },
  {
    slug: 'myelome',
    term: 'Myélome',
    variants: ['myélome', 'myélomes', 'myélome multiple', 'maladie de Kahler'],
    definition:
      'C’est un cancer de certaines cellules de la moelle des os, qui font les anticorps. Il peut abîmer les os et les reins. Il se soigne par plusieurs lignes de traitement.',
    seeAlso: ['leucemie', 'lymphome', 'ligne-de-traitement'],
  },
  // — Traitements et situations —
  {
    slug: 'naif-de-traitement',
    term: 'Naïf de traitement',
    variants: ['naïf de traitement', 'naïfs de traitement', 'naïve de traitement', 'naïves de traitement', 'naïf de tout traitement',
      'naïfs de tout traitement', 'naïf', 'naïfs', 'naïve', 'naïves', 'non prétraité', 'non prétraités', 'non prétraitée', 'jamais traité', 'jamais traités'],
    // Naive lymphocytes (T, B) are cells of the immune system, not people never treated.
    notPrecededBy: ['lymphocytes', 'lymphocyte', 'cellules', 'cellule', 'lymphocytes T', 'lymphocytes B', 'cellules T'],
    definition:
      'Se dit d’une personne qui n’a encore jamais reçu de traitement pour sa maladie. Parfois, cela vise un seul type de traitement. Le texte de l’étude dit lequel.',
    seeAlso: ['ligne-de-traitement'],
  },
  {
    slug: 'refractaire',
    term: 'Réfractaire',
    variants: ['réfractaire', 'réfractaires', 'maladie réfractaire', 'en échec thérapeutique', 'résistant au traitement', 'résistante au traitement'],
    definition:
      'Une maladie est réfractaire quand elle ne répond pas au traitement, ou plus assez. On essaie alors souvent un autre traitement.',
    seeAlso: ['ligne-de-traitement', 'recidive'],
  },
  {
    slug: 'traitement-d-entretien',
    term: 'Traitement d’entretien',
    variants: ['traitement d’entretien', 'traitements d’entretien', 'traitement de maintenance', 'traitements de maintenance', 'phase d’entretien'],
    definition:
      'C’est un traitement donné sur une longue durée, après le traitement principal. Il sert à garder les bons résultats obtenus. Il est souvent plus léger.',
    seeAlso: ['traitement-adjuvant', 'remission'],
  },
  {
    slug: 'resecable',
    term: 'Résécable',
    variants: ['résécable', 'résécables', 'non résécable', 'non résécables', 'non-résécable', 'non-résécables', 'inopérable', 'inopérables'],
    definition:
      'Une tumeur est résécable si un chirurgien peut l’enlever en entier. Non résécable veut dire qu’on ne peut pas l’enlever par une opération. D’autres traitements sont alors possibles.',
    seeAlso: ['tumeur', 'stade'],
  },
  {
    slug: 'histologie',
    term: 'Preuve histologique',
    variants: ['histologiquement', 'histologique', 'histologiques', 'histologie', 'confirmé histologiquement', 'confirmée histologiquement',
      'cytologiquement', 'anatomopathologique', 'anatomopathologiques', 'anatomo-pathologique'],
    definition:
      'C’est la preuve d’une maladie par l’examen d’un tissu au microscope. Le tissu vient d’une biopsie ou d’une opération. Pour un cancer, c’est souvent exigé pour participer.',
    seeAlso: ['biopsie'],
  },
  {
    slug: 'hypersensibilite',
    term: 'Hypersensibilité',
    variants: ['hypersensibilité', 'hypersensibilités', 'réaction d’hypersensibilité', 'réactions d’hypersensibilité', 'allergie', 'allergies',
      'allergique', 'allergiques', 'réaction allergique', 'réactions allergiques', 'choc anaphylactique', 'anaphylaxie'],
    definition:
      'C’est une réaction trop forte du corps à un produit, comme une allergie. Elle peut aller d’une gêne légère à un malaise grave. Dites à l’équipe toutes vos allergies.',
    seeAlso: ['excipient', 'contre-indication'],
  },
  {
    slug: 'excipient',
    term: 'Excipient',
    variants: ['excipient', 'excipients'],
    definition:
      'C’est une partie du médicament qui n’agit pas sur la maladie. Il sert à donner la forme, le goût ou la tenue du produit. On peut y être allergique.',
    seeAlso: ['principe-actif', 'hypersensibilite'],
  },
  {
    slug: 'anticoagulant',
    term: 'Anticoagulant',
    variants: ['anticoagulant', 'anticoagulants', 'anticoagulante', 'anticoagulation', 'traitement anticoagulant', 'traitements anticoagulants'],
    definition:
      'C’est un médicament qui rend le sang plus fluide, pour éviter les caillots. Il augmente le risque de saigner. Certaines études ou certains examens demandent de le savoir.',
    seeAlso: ['interaction-medicamenteuse'],
  },
  {
    slug: 'immunosuppresseur',
    term: 'Immunosuppresseur',
    variants: ['immunosuppresseur', 'immunosuppresseurs', 'traitement immunosuppresseur', 'traitements immunosuppresseurs', 'immunosuppression',
      'immunodépression', 'immunodéprimé', 'immunodéprimée', 'immunodéprimés'],
    definition:
      'C’est un traitement qui baisse les défenses du corps. Il sert par exemple après une greffe ou dans une maladie auto-immune. Il augmente le risque d’infection.',
    seeAlso: ['greffe', 'maladie-auto-immune', 'corticoide'],
  },
  {
    slug: 'corticoide',
    term: 'Corticoïde',
    variants: ['corticoïde', 'corticoïdes', 'corticothérapie', 'corticothérapies', 'corticostéroïde', 'corticostéroïdes', 'glucocorticoïde', 'glucocorticoïdes'],
    definition:
      'C’est un médicament qui calme l’inflammation, comme la cortisone. Pris longtemps ou à forte dose, il baisse les défenses du corps. Certaines études fixent une dose maximale.',
    seeAlso: ['immunosuppresseur'],
  },
  {
    slug: 'toxicite-limitant-la-dose',
    term: 'Toxicité limitant la dose',
    variants: ['toxicité limitant la dose', 'toxicités limitant la dose', 'toxicité dose-limitante', 'toxicités dose-limitantes', 'DLT'],
    definition:
      'C’est un effet indésirable assez grave pour ne pas monter plus haut la dose. On la cherche au début des essais. Elle sert à fixer la dose à ne pas dépasser.',
    seeAlso: ['escalade-de-dose', 'dose-maximale-toleree', 'grade-ctcae'],
  },
  // — Femmes, grossesse —
  {
    slug: 'femme-en-age-de-procreer',
    term: 'Femme en âge de procréer',
    variants: ['femme en âge de procréer', 'femmes en âge de procréer', 'en âge de procréer', 'potentiel de procréation', 'susceptible de procréer',
      'susceptibles de procréer', 'en âge d’avoir des enfants'],
    definition:
      'C’est une femme qui pourrait tomber enceinte. C’est le cas entre les premières règles et la ménopause, sauf opération qui l’empêche. Ces femmes doivent souvent faire un test de grossesse et avoir une contraception.',
    seeAlso: ['contraception', 'test-de-grossesse', 'menopause'],
  },
  {
    slug: 'grossesse',
    term: 'Grossesse',
    variants: ['grossesse', 'grossesses', 'enceinte', 'enceintes', 'femme enceinte', 'femmes enceintes', 'allaitement', 'allaitante', 'allaitantes', 'allaiter'],
    definition:
      'Beaucoup d’études ne prennent pas les femmes enceintes ou qui allaitent, pour protéger la mère et l’enfant. D’autres études sont faites pour elles. Dites à l’équipe si vous êtes enceinte, ou si vous pensez l’être.',
    seeAlso: ['test-de-grossesse', 'contraception'],
  },
  {
    slug: 'menopause',
    term: 'Ménopause',
    variants: ['ménopause', 'ménopausée', 'ménopausées', 'post-ménopausique', 'post-ménopausiques', 'postménopausique', 'postménopausiques'],
    definition:
      'C’est l’arrêt des règles, vers 50 ans en moyenne. On la retient en général après un an sans règles. Une femme ménopausée ne peut plus tomber enceinte.',
    seeAlso: ['femme-en-age-de-procreer'],
  },
  {
    slug: 'assistance-medicale-procreation',
    term: 'Assistance médicale à la procréation (AMP)',
    variants: ['assistance médicale à la procréation', 'procréation médicalement assistée'],
    definition:
      'Ce sont les gestes médicaux qui aident à avoir un enfant. Par exemple l’insémination, ou la fécondation in vitro. On dit aussi PMA.',
    seeAlso: ['fecondation-in-vitro', 'grossesse'],
  },
  {
    slug: 'fecondation-in-vitro',
    term: 'Fécondation in vitro (FIV)',
    variants: ['fécondation in vitro', 'FIV', 'FIVETE'],
    definition:
      'C’est une aide pour avoir un enfant. L’ovule est fécondé au laboratoire. Puis l’embryon est mis dans l’utérus.',
    seeAlso: ['grossesse'],
  },
  // — Méthode des études —
  {
    slug: 'groupes-paralleles',
    term: 'Groupes parallèles',
    variants: ['groupes parallèles', 'en groupes parallèles', 'à groupes parallèles', 'groupe parallèle'],
    definition:
      'Chaque groupe reçoit un seul des traitements comparés, pendant toute l’étude. Les groupes sont suivis en même temps. On compare ensuite leurs résultats.',
    seeAlso: ['bras', 'essai-croise', 'randomise'],
  },
  {
    slug: 'stratification',
    term: 'Stratification',
    variants: ['stratification', 'stratifié', 'stratifiée', 'stratifiés', 'stratifiées', 'randomisation stratifiée', 'facteurs de stratification', 'facteur de stratification'],
    definition:
      'Avant le tirage au sort, on range les personnes par sous-groupes, par exemple selon l’âge. Puis on tire au sort dans chaque sous-groupe. Ainsi, les groupes comparés se ressemblent mieux.',
    seeAlso: ['randomise', 'tirage-au-sort'],
  },
  {
    slug: 'etude-prospective',
    term: 'Étude prospective',
    variants: ['prospective', 'prospectives', 'prospectif', 'prospectifs', 'étude prospective', 'études prospectives'],
    definition:
      'Dans une étude prospective, on suit les personnes à partir d’aujourd’hui, vers l’avenir. Les données sont notées au fur et à mesure.',
    seeAlso: ['etude-retrospective', 'cohorte'],
  },
  {
    slug: 'etude-retrospective',
    term: 'Étude rétrospective',
    variants: ['rétrospective', 'rétrospectives', 'rétrospectif', 'rétrospectifs', 'étude rétrospective', 'études rétrospectives'],
    definition:
      'Dans une étude rétrospective, on étudie des données du passé, déjà notées dans les dossiers. Elle ne demande en général rien de plus aux personnes.',
    seeAlso: ['etude-prospective', 'dossier-medical'],
  },
  {
    slug: 'intention-de-traiter',
    term: 'Analyse en intention de traiter',
    variants: ['intention de traiter', 'en intention de traiter', 'intention de traiter modifiée', 'ITT', 'mITT'],
    definition:
      'On analyse chaque personne dans le groupe que le tirage au sort lui a donné. On le fait même si elle a arrêté ou changé de traitement. Cela évite de fausser la comparaison.',
    seeAlso: ['randomise', 'critere-de-jugement-principal'],
  },
  {
    slug: 'procedure-simulee',
    term: 'Procédure simulée',
    variants: ['procédure simulée', 'procédures simulées', 'intervention simulée', 'interventions simulées', 'chirurgie simulée', 'stimulation simulée', 'sham'],
    definition:
      'C’est un faux geste, qui ressemble au vrai mais sans effet attendu. Il sert de point de comparaison, comme un placebo. On vous dit avant de commencer qu’il peut y en avoir un.',
    seeAlso: ['placebo', 'groupe-controle'],
  },
  {
    slug: 'etude-ancillaire',
    term: 'Étude ancillaire',
    variants: ['étude ancillaire', 'études ancillaires', 'sous-étude', 'sous-études', 'étude annexe', 'études annexes'],
    definition:
      'C’est une petite étude en plus, greffée sur l’étude principale. Elle pose une autre question avec les mêmes personnes. Vous pouvez souvent choisir d’y prendre part ou non.',
    seeAlso: ['protocole'],
  },
  {
    slug: 'inclusion',
    term: 'Inclusion',
    variants: ['inclusion', 'inclusions', 'date d’inclusion', 'visite de sélection et d’inclusion'],
    definition:
      'L’inclusion est le moment où vous entrez dans l’étude. Vous avez donné votre accord et l’équipe a vérifié les conditions. Des délais se comptent souvent à partir de ce jour.',
    seeAlso: ['critere-d-inclusion', 'pre-selection', 'recrutement'],
  },
  {
    slug: 'survie-sans-maladie',
    term: 'Survie sans maladie',
    variants: ['survie sans maladie', 'survie sans récidive', 'survie sans rechute', 'DFS', 'RFS'],
    definition:
      'C’est le temps pendant lequel la maladie ne revient pas, après un traitement qui l’a fait disparaître. C’est une mesure faite sur un groupe. Elle ne prédit pas ce qui arrivera à une personne.',
    seeAlso: ['survie-sans-progression', 'survie-globale', 'recidive'],
  },
  {
    slug: 'survie-sans-evenement',
    term: 'Survie sans événement',
    variants: ['survie sans événement', 'survie sans évènement'],
    definition:
      'C’est le temps sans aucun des événements fixés par l’étude. Par exemple, une rechute, un échec du traitement ou un décès. C’est une mesure faite sur un groupe.',
    seeAlso: ['survie-sans-maladie', 'survie-globale'],
  },
  // — Phases —
  {
    slug: 'phase-0',
    term: 'Phase 0',
    variants: ['phase 0', 'phase zéro', 'early phase 1', 'early phase I', 'microdose', 'microdoses'],
    definition:
      'C’est une étude à très petite dose, sur très peu de personnes. Elle regarde comment le produit se comporte dans le corps. On n’en attend pas d’effet sur la santé.',
    seeAlso: ['phase-precoce', 'phase-1', 'pharmacocinetique'],
  },
  {
    slug: 'phase-1b',
    term: 'Phase 1b',
    variants: ['phase 1b', 'phase Ib', 'phase 1 b', 'phases 1b'],
    definition:
      'C’est la deuxième partie d’une phase 1. La dose est souvent déjà choisie. On donne le produit à un peu plus de malades, parfois avec un autre traitement. On vérifie qu’il est bien supporté et on cherche un premier signe d’effet.',
    seeAlso: ['phase-1', 'phase-1-2'],
  },
  {
    slug: 'phase-1-2',
    term: 'Phase 1/2',
    variants: ['phase 1/2', 'phase I/II', 'phase 1-2', 'phase I-II', 'phases 1 et 2', 'phases I et II', 'phase 1/2a', 'phase I/IIa', 'phases 1/2'],
    definition:
      'Cette étude réunit deux phases dans un même plan. D’abord, on cherche la bonne dose sur peu de personnes. Puis on donne cette dose à plus de malades, pour voir si le produit agit.',
    seeAlso: ['phase-1', 'phase-2'],
  },
  {
    slug: 'phase-2-3',
    term: 'Phase 2/3',
    variants: ['phase 2/3', 'phase II/III', 'phase 2-3', 'phase II-III', 'phases 2 et 3', 'phases II et III', 'phases 2/3'],
    definition:
      'Cette étude réunit deux phases dans un même plan. La première partie regarde si le traitement agit. Si c’est le cas, la seconde le compare à grande échelle au traitement habituel.',
    seeAlso: ['phase-2', 'phase-3'],
  },
  // — Droits et cadre —
  {
    slug: 'acces-compassionnel',
    term: 'Accès compassionnel',
    variants: ['accès compassionnel', 'accès compassionnels', 'autorisation d’accès compassionnel', 'cadre de prescription compassionnelle', 'usage compassionnel'],
    definition:
      'L’accès compassionnel permet de recevoir un médicament qui n’est pas autorisé dans votre maladie. C’est pour une maladie grave ou rare, sans autre solution. Le médecin qui le prescrit fait la demande à l’ANSM, pour un malade précis.',
    seeAlso: ['acces-precoce', 'ansm'],
  },
  {
    slug: 'has',
    term: 'HAS (Haute Autorité de santé)',
    variants: ['Haute Autorité de santé', 'Haute Autorité de la santé'],
    caseSensitiveVariants: ['HAS'],
    definition:
      'La HAS est une autorité publique qui ne dépend pas du ministre. Elle évalue les médicaments, les actes et les soins. C’est elle qui décide des accès précoces aux médicaments.',
    seeAlso: ['acces-precoce', 'ansm'],
  },
  {
    slug: 'oniam',
    term: 'ONIAM et CCI',
    variants: ['ONIAM', 'Office national d’indemnisation des accidents médicaux', 'commission de conciliation et d’indemnisation',
      'commissions de conciliation et d’indemnisation'],
    definition:
      'Si une étude vous cause un dommage, vous pouvez saisir une commission régionale, la CCI. La démarche est gratuite. Si le promoteur n’est pas responsable, l’ONIAM, un office public, peut vous indemniser.',
    seeAlso: ['assurance-du-promoteur', 'promoteur'],
  },
  {
    slug: 'fichier-des-volontaires',
    term: 'Fichier national des volontaires',
    variants: ['fichier national des volontaires', 'fichier national des personnes qui se prêtent à des recherches', 'fichier VRB',
      'fichier national des volontaires sains'],
    definition:
      'C’est un fichier tenu pour le ministère de la santé. Il note les personnes qui participent à certaines études, surtout les volontaires sains. Il vérifie que vous respectez les temps de pause et le plafond des indemnités.',
    seeAlso: ['volontaire-sain', 'periode-d-exclusion', 'indemnisation'],
  },
  {
    slug: 'periode-d-exclusion',
    term: 'Période d’exclusion',
    variants: ['période d’exclusion', 'périodes d’exclusion'],
    definition:
      'C’est un temps, après une étude, pendant lequel vous ne pouvez pas entrer dans une autre. Le plan de l’étude en fixe la durée. Cela protège votre santé et la qualité des résultats.',
    seeAlso: ['fichier-des-volontaires', 'volontaire-sain'],
  },
  {
    slug: 'hors-d-etat-de-consentir',
    term: 'Adulte hors d’état de consentir',
    variants: ['hors d’état d’exprimer son consentement', 'hors d’état d’exprimer leur consentement', 'hors d’état de consentir',
      'incapable de consentir', 'incapables de consentir', 'incapable de donner son consentement', 'incapables de donner leur consentement'],
    definition:
      'C’est un adulte qui ne peut pas donner son accord lui-même, par exemple à cause d’un coma. Sa personne de confiance, ou sinon un proche, donne l’accord à sa place. La loi ne permet ces études que sous des conditions strictes.',
    seeAlso: ['consentement-eclaire', 'protection-juridique', 'personne-vulnerable'],
  },
  {
    slug: 'representant-legal',
    term: 'Représentant légal',
    variants: ['représentant légal', 'représentants légaux', 'représentante légale', 'titulaires de l’autorité parentale',
      'titulaire de l’autorité parentale', 'autorité parentale'],
    definition:
      'C’est la personne qui peut décider pour un mineur ou pour un adulte sous tutelle. Pour un enfant, ce sont en général ses parents. Selon le type d’étude, elle donne son accord, ou elle peut s’y opposer. On cherche aussi l’accord de la personne elle-même.',
    seeAlso: ['mineur', 'protection-juridique'],
  },
];
