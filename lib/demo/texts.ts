/**
 * Text of the fictional studies: title templates, criteria, objectives and summaries, filled with the study's
 * condition, drug and duration. French first; some CTIS studies are in English, as upstream.
 */

/** Values of the `{name}` holes of the templates. */
export interface TemplateVars {
  cond: string;
  leCond: string;
  duCond: string;
  deCond: string;
  condEn: string;
  drug: string;
  x: string;
  phase: string;
  m: string;
}

/** A template split at its holes: literal, key, literal, key, …, literal. */
const COMPILED = new Map<string, readonly string[]>();

/** Fills `{name}` holes (an unknown name gives ''). Templates are compiled once: this runs a dozen times a study. */
export function fill(t: string, v: TemplateVars): string {
  let parts = COMPILED.get(t);
  if (!parts) {
    parts = t.split(/\{(\w+)\}/);
    COMPILED.set(t, parts);
  }
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) out += (v[parts[i] as keyof TemplateVars] ?? '') + parts[i + 1];
  return out;
}

/** A few HTML entities, as 2023 titles had them (CONTRACT §5.4). */
export function htmlEncode(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/–/g, '&ndash;').replace(/ä/g, '&auml;').replace(/é/g, '&eacute;');
}

export const FR_TITLE_DRUG = [
  'Étude de phase {phase}, randomisée, en double aveugle, évaluant l’efficacité et la tolérance du {drug} versus placebo chez des patients atteints {deCond}',
  'Essai multicentrique évaluant le {drug} en association au traitement standard dans {leCond}',
  'Étude ouverte de l’efficacité, de la sécurité et de la pharmacocinétique du {drug} chez des participants atteints {deCond}',
  'Essai randomisé comparant le {drug} au traitement de référence chez des adultes atteints {deCond}',
  'Étude d’extension en ouvert évaluant la sécurité à long terme du {drug} dans {leCond}',
];
export const EN_TITLE_DRUG = [
  'A Phase {phase}, Randomised, Double-blind, Placebo-controlled Study of {drug} in Participants With {condEn}',
  'A Multicentre, Open-label Study to Evaluate the Safety and Efficacy of {drug} in Patients With {condEn}',
  'A Randomised Study Comparing {drug} With Standard of Care in Adults With {condEn}',
];
export const FR_TITLE_JARDE = [
  'Évaluation de l’impact d’un programme d’éducation thérapeutique chez les patients atteints {deCond}',
  'Étude de cohorte prospective sur la qualité de vie des patients atteints {deCond}',
  'Intérêt d’un suivi par télésurveillance dans {leCond} : essai randomisé',
  'Facteurs prédictifs de réponse au traitement dans {leCond}',
  'Constitution d’une collection biologique pour l’étude {duCond}',
  'Étude observationnelle des parcours de soins des patients atteints {deCond}',
  'Évaluation d’une intervention en activité physique adaptée chez des patients atteints {deCond}',
  'Questionnaire sur le vécu et les attentes des patients atteints {deCond}',
  'Intérêt de l’échographie systématique dans la prise en charge {duCond}',
  'Étude des biomarqueurs sanguins associés à l’évolution {duCond}',
];
export const FR_TITLE_DM = [
  'Investigation clinique évaluant la performance et la sécurité d’un dispositif implantable dans {leCond}',
  'Évaluation d’un dispositif connecté de suivi à domicile chez des patients atteints {deCond}',
  'Étude de la sécurité d’un nouveau stent chez des patients atteints {deCond}',
  'Évaluation d’un logiciel d’aide à la décision médicale dans {leCond}',
];
export const FR_TITLE_DMDIV = [
  'Étude de performance d’un test de diagnostic in vitro pour la détection {duCond}',
  'Évaluation des performances cliniques d’un test sanguin de dépistage {duCond}',
  'Étude de performance d’un test moléculaire rapide dans {leCond}',
];

