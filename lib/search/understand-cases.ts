/**
 * What people type in the disease box, and what Phare must read in it (lib/search/understand.ts): the table of the
 * unit tests (understand.test.ts) and of the parse-time figure (scripts/bench/understand.ts).
 *
 * Each case: the text as typed, the text left to search, and — when there is one — the place (`kind:code`: INSEE
 * commune code, department code, INSEE region code), the age (`enfant`, `adolescent`, `adulte`, `senior`, `age:45`,
 * `tranche:65-`, `tranche:0-17`), the sex, healthy volunteers and the words dropped as noise.
 *
 * The conditions of the mirror count as diseases too: these expectations are read with the conditions of the demo
 * data (lib/demo/conditions.ts), e.g. « épilepsie de l’enfant ».
 */
import type { Sex } from '@/lib/study/types';

export interface UnderstandCase {
  typed: string;
  text: string;
  place?: string;
  age?: string;
  sexe?: Sex;
  volontaire?: true;
  dropped?: string[];
}

type Expect = Omit<UnderstandCase, 'typed' | 'text'>;
const c = (typed: string, text: string, expect: Expect = {}): UnderstandCase => ({ typed, text, ...expect });

const LYON = 'commune:69123';
const PARIS = 'commune:75056';

export const UNDERSTAND_CASES: readonly UnderstandCase[] = [
  // The issue's own examples.
  c('asthme lyon', 'asthme', { place: LYON }),
  c('cancer du sein près de Rennes', 'cancer du sein', { place: 'commune:35238' }),
  c('diabète enfant 13', 'diabète', { place: 'departement:13', age: 'enfant' }),
  c('essai alzheimer paris 15', 'alzheimer', { place: 'commune:75115', dropped: ['essai'] }),
  c('2022-500014-26', '2022-500014-26'),

  // A commune at the end, with or without a connector.
  c('asthme Lyon', 'asthme', { place: LYON }),
  c('ASTHME LYON', 'ASTHME', { place: LYON }),
  c('asthme à Lyon', 'asthme', { place: LYON }),
  c('asthme a lyon', 'asthme', { place: LYON }),
  c('asthme, Lyon', 'asthme', { place: LYON }),
  c('asthme (Lyon)', 'asthme', { place: LYON }),
  c('asthme sur Lyon', 'asthme', { place: LYON }),
  c('asthme vers Lyon', 'asthme', { place: LYON }),
  c('asthme autour de Lyon', 'asthme', { place: LYON }),
  c('asthme aux alentours de Lyon', 'asthme', { place: LYON }),
  c('asthme dans la région de Lyon', 'asthme', { place: LYON }),
  c('asthme pas loin de Lyon', 'asthme', { place: LYON }),
  c('cancer du poumon pres de Lille', 'cancer du poumon', { place: 'commune:59350' }),
  c('grippe autour de Nice', 'grippe', { place: 'commune:06088' }),
  c('AVC Brest', 'AVC', { place: 'commune:29019' }),
  c('maladie de Crohn Clermont-Ferrand', 'maladie de Crohn', { place: 'commune:63113' }),
  c('maladie d’Alzheimer près d’Angers', 'maladie d’Alzheimer', { place: 'commune:49007' }),
  c("maladie d'Alzheimer près d'Angers", "maladie d'Alzheimer", { place: 'commune:49007' }),
  c('mucoviscidose Toulouse', 'mucoviscidose', { place: 'commune:31555' }),
  c('sclérose en plaques Bordeaux', 'sclérose en plaques', { place: 'commune:33063' }),
  c('sclérose en plaques à Strasbourg', 'sclérose en plaques', { place: 'commune:67482' }),
  c('parkinson montpellier', 'parkinson', { place: 'commune:34172' }),
  c('leucémie Nantes', 'leucémie', { place: 'commune:44109' }),
  c('lymphome à Rouen', 'lymphome', { place: 'commune:76540' }),
  c('épilepsie Grenoble', 'épilepsie', { place: 'commune:38185' }),
  c('insuffisance cardiaque Dijon', 'insuffisance cardiaque', { place: 'commune:21231' }),
  c('polyarthrite rhumatoïde Tours', 'polyarthrite rhumatoïde', { place: 'commune:37261' }),
  c('psoriasis Reims', 'psoriasis', { place: 'commune:51454' }),
  c('dermatite atopique à Caen', 'dermatite atopique', { place: 'commune:14118' }),
  c('glaucome Limoges', 'glaucome', { place: 'commune:87085' }),
  c('obésité Amiens', 'obésité', { place: 'commune:80021' }),
  c('hépatite C Poitiers', 'hépatite C', { place: 'commune:86194' }),

  // Accents, elisions, saints, articles.
  c("l'asthme à Saint-Étienne", "l'asthme", { place: 'commune:42218' }),
  c('l’asthme sévère à Saint-Étienne', 'l’asthme sévère', { place: 'commune:42218' }),
  c('asthme st etienne', 'asthme', { place: 'commune:42218' }),
  c('asthme saint etienne', 'asthme', { place: 'commune:42218' }),
  c('cancer St-Malo', 'cancer', { place: 'commune:35288' }),
  c('cancer Le Havre', 'cancer', { place: 'commune:76351' }),
  c('cancer au Havre', 'cancer', { place: 'commune:76351' }),
  c('diabète Le Mans', 'diabète', { place: 'commune:72181' }),
  c('asthme au Mans', 'asthme', { place: 'commune:72181' }),
  c("cancer à L'Isle-Adam", 'cancer', { place: 'commune:95313' }),
  c("asthme l'Haÿ-les-Roses", 'asthme', { place: 'commune:94038' }),
  c('cancer la rochelle', 'cancer', { place: 'commune:17300' }),
  c('cancer à La Rochelle', 'cancer', { place: 'commune:17300' }),
  c('diabete besancon', 'diabete', { place: 'commune:25056' }),
  c('Diabète Besançon', 'Diabète', { place: 'commune:25056' }),
  c('asthme aix', 'asthme', { place: 'commune:13001' }),
  c('cancer cherbourg', 'cancer', { place: 'commune:50129' }),
  c('cancer clermont', 'cancer', { place: 'commune:63113' }),

  // A commune at the start.
  c('Lyon asthme', 'asthme', { place: LYON }),
  c('à Lyon asthme', 'asthme', { place: LYON }),
  c('Lyon: asthme', 'asthme', { place: LYON }),
  c('Marseille cancer du sein', 'cancer du sein', { place: 'commune:13055' }),
  c('Rennes, diabète de type 1', 'diabète de type 1', { place: 'commune:35238' }),

  // Only a place.
  c('lyon', '', { place: LYON }),
  c('Paris', '', { place: PARIS }),
  c('près de lyon', '', { place: LYON }),
  c('13', '', { place: 'departement:13' }),
  c('Bretagne', '', { place: 'region:53' }),

  // Arrondissements, postcodes, INSEE codes.
  c('cancer paris 15e', 'cancer', { place: 'commune:75115' }),
  c('asthme Paris 8eme arrondissement', 'asthme', { place: 'commune:75108' }),
  c('asthme lyon 3e', 'asthme', { place: 'commune:69383' }),
  c('VIH Marseille 13', 'VIH', { place: 'commune:13213' }),
  c('asthme 69003', 'asthme', { place: 'commune:69383' }),
  c('cancer du sein 44000', 'cancer du sein', { place: 'commune:44109' }),
  c('cancer du sein 44 000', 'cancer du sein', { place: 'commune:44109' }),
  c('diabète 35000', 'diabète', { place: 'commune:35238' }),
  c('mucoviscidose 01400', 'mucoviscidose', { place: 'commune:01093' }),
  c('asthme 75056', 'asthme', { place: PARIS }),
  c('asthme 2A004', 'asthme', { place: 'commune:2A004' }),
  c('69003 asthme', 'asthme', { place: 'commune:69383' }),

  // Homonyms: the most populous wins, the others are offered.
  c('asthme saint-denis', 'asthme', { place: 'commune:97411' }),
  c('asthme Saint-Denis 93', 'asthme', { place: 'commune:93066' }),
  c('asthme Saint-Denis 974', 'asthme', { place: 'commune:97411' }),
  c('asthme Saint-Denis (974)', 'asthme', { place: 'commune:97411' }),
  c('asthme Saint-Denis La Réunion', 'asthme', { place: 'commune:97411' }),
  c('asthme valence', 'asthme', { place: 'commune:26362' }),
  c('asthme valence 82', 'asthme', { place: 'commune:82186' }),
  c('cancer à Saint-Pierre', 'cancer', { place: 'commune:97416' }),
  c('asthme vienne', 'asthme', { place: 'departement:86' }),

  // Departments, by number or name.
  c('sida 93', 'sida', { place: 'departement:93' }),
  c('sida seine-saint-denis', 'sida', { place: 'departement:93' }),
  c('hépatite c 974', 'hépatite c', { place: 'departement:974' }),
  c('leucémie 2A', 'leucémie', { place: 'departement:2A' }),
  c('lupus 2b', 'lupus', { place: 'departement:2B' }),
  c('asthme corse du sud', 'asthme', { place: 'departement:2A' }),
  c('alzheimer dans le 69', 'alzheimer', { place: 'departement:69' }),
  c('asthme dans le département 33', 'asthme', { place: 'departement:33' }),
  c('asthme département du Rhône', 'asthme', { place: 'departement:69' }),
  c('asthme Gironde', 'asthme', { place: 'departement:33' }),
  c('cancer en Gironde', 'cancer', { place: 'departement:33' }),
  c('diabète Bouches-du-Rhône', 'diabète', { place: 'departement:13' }),
  c('dépression dans le Lot', 'dépression', { place: 'departement:46' }),
  c('dengue guadeloupe', 'dengue', { place: 'departement:971' }),
  c('paludisme guyane', 'paludisme', { place: 'departement:973' }),
  c('drépanocytose martinique', 'drépanocytose', { place: 'departement:972' }),
  c('diabète mayotte', 'diabète', { place: 'departement:976' }),
  c('cancer de la thyroïde Réunion', 'cancer de la thyroïde', { place: 'departement:974' }),

  // Regions.
  c('sclérose en plaques bretagne', 'sclérose en plaques', { place: 'region:53' }),
  c('diabète en Île-de-France', 'diabète', { place: 'region:11' }),
  c('diabète ile de france', 'diabète', { place: 'region:11' }),
  c('diabète idf', 'diabète', { place: 'region:11' }),
  c('asthme PACA', 'asthme', { place: 'region:93' }),
  c('asthme Corse', 'asthme', { place: 'region:94' }),
  c('cancer en Occitanie', 'cancer', { place: 'region:76' }),
  c('myopathie Hauts-de-France', 'myopathie', { place: 'region:32' }),
  c('autisme en Normandie', 'autisme', { place: 'region:28' }),
  c('asthme Grand Est', 'asthme', { place: 'region:44' }),

  // Qualifiers: age brackets, one age, sexes, healthy volunteers.
  c('diabète enfant', 'diabète', { age: 'enfant' }),
  c('diabète enfants', 'diabète', { age: 'enfant' }),
  c('asthme chez l’enfant', 'asthme', { age: 'enfant' }),
  c("asthme chez l'enfant", 'asthme', { age: 'enfant' }),
  c('cancer de l’enfant', 'cancer', { age: 'enfant' }),
  c('oncologie pédiatrique', 'oncologie', { age: 'enfant' }),
  c('enfant asthme', 'asthme', { age: 'enfant' }),
  c('enfants atteints de mucoviscidose Toulouse', 'mucoviscidose', { place: 'commune:31555', age: 'enfant' }),
  c('migraine ados', 'migraine', { age: 'adolescent' }),
  c('dépression adolescent', 'dépression', { age: 'adolescent' }),
  c('diabète type 2 adulte', 'diabète type 2', { age: 'adulte' }),
  c('asthme sévère adultes Lille', 'asthme sévère', { place: 'commune:59350', age: 'adulte' }),
  c('alzheimer personnes âgées dans le 69', 'alzheimer', { place: 'departement:69', age: 'senior' }),
  c('chute senior', 'chute', { age: 'senior' }),
  c('fracture de hanche sujet âgé', 'fracture de hanche', { age: 'senior' }),
  c('parkinson plus de 65 ans', 'parkinson', { age: 'tranche:65-' }),
  c('vaccin moins de 18 ans', 'vaccin', { age: 'tranche:0-17' }),
  c('cancer du sein femme 45 ans lyon', 'cancer du sein', { place: LYON, sexe: 'femme', age: 'age:45' }),
  c('diabète 8 ans', 'diabète', { age: 'age:8' }),
  c('endométriose femme', 'endométriose', { sexe: 'femme' }),
  c('femme cancer du sein', 'cancer du sein', { sexe: 'femme' }),
  c('cancer de la prostate homme', 'cancer de la prostate', { sexe: 'homme' }),
  c('infertilité chez l’homme', 'infertilité', { sexe: 'homme' }),
  c('ostéoporose femmes Nantes', 'ostéoporose', { place: 'commune:44109', sexe: 'femme' }),
  c('volontaire sain paris', '', { place: PARIS, volontaire: true }),
  c('vaccin grippe volontaires sains', 'vaccin grippe', { volontaire: true }),
  c('volontaires en bonne santé Lyon', '', { place: LYON, volontaire: true }),
  c('enfant', '', { age: 'enfant' }),
  c('senior', '', { age: 'senior' }),
  c('personnes âgées', '', { age: 'senior' }),
  c('homme', '', { sexe: 'homme' }),
  c('recherche clinique myopathie enfant Lille', 'myopathie', { place: 'commune:59350', age: 'enfant', dropped: ['recherche clinique'] }),

  // Noise at the start, said back.
  c('essai asthme', 'asthme', { dropped: ['essai'] }),
  c('Essai clinique asthme', 'asthme', { dropped: ['Essai clinique'] }),
  c('études cliniques cancer du sein', 'cancer du sein', { dropped: ['études cliniques'] }),
  c('essai clinique sur le diabète à Nantes', 'diabète', { place: 'commune:44109', dropped: ['essai clinique sur le'] }),
  c('étude de la maladie de Charcot', 'maladie de Charcot', { dropped: ['étude de la'] }),
  c('étude sur l’autisme chez l’enfant à Paris', 'autisme', { place: PARIS, age: 'enfant', dropped: ['étude sur l’'] }),
  c(
    'je cherche un essai clinique pour la sclérose en plaques près de Bordeaux',
    'sclérose en plaques',
    { place: 'commune:33063', dropped: ['je cherche un essai clinique pour la'] },
  ),
  c('essai phase 3 cancer', 'phase 3 cancer', { dropped: ['essai'] }),
  c('essai 2022-500014-26', '2022-500014-26', { dropped: ['essai'] }),
  c('asthme près de chez moi', 'asthme', { dropped: ['près de chez moi'] }),
  c('essai', 'essai'),
  c('étude clinique', 'étude clinique'),

  c('asthme paris XV', 'asthme', { place: 'commune:75115' }),
  c('asthme Lyon III', 'asthme', { place: 'commune:69383' }),
  // Two names of one place side by side: both read, the more precise kept, nothing left in the text.
  c('asthme 69 lyon', 'asthme', { place: LYON }),
  c('asthme lyon 69', 'asthme', { place: LYON }),
  c('asthme champfromier 01', 'asthme', { place: 'commune:01081' }),
  c('asthme la reunion 974', 'asthme', { place: 'departement:974' }),
  c('asthme ile de la reunion', 'asthme', { place: 'region:04' }),
  c('cancer bretagne rennes', 'cancer', { place: 'commune:35238' }),
  c('asthme lyon marseille', 'asthme lyon', { place: 'commune:13055' }),
  c('asthme Fort-de-France', 'asthme', { place: 'commune:97209' }),
  c('asthme en Alsace', 'asthme', { place: 'region:44' }),
  // A commune whose name has an article, typed without it and without a connector, is a word, not a place.
  c('allergie moule', 'allergie moule'),
  c('globules blanc', 'globules blanc'),
  c('choc toxique tampon', 'choc toxique tampon'),
  c('asthme hopital', 'asthme hopital'),
  c('asthme le havre', 'asthme', { place: 'commune:76351' }),
  c('asthme près du Havre', 'asthme', { place: 'commune:76351' }),
  c('allergie au Moule', 'allergie', { place: 'commune:97117' }),
  // The disease wins: a disease name (or one the words complete) is never a place nor a qualifier.
  c('syndrome des jambes lourdes', 'syndrome des jambes lourdes'),
  c('jambes lourdes', 'jambes lourdes'),
  c('maladie de Lyme', 'maladie de Lyme'),
  c('Lyme', 'Lyme'),
  c('Charcot', 'Charcot'),
  c('maladie de Charcot lyon', 'maladie de Charcot', { place: LYON }),
  c('maladie de Paget', 'maladie de Paget'),
  c('Paget', 'Paget'),
  c('maladie de Basedow', 'maladie de Basedow'),
  c('hyperthyroïdie Basedow', 'hyperthyroïdie Basedow'),
  c('sclérose en plaques', 'sclérose en plaques'),
  c('psoriasis en plaques', 'psoriasis en plaques'),
  c('trisomie 21', 'trisomie 21'),
  c('trisomie 18 marseille', 'trisomie 18', { place: 'commune:13055' }),
  c('covid 19', 'covid 19'),
  c('covid long', 'covid long'),
  c('hpv 16', 'hpv 16'),
  c('cancer stade 4 lyon', 'cancer stade 4', { place: LYON }),
  c('diabète de type 1 enfant 33', 'diabète de type 1', { place: 'departement:33', age: 'enfant' }),
  c('femme enceinte', 'femme enceinte'),
  c('diabète gestationnel femme enceinte', 'diabète gestationnel femme enceinte'),
  c('essai randomisé lyon', 'essai randomisé', { place: LYON }),
  c('étude randomisée diabète', 'étude randomisée diabète'),
  c('épilepsie de l’enfant', 'épilepsie de l’enfant'),
  c('médulloblastome de l’enfant', 'médulloblastome de l’enfant'),
  c('fragilité du sujet âgé', 'fragilité du sujet âgé'),
  c('volontaire sain', '', { volontaire: true }),
  c('infection à virus respiratoire syncytial', 'infection à virus respiratoire syncytial'),
  c('cancer bronchique à petites cellules', 'cancer bronchique à petites cellules'),
  c('néphropathie à IgA', 'néphropathie à IgA'),

  // Everyday words that are also small towns or departments: read as places only with a connector.
  c('douleur bras', 'douleur bras'),
  c('baisse de la vue', 'baisse de la vue'),
  c('angoisse', 'angoisse'),
  c('angoisse paris', 'angoisse', { place: PARIS }),
  c('dépression lot', 'dépression lot'),
  c('asthme nord', 'asthme nord'),
  c('thérapie gène', 'thérapie gène'),
  c('cancer de Lyon', 'cancer de Lyon'),

  // Unknown places, mistyped places: the text stays a disease query.
  c('asthme lyonn', 'asthme lyonn'),
  c('alzheimer marseile', 'alzheimer marseile'),
  c('asthme Xyzville', 'asthme Xyzville'),
  c('cancer du sein 440000', 'cancer du sein 440000'),
  c('asthme 99999', 'asthme 99999'),
  c('asthme 20', 'asthme 20'),

  // Study numbers and other text that reads as nothing.
  c('2022-500014-26-00', '2022-500014-26-00'),
  c('2021-A01022-39', '2021-A01022-39'),
  c('NCT01234567', 'NCT01234567'),
  c('nct 01234567', 'nct 01234567'),
  c('hépatite b', 'hépatite b'),
  c('vitamine d', 'vitamine d'),
  c('diabète 2', 'diabète 2'),
  c('2022', '2022'),
  c('de', 'de'),
  c('près de', 'près de'),
  c('asthme à', 'asthme à'),
  c('la', 'la'),

  // Hostile or odd input: never throws, never invents.
  c("'; DROP TABLE studies; --", "'; DROP TABLE studies; --"),
  c('%%%%', '%%%%'),
  c('🙂 asthme lyon 🙂', 'asthme', { place: LYON }),
  c('" lyon "', '', { place: LYON }),
  c('asthme   lyon', 'asthme', { place: LYON }),
];
