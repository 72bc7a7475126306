/**
 * Real French health establishments used as sites of the fictional demo studies. Names, streets, postcodes and
 * cities are real (postcode = the commune's ordinary postcode, not a CEDEX code) so that geocoding, region
 * filters and maps behave as with real data; the studies attached to them are invented.
 */

/** INSEE region codes (2016 regions), overseas included. */
export const REGIONS: Readonly<Record<string, string>> = {
  '01': 'Guadeloupe',
  '02': 'Martinique',
  '03': 'Guyane',
  '04': 'La Réunion',
  '06': 'Mayotte',
  '11': 'Île-de-France',
  '24': 'Centre-Val de Loire',
  '27': 'Bourgogne-Franche-Comté',
  '28': 'Normandie',
  '32': 'Hauts-de-France',
  '44': 'Grand Est',
  '52': 'Pays de la Loire',
  '53': 'Bretagne',
  '75': 'Nouvelle-Aquitaine',
  '76': 'Occitanie',
  '84': 'Auvergne-Rhône-Alpes',
  '93': "Provence-Alpes-Côte d'Azur",
  '94': 'Corse',
};

export type EstablishmentKind = 'chu' | 'chr' | 'ch' | 'clcc' | 'clinique' | 'espic';

export interface Establishment {
  name: string;
  street: string;
  postcode: string;
  city: string;
  /** INSEE region code (key of REGIONS). */
  regionCode: string;
  kind: EstablishmentKind;
  /** CEDEX form of the address when the establishment uses one (postcode, city), for the CEDEX quirk. */
  cedex?: { postcode: string; city: string };
}

type Row = [name: string, street: string, postcode: string, city: string, kind: EstablishmentKind, cedex?: string];

