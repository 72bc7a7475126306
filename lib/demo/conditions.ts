/**
 * Diseases and conditions of the demo studies, with the therapeutic areas as ECLAIRE words them (French free text
 * for JARDÉ/DM, MeSH-like English tree labels for CTIS) and a MedDRA-like code. Codes are plausible in shape
 * (8 digits, 100xxxxx), not real MedDRA entries.
 */

export interface TherapeuticArea {
  /** JARDÉ/DM wording. */
  fr: string;
  /** CTIS wording (English tree label, as before translation). */
  ctis: string;
  /** CTIS wording after the French translation. */
  ctisFr: string;
}

export const THERAPEUTIC_AREAS = {
  onco: { fr: 'Oncologie', ctis: 'Diseases [C] - Neoplasms [C04]', ctisFr: 'Maladies [C] - Tumeurs [C04]' },
  hemato: {
    fr: 'Hématologie',
    ctis: 'Diseases [C] - Hemic and Lymphatic Diseases [C15]',
    ctisFr: 'Maladies [C] - Maladies hématologiques et lymphatiques [C15]',
  },
  cardio: {
    fr: 'Cardiologie',
    ctis: 'Diseases [C] - Cardiovascular Diseases [C14]',
    ctisFr: 'Maladies [C] - Maladies cardiovasculaires [C14]',
  },
  pneumo: {
    fr: 'Pneumologie',
    ctis: 'Diseases [C] - Respiratory Tract Diseases [C08]',
    ctisFr: 'Maladies [C] - Maladies de l’appareil respiratoire [C08]',
  },
  neuro: {
    fr: 'Neurologie',
    ctis: 'Diseases [C] - Nervous System Diseases [C10]',
    ctisFr: 'Maladies [C] - Maladies du système nerveux [C10]',
  },
  psy: {
    fr: 'Psychiatrie',
    ctis: 'Psychiatry and Psychology [F] - Mental Disorders [F03]',
    ctisFr: 'Psychiatrie et psychologie [F] - Troubles mentaux [F03]',
  },
  infect: { fr: 'Maladies infectieuses', ctis: 'Diseases [C] - Infections [C01]', ctisFr: 'Maladies [C] - Infections [C01]' },
  endoc: {
    fr: 'Endocrinologie, diabétologie et nutrition',
    ctis: 'Diseases [C] - Nutritional and Metabolic Diseases [C18]',
    ctisFr: 'Maladies [C] - Maladies nutritionnelles et métaboliques [C18]',
  },
  gastro: {
    fr: 'Hépato-gastro-entérologie',
    ctis: 'Diseases [C] - Digestive System Diseases [C06]',
    ctisFr: 'Maladies [C] - Maladies de l’appareil digestif [C06]',
  },
  rhumato: {
    fr: 'Rhumatologie',
    ctis: 'Diseases [C] - Musculoskeletal Diseases [C05]',
    ctisFr: 'Maladies [C] - Maladies ostéomusculaires [C05]',
  },
  dermato: {
    fr: 'Dermatologie',
    ctis: 'Diseases [C] - Skin and Connective Tissue Diseases [C17]',
    ctisFr: 'Maladies [C] - Maladies de la peau et du tissu conjonctif [C17]',
  },
  nephro: {
    fr: 'Néphrologie',
    ctis: 'Diseases [C] - Urogenital Diseases [C12]',
    ctisFr: 'Maladies [C] - Maladies urogénitales [C12]',
  },
  ophtalmo: {
    fr: 'Ophtalmologie',
    ctis: 'Diseases [C] - Eye Diseases [C11]',
    ctisFr: 'Maladies [C] - Maladies de l’œil [C11]',
  },
  gyneco: {
    fr: 'Gynécologie-obstétrique',
    ctis: 'Diseases [C] - Female Urogenital Diseases and Pregnancy Complications [C13]',
    ctisFr: 'Maladies [C] - Maladies urogénitales de la femme et complications de la grossesse [C13]',
  },
  pedia: {
    fr: 'Pédiatrie',
    ctis: 'Diseases [C] - Congenital, Hereditary, and Neonatal Diseases and Abnormalities [C16]',
    ctisFr: 'Maladies [C] - Malformations et maladies congénitales, héréditaires et néonatales [C16]',
  },
  immuno: {
    fr: 'Immunologie',
    ctis: 'Diseases [C] - Immune System Diseases [C20]',
    ctisFr: 'Maladies [C] - Maladies du système immunitaire [C20]',
  },
  rea: {
    fr: 'Anesthésie-réanimation',
    ctis: 'Diseases [C] - Pathological Conditions, Signs and Symptoms [C23]',
    ctisFr: 'Maladies [C] - États, signes et symptômes pathologiques [C23]',
  },
  autres: { fr: 'Autres', ctis: 'Diseases [C] - Other [C]', ctisFr: 'Maladies [C] - Autres [C]' },
} as const satisfies Record<string, TherapeuticArea>;

