import type { Rng } from './prng';

/**
 * Fictional people and sponsors: invented family names, e-mails at example.org/.fr, phone numbers in a range no
 * one uses (01 99 00 …), invented companies, and academic sponsors named after real hospitals.
 */

export const pad = (n: number, width: number) => String(n).padStart(width, '0');

const GIVEN = [
  'Camille', 'Claire', 'Julien', 'Sophie', 'Thomas', 'Nathalie', 'Antoine', 'Émilie', 'Nicolas', 'Isabelle',
  'Mathieu', 'Aurélie', 'Pierre', 'Léa', 'Hugo', 'Manon', 'Louis', 'Inès', 'Karim', 'Yasmine', 'Marie-Hélène',
  'Jean-Baptiste', 'Anne', 'Olivier', 'Chloé', 'Sébastien', 'Mélanie', 'Paul', 'Fatou', 'Lucas',
];
/** Obviously invented family names: no real person can be mistaken for a demo contact. */
const FAMILY = [
  'Exemple', 'Fictif', 'Démo', 'Imaginaire', 'Modèle', 'Placebo', 'Testard', 'Factice', 'Prototype', 'Maquette',
  'Simulé', 'Essai-Blanc', 'Fantaisie', 'Inventé', 'Chimère', 'Lambda', 'Provisoire', 'Brouillon', 'Témoin',
  'Échantillon', 'Pseudonyme', 'Anonyme', 'Figurant', 'Doublure',
];
const EMAIL_DOMAINS = ['example.org', 'example.fr'];

/** Fictional sponsors: companies clearly invented, and academic sponsors named after real CHU. */
export const INDUSTRY_SPONSORS: readonly [string, string, string, string, string][] = [
  ['Laboratoire fictif Alméria', '12 rue de l’Exemple', 'Lyon', '69007', 'France'],
  ['Laboratoires fictifs Solenne SAS', '3 avenue Imaginaire', 'Paris', '75012', 'France'],
  ['Fictivia Pharma GmbH', 'Beispielstrasse 12', 'München', '80331', 'Germany'],
  ['Pharmacia Imaginaria S.p.A.', 'Via dell’Esempio 7', 'Milano', '20121', 'Italy'],
  ['Placebo Therapeutics B.V.', 'Voorbeeldlaan 21', 'Leiden', '2333', 'Netherlands'],
  ['Laboratorios Ficticios S.L.', 'Calle Ejemplo 45', 'Madrid', '28001', 'Spain'],
  ['Biotech Démo SA', '8 chemin du Modèle', 'Genève', '1204', 'Switzerland'],
  ['Exemplar Biosciences Ltd', '1 Sample Street', 'Dublin', 'D02', 'Ireland'],
  ['Société fictive MedDev Ouest', '5 rue du Prototype', 'Nantes', '44000', 'France'],
  ['Diagnostics Imaginaires SAS', '14 allée des Essais', 'Montpellier', '34000', 'France'],
  ['Dispositifs Maquette SARL', '22 quai Fictif', 'Grenoble', '38000', 'France'],
  ['Nordisk Fiktiv A/S', 'Eksempelvej 3', 'København', '2100', 'Denmark'],
];
export const ACADEMIC_SPONSORS: readonly [string, string, string, string][] = [
  ['Assistance Publique – Hôpitaux de Paris', '1 avenue Victoria', 'Paris', '75004'],
  ['Hospices Civils de Lyon', '3 quai des Célestins', 'Lyon', '69002'],
  ['Assistance Publique – Hôpitaux de Marseille', '80 rue Brochier', 'Marseille', '13005'],
  ['CHU de Bordeaux', '12 rue Dubernat', 'Talence', '33400'],
  ['CHU de Toulouse', '2 rue Viguerie', 'Toulouse', '31300'],
  ['CHU de Lille', '2 avenue Oscar-Lambret', 'Lille', '59000'],
  ['CHU de Nantes', '5 allée de l’Île-Gloriette', 'Nantes', '44000'],
  ['CHU de Montpellier', '191 avenue du Doyen-Gaston-Giraud', 'Montpellier', '34090'],
  ['CHU de Rennes', '2 rue Henri-Le-Guilloux', 'Rennes', '35000'],
  ['Hôpitaux universitaires de Strasbourg', '1 place de l’Hôpital', 'Strasbourg', '67000'],
  ['CHU Grenoble Alpes', 'Boulevard de la Chantourne', 'La Tronche', '38700'],
  ['CHU de Saint-Étienne', 'Avenue Albert-Raimond', 'Saint-Priest-en-Jarez', '42270'],
  ['CHU de La Réunion', 'Allée des Topazes', 'Saint-Denis', '97400'],
  ['CHU de Martinique', 'Route de Châteauboeuf', 'Fort-de-France', '97200'],
  ['CHU de la Guadeloupe', 'Route de Chauvel', 'Pointe-à-Pitre', '97110'],
  ['CHRU de Nancy', '29 avenue du Maréchal-de-Lattre-de-Tassigny', 'Nancy', '54000'],
  ['CHU de Caen Normandie', 'Avenue de la Côte-de-Nacre', 'Caen', '14000'],
  ['CHU Dijon Bourgogne', '14 rue Paul-Gaffarel', 'Dijon', '21000'],
  ['Institut Curie', '26 rue d’Ulm', 'Paris', '75005'],
  ['Gustave Roussy', '114 rue Édouard-Vaillant', 'Villejuif', '94800'],
  ['Centre Léon-Bérard', '28 rue Laennec', 'Lyon', '69008'],
  ['Unicancer', '101 rue de Tolbiac', 'Paris', '75013'],
  ['Université fictive de Recherche clinique', '1 place de l’Exemple', 'Tours', '37000'],
  ['Association fictive pour la recherche en santé', '7 rue du Modèle', 'Rennes', '35000'],
];


const asciiLower = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '-');
const GIVEN_ASCII = GIVEN.map(asciiLower);
const FAMILY_ASCII = FAMILY.map(asciiLower);

export interface DemoPerson {
  given: string;
  family: string;
  email: string;
}

export function drawPerson(r: Rng): DemoPerson {
  const g = r.int(0, GIVEN.length - 1);
  const f = r.int(0, FAMILY.length - 1);
  return { given: GIVEN[g], family: FAMILY[f], email: `${GIVEN_ASCII[g]}.${FAMILY_ASCII[f]}@${r.pick(EMAIL_DOMAINS)}` };
}

export function drawPhone(r: Rng): string {
  const xx = `${pad(r.int(0, 99), 2)} ${pad(r.int(0, 99), 2)}`;
  return r.chance(0.7) ? `01 99 00 ${xx}` : `+33 1 99 00 ${xx}`.replace(/ /g, r.chance(0.5) ? ' ' : '');
}