export const DRUG_PREFIX = ['fic', 'demo', 'ima', 'exem', 'plac', 'proto', 'mod', 'sim', 'lam', 'chim'];
export const DRUG_SUFFIX = ['imab', 'umab', 'tinib', 'ciclib', 'parib', 'gliflozine', 'lisib', 'zomib', 'dénib', 'sertib'];

export const INCLUSION = [
  'Âge de 18 ans ou plus au moment de la signature du consentement',
  'Diagnostic confirmé {deCond}',
  'Consentement éclairé écrit signé',
  'Affiliation à un régime de sécurité sociale',
  'Indice de performance ECOG de 0 ou 1',
  'Fonction rénale et hépatique adéquate',
  'Au moins une lésion mesurable selon les critères RECIST 1.1',
  'Patient suivi dans l’un des centres participants',
  'Capacité à comprendre et à remplir les questionnaires en français',
];
export const EXCLUSION = [
  'Femme enceinte ou allaitante',
  'Participation à une autre recherche interventionnelle en cours',
  'Antécédent de réaction allergique grave au produit étudié',
  'Personne sous tutelle, curatelle ou privée de liberté',
  'Infection active non contrôlée',
  'Insuffisance cardiaque sévère (NYHA III ou IV)',
  'Traitement antérieur par un médicament de la même classe',
  'Espérance de vie inférieure à 3 mois',
];
export const EN_INCLUSION = [
  'Participants aged 18 years or older',
  'Confirmed diagnosis of {condEn}',
  'Signed written informed consent',
  'ECOG performance status 0 or 1',
];
export const EN_EXCLUSION = [
  'Pregnant or breastfeeding women',
  'Active uncontrolled infection',
  'Prior treatment with an agent of the same class',
];
export const PRIMARY_OUTCOMES = [
  'Survie sans progression à 12 mois',
  'Taux de réponse objective',
  'Variation du score de qualité de vie entre l’inclusion et 6 mois',
  'Survenue d’événements indésirables graves',
  'Taux de réhospitalisation à 30 jours',
  'Sensibilité et spécificité du test par rapport à la méthode de référence',
  'Taux de succès technique de l’implantation',
  'Variation de l’HbA1c à 24 semaines',
];
export const SECONDARY_OUTCOMES = [
  'Survie globale',
  'Tolérance selon les critères CTCAE v5.0',
  'Observance du traitement',
  'Coût de la prise en charge',
  'Satisfaction des patients',
  'Durée d’hospitalisation',
  'Paramètres pharmacocinétiques',
];
export const OBJECTIVES = [
  'Évaluer l’efficacité de {x} chez les patients atteints {deCond}.',
  'Comparer la tolérance de {x} à celle du traitement de référence dans {leCond}.',
  'Décrire l’évolution de la qualité de vie des patients atteints {deCond}.',
  'Estimer la performance diagnostique de {x} pour {leCond}.',
];
export const EN_OBJECTIVES = [
  'To evaluate the efficacy of {x} compared with placebo in participants with {condEn}.',
  'To assess the safety and tolerability of {x} in participants with {condEn}.',
];
export const SUMMARIES = [
  'La prise en charge {duCond} reste difficile. Cette étude vise à évaluer {x}. Les participants seront suivis pendant {m} mois, avec des visites régulières au centre.',
  'Cette recherche porte sur {leCond}. Elle compare deux stratégies de prise en charge.<br>Le suivi dure {m} mois.',
  'Peu de données existent sur {leCond} en France. Cette étude recueille des informations cliniques et biologiques afin de mieux comprendre la maladie. Durée de participation : {m} mois.',
];
export const EN_SUMMARIES = [
  'This study will assess {x} in participants with {condEn}. Participants will be followed for {m} months. For more information see https://example.org/essai.',
  'The purpose of this study is to evaluate whether {x} improves outcomes in {condEn} compared with standard of care.',
];