export type AreaKey = keyof typeof THERAPEUTIC_AREAS;

export interface DemoCondition {
  fr: string;
  en: string;
  area: AreaKey;
  /** MedDRA-like LLT code (8 digits) with its French label. */
  meddra: { code: string; label: string };
  /** Restricts the sexes of participants when the condition does. */
  sex?: 'female' | 'male';
  /** Mostly children (0–17). */
  paediatric?: boolean;
  /** Mostly older people (65+). */
  elderly?: boolean;
}

type Row = [fr: string, en: string, area: AreaKey, flags?: string];

const ROWS: Row[] = [
  ['cancer du sein métastatique', 'metastatic breast cancer', 'onco', 'F'],
  ['cancer du sein triple négatif', 'triple-negative breast cancer', 'onco', 'F'],
  ['cancer bronchique non à petites cellules', 'non-small cell lung cancer', 'onco'],
  ['cancer bronchique à petites cellules', 'small cell lung cancer', 'onco'],
  ['cancer colorectal métastatique', 'metastatic colorectal cancer', 'onco'],
  ['adénocarcinome du pancréas', 'pancreatic adenocarcinoma', 'onco'],
  ['cancer de la prostate résistant à la castration', 'castration-resistant prostate cancer', 'onco', 'M'],
  ['cancer de l’ovaire', 'ovarian cancer', 'onco', 'F'],
  ['cancer du col de l’utérus', 'cervical cancer', 'onco', 'F'],
  ['cancer de l’endomètre', 'endometrial cancer', 'onco', 'F'],
  ['carcinome hépatocellulaire', 'hepatocellular carcinoma', 'onco'],
  ['mélanome avancé', 'advanced melanoma', 'onco'],
  ['glioblastome', 'glioblastoma', 'onco'],
  ['cancer de la vessie', 'bladder cancer', 'onco'],
  ['carcinome rénal à cellules claires', 'clear cell renal cell carcinoma', 'onco'],
  ['cancer de l’estomac', 'gastric cancer', 'onco'],
  ['cancer de l’œsophage', 'oesophageal cancer', 'onco'],
  ['cancer des voies aérodigestives supérieures', 'head and neck squamous cell carcinoma', 'onco'],
  ['cancer de la thyroïde', 'thyroid cancer', 'onco'],
  ['sarcome des tissus mous', 'soft tissue sarcoma', 'onco'],
  ['neuroblastome', 'neuroblastoma', 'onco', 'P'],
  ['médulloblastome de l’enfant', 'paediatric medulloblastoma', 'onco', 'P'],
  ['leucémie aiguë myéloïde', 'acute myeloid leukaemia', 'hemato'],
  ['leucémie aiguë lymphoblastique', 'acute lymphoblastic leukaemia', 'hemato', 'P'],
  ['leucémie lymphoïde chronique', 'chronic lymphocytic leukaemia', 'hemato', 'E'],
  ['lymphome diffus à grandes cellules B', 'diffuse large B-cell lymphoma', 'hemato'],
  ['lymphome de Hodgkin', 'Hodgkin lymphoma', 'hemato'],
  ['myélome multiple', 'multiple myeloma', 'hemato', 'E'],
  ['syndrome myélodysplasique', 'myelodysplastic syndrome', 'hemato', 'E'],
  ['drépanocytose', 'sickle cell disease', 'hemato'],
  ['hémophilie A', 'haemophilia A', 'hemato', 'M'],
  ['thalassémie', 'beta-thalassaemia', 'hemato'],
  ['anémie ferriprive', 'iron deficiency anaemia', 'hemato'],
  ['insuffisance cardiaque à fraction d’éjection réduite', 'heart failure with reduced ejection fraction', 'cardio', 'E'],
  ['insuffisance cardiaque à fraction d’éjection préservée', 'heart failure with preserved ejection fraction', 'cardio', 'E'],
  ['fibrillation atriale', 'atrial fibrillation', 'cardio', 'E'],
  ['infarctus du myocarde', 'myocardial infarction', 'cardio'],
  ['hypertension artérielle résistante', 'resistant hypertension', 'cardio'],
  ['rétrécissement aortique', 'aortic stenosis', 'cardio', 'E'],
  ['hypertension artérielle pulmonaire', 'pulmonary arterial hypertension', 'cardio'],
  ['cardiomyopathie hypertrophique', 'hypertrophic cardiomyopathy', 'cardio'],
  ['artériopathie oblitérante des membres inférieurs', 'peripheral artery disease', 'cardio', 'E'],
  ['embolie pulmonaire', 'pulmonary embolism', 'cardio'],
  ['asthme sévère', 'severe asthma', 'pneumo'],
  ['bronchopneumopathie chronique obstructive', 'chronic obstructive pulmonary disease', 'pneumo', 'E'],
  ['fibrose pulmonaire idiopathique', 'idiopathic pulmonary fibrosis', 'pneumo', 'E'],
  ['mucoviscidose', 'cystic fibrosis', 'pneumo', 'P'],
  ['syndrome d’apnées obstructives du sommeil', 'obstructive sleep apnoea', 'pneumo'],
  ['bronchiolite du nourrisson', 'infant bronchiolitis', 'pneumo', 'P'],
  ['maladie d’Alzheimer', 'Alzheimer’s disease', 'neuro', 'E'],
  ['maladie de Parkinson', 'Parkinson’s disease', 'neuro', 'E'],
  ['sclérose en plaques récurrente-rémittente', 'relapsing-remitting multiple sclerosis', 'neuro'],
  ['sclérose latérale amyotrophique', 'amyotrophic lateral sclerosis', 'neuro'],
  ['épilepsie pharmacorésistante', 'drug-resistant epilepsy', 'neuro'],
  ['migraine chronique', 'chronic migraine', 'neuro'],
  ['accident vasculaire cérébral ischémique', 'acute ischaemic stroke', 'neuro'],
  ['myasthénie auto-immune', 'myasthenia gravis', 'neuro'],
  ['amyotrophie spinale', 'spinal muscular atrophy', 'neuro', 'P'],
  ['myopathie de Duchenne', 'Duchenne muscular dystrophy', 'neuro', 'MP'],
  ['maladie de Huntington', 'Huntington’s disease', 'neuro'],
  ['dépression résistante', 'treatment-resistant depression', 'psy'],
  ['schizophrénie', 'schizophrenia', 'psy'],
  ['trouble bipolaire', 'bipolar disorder', 'psy'],
  ['trouble du spectre de l’autisme', 'autism spectrum disorder', 'psy', 'P'],
  ['trouble du déficit de l’attention avec hyperactivité', 'attention deficit hyperactivity disorder', 'psy', 'P'],
  ['anorexie mentale', 'anorexia nervosa', 'psy'],
  ['trouble de l’usage de l’alcool', 'alcohol use disorder', 'psy'],
  ['état de stress post-traumatique', 'post-traumatic stress disorder', 'psy'],
  ['infection par le VIH', 'HIV infection', 'infect'],
  ['hépatite B chronique', 'chronic hepatitis B', 'infect'],
  ['COVID-19', 'COVID-19', 'infect'],
  ['grippe saisonnière', 'seasonal influenza', 'infect'],
  ['infection à virus respiratoire syncytial', 'respiratory syncytial virus infection', 'infect'],
  ['tuberculose pulmonaire', 'pulmonary tuberculosis', 'infect'],
  ['paludisme', 'malaria', 'infect'],
  ['dengue', 'dengue fever', 'infect'],
  ['infection à Clostridioides difficile', 'Clostridioides difficile infection', 'infect'],
  ['choc septique', 'septic shock', 'rea'],
  ['syndrome de détresse respiratoire aiguë', 'acute respiratory distress syndrome', 'rea'],
  ['douleur postopératoire', 'postoperative pain', 'rea'],
  ['arrêt cardiaque extrahospitalier', 'out-of-hospital cardiac arrest', 'rea'],
  ['diabète de type 1', 'type 1 diabetes mellitus', 'endoc'],
  ['diabète de type 2', 'type 2 diabetes mellitus', 'endoc'],
  ['obésité sévère', 'severe obesity', 'endoc'],
  ['hypercholestérolémie familiale', 'familial hypercholesterolaemia', 'endoc'],
  ['insuffisance surrénalienne', 'adrenal insufficiency', 'endoc'],
  ['ostéoporose post-ménopausique', 'postmenopausal osteoporosis', 'endoc', 'FE'],
  ['diabète gestationnel', 'gestational diabetes', 'endoc', 'F'],
  ['maladie de Crohn', 'Crohn’s disease', 'gastro'],
  ['rectocolite hémorragique', 'ulcerative colitis', 'gastro'],
  ['stéatohépatite non alcoolique', 'non-alcoholic steatohepatitis', 'gastro'],
  ['cirrhose du foie', 'liver cirrhosis', 'gastro'],
  ['syndrome de l’intestin irritable', 'irritable bowel syndrome', 'gastro'],
  ['cholangite biliaire primitive', 'primary biliary cholangitis', 'gastro', 'F'],
  ['polyarthrite rhumatoïde', 'rheumatoid arthritis', 'rhumato'],
  ['spondyloarthrite axiale', 'axial spondyloarthritis', 'rhumato'],
  ['arthrose du genou', 'knee osteoarthritis', 'rhumato', 'E'],
  ['lupus érythémateux systémique', 'systemic lupus erythematosus', 'immuno', 'F'],
  ['sclérodermie systémique', 'systemic sclerosis', 'immuno'],
  ['goutte', 'gout', 'rhumato'],
  ['lombalgie chronique', 'chronic low back pain', 'rhumato'],
  ['fibromyalgie', 'fibromyalgia', 'rhumato', 'F'],
  ['psoriasis en plaques', 'plaque psoriasis', 'dermato'],
  ['dermatite atopique', 'atopic dermatitis', 'dermato'],
  ['hidradénite suppurée', 'hidradenitis suppurativa', 'dermato'],
  ['vitiligo', 'vitiligo', 'dermato'],
  ['pelade', 'alopecia areata', 'dermato'],
  ['ulcère de jambe', 'venous leg ulcer', 'dermato', 'E'],
  ['maladie rénale chronique', 'chronic kidney disease', 'nephro'],
  ['néphropathie à IgA', 'IgA nephropathy', 'nephro'],
  ['polykystose rénale autosomique dominante', 'autosomal dominant polycystic kidney disease', 'nephro'],
  ['transplantation rénale', 'kidney transplantation', 'nephro'],
  ['hypertrophie bénigne de la prostate', 'benign prostatic hyperplasia', 'nephro', 'ME'],
  ['incontinence urinaire d’effort', 'stress urinary incontinence', 'nephro', 'F'],
  ['dégénérescence maculaire liée à l’âge', 'age-related macular degeneration', 'ophtalmo', 'E'],
  ['glaucome primitif à angle ouvert', 'primary open-angle glaucoma', 'ophtalmo', 'E'],
  ['œdème maculaire diabétique', 'diabetic macular oedema', 'ophtalmo'],
  ['rétinopathie du prématuré', 'retinopathy of prematurity', 'ophtalmo', 'P'],
  ['endométriose', 'endometriosis', 'gyneco', 'F'],
  ['prééclampsie', 'pre-eclampsia', 'gyneco', 'F'],
  ['menace d’accouchement prématuré', 'threatened preterm labour', 'gyneco', 'F'],
  ['syndrome des ovaires polykystiques', 'polycystic ovary syndrome', 'gyneco', 'F'],
  ['hémorragie du post-partum', 'postpartum haemorrhage', 'gyneco', 'F'],
  ['prématurité', 'preterm birth', 'pedia', 'P'],
  ['épilepsie de l’enfant', 'childhood epilepsy', 'pedia', 'P'],
  ['phénylcétonurie', 'phenylketonuria', 'pedia', 'P'],
  ['allergie à l’arachide', 'peanut allergy', 'immuno', 'P'],
  ['urticaire chronique spontanée', 'chronic spontaneous urticaria', 'immuno'],
  ['angio-œdème héréditaire', 'hereditary angioedema', 'immuno'],
  ['vascularite à ANCA', 'ANCA-associated vasculitis', 'immuno'],
  ['surdité de perception', 'sensorineural hearing loss', 'autres'],
  ['fragilité du sujet âgé', 'frailty in older adults', 'autres', 'E'],
  ['chute du sujet âgé', 'falls in older adults', 'autres', 'E'],
  ['sevrage tabagique', 'smoking cessation', 'autres'],
];