/** Rows per region; compact so the table stays readable. `cedex` is "POSTCODE CITY CEDEX N". */
const ROWS: Record<string, Row[]> = {
  '11': [
    ['Hôpital européen Georges-Pompidou (AP-HP)', '20 rue Leblanc', '75015', 'Paris', 'chu'],
    ['Hôpital de la Pitié-Salpêtrière (AP-HP)', '47-83 boulevard de l’Hôpital', '75013', 'Paris', 'chu'],
    ['Hôpital Necker-Enfants malades (AP-HP)', '149 rue de Sèvres', '75015', 'Paris', 'chu'],
    ['Hôpital Saint-Louis (AP-HP)', '1 avenue Claude-Vellefaux', '75010', 'Paris', 'chu'],
    ['Hôpital Bichat-Claude-Bernard (AP-HP)', '46 rue Henri-Huchard', '75018', 'Paris', 'chu'],
    ['Hôpital Cochin (AP-HP)', '27 rue du Faubourg-Saint-Jacques', '75014', 'Paris', 'chu'],
    ['Hôpital Lariboisière (AP-HP)', '2 rue Ambroise-Paré', '75010', 'Paris', 'chu'],
    ['Hôpital Robert-Debré (AP-HP)', '48 boulevard Sérurier', '75019', 'Paris', 'chu'],
    ['Hôpital Saint-Antoine (AP-HP)', '184 rue du Faubourg-Saint-Antoine', '75012', 'Paris', 'chu'],
    ['Hôpital Tenon (AP-HP)', '4 rue de la Chine', '75020', 'Paris', 'chu'],
    ['Hôpital Armand-Trousseau (AP-HP)', '26 avenue du Docteur-Arnold-Netter', '75012', 'Paris', 'chu'],
    ['Institut Curie', '26 rue d’Ulm', '75005', 'Paris', 'clcc'],
    ['Gustave Roussy', '114 rue Édouard-Vaillant', '94800', 'Villejuif', 'clcc', '94805 VILLEJUIF CEDEX'],
    ['Hôpital Henri-Mondor (AP-HP)', '1 rue Gustave-Eiffel', '94000', 'Créteil', 'chu', '94010 CRETEIL CEDEX'],
    ['Hôpital Bicêtre (AP-HP)', '78 rue du Général-Leclerc', '94270', 'Le Kremlin-Bicêtre', 'chu'],
    ['Hôpital Avicenne (AP-HP)', '125 rue de Stalingrad', '93000', 'Bobigny', 'chu'],
    ['Hôpital Ambroise-Paré (AP-HP)', '9 avenue Charles-de-Gaulle', '92100', 'Boulogne-Billancourt', 'chu'],
    ['Hôpital Beaujon (AP-HP)', '100 boulevard du Général-Leclerc', '92110', 'Clichy', 'chu'],
    ['Hôpital Foch', '40 rue Worth', '92150', 'Suresnes', 'espic'],
    ['Centre hospitalier de Saint-Denis – Hôpital Delafontaine', '2 rue du Docteur-Delafontaine', '93200', 'Saint-Denis', 'ch'],
    ['Hôpital Raymond-Poincaré (AP-HP)', '104 boulevard Raymond-Poincaré', '92380', 'Garches', 'chu'],
    ['Centre hospitalier de Versailles – Hôpital André-Mignot', '177 rue de Versailles', '78150', 'Le Chesnay-Rocquencourt', 'ch'],
    ['Centre hospitalier Sud Francilien', '40 avenue Serge-Dassault', '91100', 'Corbeil-Essonnes', 'ch'],
    ['Hôpital Fondation Adolphe de Rothschild', '29 rue Manin', '75019', 'Paris', 'espic'],
    ['Centre hospitalier intercommunal de Créteil', '40 avenue de Verdun', '94000', 'Créteil', 'ch'],
    ['Institut mutualiste Montsouris', '42 boulevard Jourdan', '75014', 'Paris', 'espic'],
    ['Groupe hospitalier Paris Saint-Joseph', '185 rue Raymond-Losserand', '75014', 'Paris', 'espic'],
    ['Centre hospitalier René-Dubos', '6 avenue de l’Île-de-France', '95300', 'Pontoise', 'ch'],
  ],
  '24': [
    ['CHRU de Tours – Hôpital Bretonneau', '2 boulevard Tonnellé', '37000', 'Tours', 'chu', '37044 TOURS CEDEX 9'],
    ['CHRU de Tours – Hôpital Trousseau', 'Avenue de la République', '37170', 'Chambray-lès-Tours', 'chu'],
    ['Centre hospitalier universitaire d’Orléans', '14 avenue de l’Hôpital', '45100', 'Orléans', 'chu', '45067 ORLEANS CEDEX 2'],
    ['Centre hospitalier Jacques-Cœur', '145 avenue François-Mitterrand', '18000', 'Bourges', 'ch'],
    ['Hôpitaux de Chartres – Hôpital Louis-Pasteur', '4 rue Claude-Bernard', '28630', 'Le Coudray', 'ch'],
    ['Centre hospitalier Simone-Veil de Blois', 'Mail Pierre-Charlot', '41000', 'Blois', 'ch'],
    ['Centre hospitalier de Châteauroux-Le Blanc', '216 avenue de Verdun', '36000', 'Châteauroux', 'ch'],
  ],
  '27': [
    ['CHU Dijon Bourgogne – Hôpital François-Mitterrand', '14 rue Paul-Gaffarel', '21000', 'Dijon', 'chu', '21079 DIJON CEDEX'],
    ['Centre Georges-François Leclerc', '1 rue du Professeur-Marion', '21000', 'Dijon', 'clcc'],
    ['CHU de Besançon – Hôpital Jean-Minjoz', '3 boulevard Alexandre-Fleming', '25000', 'Besançon', 'chu', '25030 BESANCON CEDEX'],
    ['Hôpital Nord Franche-Comté', '100 route de Moval', '90400', 'Trévenans', 'ch'],
    ['Centre hospitalier William-Morey', '4 rue du Capitaine-Drillien', '71100', 'Chalon-sur-Saône', 'ch'],
    ['Centre hospitalier d’Auxerre', '2 boulevard de Verdun', '89000', 'Auxerre', 'ch'],
    ['Centre hospitalier de l’agglomération de Nevers', '1 boulevard de l’Hôpital', '58000', 'Nevers', 'ch'],
  ],
  '28': [
    ['CHU de Rouen – Hôpital Charles-Nicolle', '1 rue de Germont', '76000', 'Rouen', 'chu', '76031 ROUEN CEDEX'],
    ['Centre Henri-Becquerel', '1 rue d’Amiens', '76000', 'Rouen', 'clcc', '76038 ROUEN CEDEX 1'],
    ['CHU de Caen Normandie', 'Avenue de la Côte-de-Nacre', '14000', 'Caen', 'chu', '14033 CAEN CEDEX 9'],
    ['Centre François-Baclesse', '3 avenue du Général-Harris', '14000', 'Caen', 'clcc'],
    ['Groupe hospitalier du Havre – Hôpital Jacques-Monod', '29 avenue Pierre-Mendès-France', '76290', 'Montivilliers', 'ch'],
    ['Centre hospitalier public du Cotentin', '46 rue du Val-de-Saire', '50100', 'Cherbourg-en-Cotentin', 'ch'],
    ['Centre hospitalier Eure-Seine', 'Rue Léon-Schwartzenberg', '27000', 'Évreux', 'ch'],
  ],
  '32': [
    ['CHU de Lille – Hôpital Claude-Huriez', 'Rue Michel-Polonovski', '59000', 'Lille', 'chu', '59037 LILLE CEDEX'],
    ['Centre Oscar-Lambret', '3 rue Frédéric-Combemale', '59000', 'Lille', 'clcc'],
    ['CHU Amiens-Picardie', '1 rue du Professeur-Christian-Cabrol', '80000', 'Amiens', 'chu', '80054 AMIENS CEDEX 1'],
    ['Hôpital Saint-Vincent-de-Paul (GHICL)', 'Boulevard de Belfort', '59000', 'Lille', 'espic'],
    ['Centre hospitalier de Valenciennes', 'Avenue Désandrouin', '59300', 'Valenciennes', 'ch'],
    ['Centre hospitalier de Roubaix – Hôpital Victor-Provo', '11-17 boulevard Lacordaire', '59100', 'Roubaix', 'ch'],
    ['Centre hospitalier de Dunkerque', '130 avenue Louis-Herbeaux', '59240', 'Dunkerque', 'ch'],
    ['Centre hospitalier d’Arras', '3 boulevard Georges-Besnier', '62000', 'Arras', 'ch'],
    ['Centre hospitalier Simone-Veil de Beauvais', 'Avenue Léon-Blum', '60000', 'Beauvais', 'ch'],
    ['Centre hospitalier de Saint-Quentin', '1 avenue Michel-de-l’Hospital', '02100', 'Saint-Quentin', 'ch'],
    ['Centre hospitalier de Boulogne-sur-Mer', 'Allée Jacques-Monod', '62200', 'Boulogne-sur-Mer', 'ch'],
  ],
  '44': [
    ['Hôpitaux universitaires de Strasbourg – Nouvel Hôpital civil', '1 place de l’Hôpital', '67000', 'Strasbourg', 'chu', '67091 STRASBOURG CEDEX'],
    ['Hôpitaux universitaires de Strasbourg – Hôpital de Hautepierre', 'Avenue Molière', '67200', 'Strasbourg', 'chu'],
    ['Institut de cancérologie Strasbourg Europe', '17 rue Albert-Calmette', '67200', 'Strasbourg', 'clcc'],
    ['CHRU de Nancy – Hôpitaux de Brabois', 'Rue du Morvan', '54500', 'Vandœuvre-lès-Nancy', 'chu', '54511 VANDOEUVRE-LES-NANCY CEDEX'],
    ['Institut de cancérologie de Lorraine', '6 avenue de Bourgogne', '54500', 'Vandœuvre-lès-Nancy', 'clcc'],
    ['CHU de Reims – Hôpital Robert-Debré', 'Avenue du Général-Koenig', '51100', 'Reims', 'chu', '51092 REIMS CEDEX'],
    ['Institut Godinot', '1 rue du Général-Koenig', '51100', 'Reims', 'clcc'],
    ['CHR Metz-Thionville – Hôpital de Mercy', '1 allée du Château', '57530', 'Ars-Laquenexy', 'chr'],
    ['GHR Mulhouse Sud-Alsace – Hôpital Émile-Muller', '20 avenue du Docteur-René-Laennec', '68100', 'Mulhouse', 'ch'],
    ['Hôpitaux civils de Colmar', '39 avenue de la Liberté', '68000', 'Colmar', 'ch'],
    ['Centre hospitalier de Troyes', '101 avenue Anatole-France', '10000', 'Troyes', 'ch'],
  ],
  '52': [
    ['CHU de Nantes – Hôtel-Dieu', '1 place Alexis-Ricordeau', '44000', 'Nantes', 'chu', '44093 NANTES CEDEX 1'],
    ['Institut de cancérologie de l’Ouest – site René-Gauducheau', 'Boulevard Jacques-Monod', '44800', 'Saint-Herblain', 'clcc'],
    ['CHU d’Angers', '4 rue Larrey', '49100', 'Angers', 'chu', '49933 ANGERS CEDEX 9'],
    ['Institut de cancérologie de l’Ouest – site Paul-Papin', '15 rue André-Boquel', '49100', 'Angers', 'clcc'],
    ['Centre hospitalier Le Mans', '194 avenue Rubillard', '72000', 'Le Mans', 'ch'],
    ['Centre hospitalier départemental Vendée', 'Boulevard Stéphane-Moreau', '85000', 'La Roche-sur-Yon', 'ch'],
    ['Centre hospitalier de Laval', '33 rue du Haut-Rocher', '53000', 'Laval', 'ch'],
    ['Clinique Jules-Verne', '2-4 route de Paris', '44300', 'Nantes', 'clinique'],
  ],
  '53': [
    ['CHU de Rennes – Hôpital Pontchaillou', '2 rue Henri-Le-Guilloux', '35000', 'Rennes', 'chu', '35033 RENNES CEDEX 9'],
    ['Centre Eugène-Marquis', 'Avenue de la Bataille-Flandres-Dunkerque', '35000', 'Rennes', 'clcc', '35042 RENNES CEDEX'],
    ['CHU de Brest – Hôpital de la Cavale-Blanche', 'Boulevard Tanguy-Prigent', '29200', 'Brest', 'chu', '29609 BREST CEDEX'],
    ['CHU de Brest – Hôpital Morvan', '2 avenue Foch', '29200', 'Brest', 'chu'],
    ['Centre hospitalier Bretagne Atlantique', '20 boulevard Maurice-Guillaudot', '56000', 'Vannes', 'ch'],
    ['Centre hospitalier Yves-Le-Foll', '10 rue Marcel-Proust', '22000', 'Saint-Brieuc', 'ch'],
    ['Centre hospitalier de Cornouaille', '14 avenue Yves-Thépot', '29000', 'Quimper', 'ch'],
    ['Groupe hospitalier Bretagne Sud', '5 avenue de Choiseul', '56100', 'Lorient', 'ch'],
  ],
  '75': [
    ['CHU de Bordeaux – Hôpital Pellegrin', 'Place Amélie-Raba-Léon', '33000', 'Bordeaux', 'chu', '33076 BORDEAUX CEDEX'],
    ['CHU de Bordeaux – Hôpital Haut-Lévêque', 'Avenue de Magellan', '33600', 'Pessac', 'chu'],
    ['Institut Bergonié', '229 cours de l’Argonne', '33000', 'Bordeaux', 'clcc'],
    ['CHU de Poitiers', '2 rue de la Milétrie', '86000', 'Poitiers', 'chu', '86021 POITIERS CEDEX'],
    ['CHU de Limoges – Hôpital Dupuytren', '2 avenue Martin-Luther-King', '87000', 'Limoges', 'chu', '87042 LIMOGES CEDEX'],
    ['Centre hospitalier de Pau', '4 boulevard Hauterive', '64000', 'Pau', 'ch'],
    ['Centre hospitalier de la Côte basque', '13 avenue de l’Interne-Jacques-Loëb', '64100', 'Bayonne', 'ch'],
    ['Groupe hospitalier La Rochelle-Ré-Aunis', 'Rue du Docteur-Schweitzer', '17000', 'La Rochelle', 'ch'],
    ['Centre hospitalier de Périgueux', '80 avenue Georges-Pompidou', '24000', 'Périgueux', 'ch'],
    ['Centre hospitalier de Niort', '40 avenue Charles-de-Gaulle', '79000', 'Niort', 'ch'],
    ['Polyclinique Bordeaux Nord Aquitaine', '15-35 rue Claude-Boucher', '33300', 'Bordeaux', 'clinique'],
  ],
  '76': [
    ['CHU de Toulouse – Hôpital Purpan', 'Place du Docteur-Baylac', '31300', 'Toulouse', 'chu', '31059 TOULOUSE CEDEX 9'],
    ['CHU de Toulouse – Hôpital Rangueil', '1 avenue du Professeur-Jean-Poulhès', '31400', 'Toulouse', 'chu'],
    ['Institut universitaire du cancer de Toulouse – Oncopole', '1 avenue Irène-Joliot-Curie', '31100', 'Toulouse', 'clcc'],
    ['CHU de Montpellier – Hôpital Lapeyronie', '371 avenue du Doyen-Gaston-Giraud', '34090', 'Montpellier', 'chu', '34295 MONTPELLIER CEDEX 5'],
    ['CHU de Montpellier – Hôpital Gui-de-Chauliac', '80 avenue Augustin-Fliche', '34090', 'Montpellier', 'chu'],
    ['Institut du cancer de Montpellier – Val d’Aurelle', '208 avenue des Apothicaires', '34090', 'Montpellier', 'clcc'],
    ['CHU de Nîmes – Hôpital Carémeau', 'Place du Professeur-Robert-Debré', '30900', 'Nîmes', 'chu', '30029 NIMES CEDEX 9'],
    ['Centre hospitalier de Perpignan', '20 avenue du Languedoc', '66000', 'Perpignan', 'ch'],
    ['Centre hospitalier de Béziers', '2 rue Valentin-Haüy', '34500', 'Béziers', 'ch'],
    ['Centre hospitalier Jacques-Puel', 'Avenue de l’Hôpital', '12000', 'Rodez', 'ch'],
    ['Clinique Pasteur', '45 avenue de Lombez', '31300', 'Toulouse', 'clinique'],
    ['Centre hospitalier de Montauban', '100 rue Léon-Cladel', '82000', 'Montauban', 'ch'],
    ['Centre hospitalier d’Albi', '22 boulevard du Général-Sibille', '81000', 'Albi', 'ch'],
  ],
  '84': [
    ['Hospices civils de Lyon – Hôpital Édouard-Herriot', '5 place d’Arsonval', '69003', 'Lyon', 'chu', '69437 LYON CEDEX 03'],
    ['Hospices civils de Lyon – Hôpital Femme Mère Enfant', '59 boulevard Pinel', '69500', 'Bron', 'chu'],
    ['Hospices civils de Lyon – Centre hospitalier Lyon Sud', '165 chemin du Grand-Revoyet', '69310', 'Oullins-Pierre-Bénite', 'chu'],
    ['Hospices civils de Lyon – Hôpital de la Croix-Rousse', '103 grande rue de la Croix-Rousse', '69004', 'Lyon', 'chu'],
    ['Centre Léon-Bérard', '28 rue Laennec', '69008', 'Lyon', 'clcc'],
    ['CHU Grenoble Alpes', 'Boulevard de la Chantourne', '38700', 'La Tronche', 'chu', '38043 GRENOBLE CEDEX 9'],
    ['CHU de Saint-Étienne – Hôpital Nord', 'Avenue Albert-Raimond', '42270', 'Saint-Priest-en-Jarez', 'chu'],
    ['CHU de Clermont-Ferrand – Hôpital Gabriel-Montpied', '58 rue Montalembert', '63000', 'Clermont-Ferrand', 'chu'],
    ['Centre Jean-Perrin', '58 rue Montalembert', '63000', 'Clermont-Ferrand', 'clcc', '63011 CLERMONT-FERRAND CEDEX 1'],
    ['Centre hospitalier Annecy Genevois', '1 avenue de l’Hôpital', '74370', 'Épagny Metz-Tessy', 'ch'],
    ['Centre hospitalier Métropole Savoie', 'Place Lucien-Biset', '73000', 'Chambéry', 'ch'],
    ['Centre hospitalier de Valence', '179 boulevard du Maréchal-Juin', '26000', 'Valence', 'ch'],
    ['Infirmerie protestante de Lyon', '1-3 chemin du Penthod', '69300', 'Caluire-et-Cuire', 'clinique'],
    ['Centre hospitalier de Roanne', '28 rue de Charlieu', '42300', 'Roanne', 'ch'],
    ['Médipôle Lyon-Villeurbanne', '158 rue Léon-Blum', '69100', 'Villeurbanne', 'clinique'],
  ],
  '93': [
    ['AP-HM – Hôpital de la Timone', '264 rue Saint-Pierre', '13005', 'Marseille', 'chu', '13385 MARSEILLE CEDEX 05'],
    ['AP-HM – Hôpital Nord', 'Chemin des Bourrely', '13015', 'Marseille', 'chu'],
    ['AP-HM – Hôpital de la Conception', '147 boulevard Baille', '13005', 'Marseille', 'chu'],
    ['Institut Paoli-Calmettes', '232 boulevard de Sainte-Marguerite', '13009', 'Marseille', 'clcc'],
    ['CHU de Nice – Hôpital Pasteur 2', '30 voie Romaine', '06000', 'Nice', 'chu', '06001 NICE CEDEX 1'],
    ['CHU de Nice – Hôpital de l’Archet', '151 route de Saint-Antoine-de-Ginestière', '06200', 'Nice', 'chu'],
    ['Centre Antoine-Lacassagne', '33 avenue de Valombrose', '06100', 'Nice', 'clcc'],
    ['Centre hospitalier Henri-Duffaut', '305 rue Raoul-Follereau', '84000', 'Avignon', 'ch'],
    ['CHI Toulon-La Seyne-sur-Mer – Hôpital Sainte-Musse', '54 rue Henri-Sainte-Claire-Deville', '83100', 'Toulon', 'ch'],
    ['Centre hospitalier du Pays d’Aix', 'Avenue des Tamaris', '13100', 'Aix-en-Provence', 'ch'],
    ['Hôpital européen Marseille', '6 rue Désirée-Clary', '13003', 'Marseille', 'espic'],
    ['Centre hospitalier d’Antibes Juan-les-Pins', '107 avenue de Nice', '06600', 'Antibes', 'ch'],
    ['Centre hospitalier de Cannes Simone-Veil', '15 avenue des Broussailles', '06400', 'Cannes', 'ch'],
  ],
  '94': [
    ['Centre hospitalier d’Ajaccio', '27 avenue de l’Impératrice-Eugénie', '20000', 'Ajaccio', 'ch'],
    ['Centre hospitalier de Bastia', 'Route Impériale', '20600', 'Bastia', 'ch'],
    ['Centre hospitalier de Castelluccio', 'Route du Stiletto', '20090', 'Ajaccio', 'ch'],
  ],
  '01': [
    ['CHU de la Guadeloupe', 'Route de Chauvel', '97110', 'Pointe-à-Pitre', 'chu', '97159 POINTE-A-PITRE CEDEX'],
    ['Centre hospitalier de la Basse-Terre', 'Avenue Gaston-Feuillard', '97100', 'Basse-Terre', 'ch'],
    ['Clinique Les Eaux Claires', 'Zone de Moudong Sud', '97122', 'Baie-Mahault', 'clinique'],
  ],
  '02': [
    ['CHU de Martinique – Hôpital Pierre-Zobda-Quitman', 'Route de Châteauboeuf', '97200', 'Fort-de-France', 'chu'],
    ['CHU de Martinique – Hôpital Mangot-Vulcin', 'Quartier Mangot-Vulcin', '97232', 'Le Lamentin', 'chu'],
    ['Clinique Saint-Paul', 'Rue des Arawaks', '97200', 'Fort-de-France', 'clinique'],
  ],
  '03': [
    ['Centre hospitalier de Cayenne Andrée-Rosemon', 'Avenue des Flamboyants', '97300', 'Cayenne', 'ch'],
    ['Centre hospitalier de l’Ouest guyanais Franck-Joly', '16 boulevard du Général-de-Gaulle', '97320', 'Saint-Laurent-du-Maroni', 'ch'],
    ['Centre hospitalier de Kourou', 'Avenue des Îles', '97310', 'Kourou', 'ch'],
  ],
  '04': [
    ['CHU de La Réunion – site Félix-Guyon', 'Allée des Topazes', '97400', 'Saint-Denis', 'chu'],
    ['CHU de La Réunion – site Sud', 'Avenue François-Mitterrand', '97410', 'Saint-Pierre', 'chu'],
    ['Groupe hospitalier Est Réunion', 'Route nationale 3', '97470', 'Saint-Benoît', 'ch'],
    ['Clinique Sainte-Clotilde', '127 route du Bois-de-Nèfles', '97490', 'Saint-Denis', 'clinique'],
    ['Centre hospitalier Ouest Réunion', 'Boulevard Saint-Paul', '97460', 'Saint-Paul', 'ch'],
  ],
  '06': [
    ['Centre hospitalier de Mayotte', 'Rue de l’Hôpital', '97600', 'Mamoudzou', 'ch'],
    ['Centre médical de référence de Petite-Terre', 'Route nationale 4', '97615', 'Dzaoudzi', 'ch'],
  ],
};

function parseCedex(s: string | undefined): Establishment['cedex'] {
  if (!s) return undefined;
  const m = /^(\d{5}) (.+)$/.exec(s);
  return m ? { postcode: m[1], city: m[2] } : undefined;
}

/** Every establishment, region by region (stable order: record generation indexes into it). */
export const ESTABLISHMENTS: readonly Establishment[] = Object.entries(ROWS).flatMap(([regionCode, rows]) =>
  rows.map(([name, street, postcode, city, kind, cedex]) => ({
    name,
    street,
    postcode,
    city,
    regionCode,
    kind,
    cedex: parseCedex(cedex),
  })),
);

/** Hospital services/departments, as found in `Location.address.line[1]`. */
export const SERVICES: readonly string[] = [
  'Service d’oncologie médicale',
  'Service d’hématologie clinique',
  'Service de cardiologie',
  'Service de pneumologie',
  'Service de neurologie',
  'Service de rhumatologie',
  'Service d’endocrinologie, diabétologie et nutrition',
  'Service d’hépato-gastro-entérologie',
  'Service de néphrologie et dialyse',
  'Service des maladies infectieuses et tropicales',
  'Service de dermatologie',
  'Service de psychiatrie adulte',
  'Service de pédiatrie générale',
  'Service de réanimation médicale',
  'Service d’anesthésie-réanimation',
  'Service de chirurgie orthopédique',
  'Service de chirurgie digestive',
  'Service d’urologie',
  'Service de gynécologie-obstétrique',
  'Service d’ophtalmologie',
  'Service d’ORL et chirurgie cervico-faciale',
  'Service de médecine interne',
  'Service de gériatrie',
  'Service de médecine physique et de réadaptation',
  'Unité de recherche clinique',
  'Centre d’investigation clinique',
  'Service d’imagerie médicale',
  'Service de médecine d’urgence',
  'Service de radiothérapie',
  'Laboratoire de biologie médicale',
];