/** Every condition; stable order (generation indexes into it). */
export const DEMO_CONDITIONS: readonly DemoCondition[] = ROWS.map(([fr, en, area, flags = ''], i) => ({
  fr,
  en,
  area,
  // Spread deterministically over the 100xxxxx range, 8 digits, distinct.
  meddra: { code: String(10000000 + ((i * 7919 + 1013) % 99991)), label: capitalise(fr) },
  sex: flags.includes('F') ? 'female' : flags.includes('M') ? 'male' : undefined,
  paediatric: flags.includes('P') || undefined,
  elderly: flags.includes('E') || undefined,
}));

const MASCULINE = new Set([
  'cancer', 'carcinome', 'adénocarcinome', 'mélanome', 'glioblastome', 'sarcome', 'neuroblastome', 'médulloblastome',
  'lymphome', 'myélome', 'syndrome', 'diabète', 'psoriasis', 'vitiligo', 'paludisme', 'asthme', 'trouble', 'choc',
  'sevrage', 'lupus', 'rétrécissement', 'glaucome', 'arrêt', 'accident', 'état', 'ulcère', 'infarctus', 'œdème',
]);

/** French article forms of a condition name: "le cancer…", "la migraine…", "l’asthme…", "du/de la/de l’…". */
export function articleForms(name: string): { le: string; du: string; de: string } {
  const first = name.split(/[\s-]/)[0].toLowerCase();
  if (/^[aeéèêiîoôœuyh]/i.test(name)) return { le: `l’${name}`, du: `de l’${name}`, de: `d’${name}` };
  if (MASCULINE.has(first)) return { le: `le ${name}`, du: `du ${name}`, de: `de ${name}` };
  return { le: `la ${name}`, du: `de la ${name}`, de: `de ${name}` };
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
