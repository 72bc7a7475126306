import { describe, expect, it } from 'vitest';
import { studyInFrenchTypography, summaryInFrenchTypography, frenchText } from './french-typography';
import { makeStudy } from './testing';
import type { StudySummary } from './types';

const NBSP = '\u00A0';

describe('studyInFrenchTypography', () => {
  const study = makeStudy({
    id: '2021-A01022-39',
    title: "Etude de l'effet : un essai \"ouvert\"",
    summary: 'Résumé : voir https://exemple.fr/a:b ou écrire à equipe@chu.fr',
    summaryLang: undefined,
    objectives: 'Primary objective: safety',
    objectivesLang: 'en',
    sponsor: "Hôpital d'ici",
    outcomes: [
      { text: "Taux d'effets : 6 mois", primary: true },
      { text: 'Overall survival: 2 years', primary: false, lang: 'en' },
    ],
    eligibility: {
      ...makeStudy({ id: 'x' }).eligibility,
      inclusion: [{ text: 'Âge : 18 ans ou plus' }, { text: 'Age: 18 or over', lang: 'en' }],
      exclusion: [{ text: "Pas d'accord ?" }],
      unclassified: [{ text: "Qualité de vie : l'échelle" }],
    },
    sites: [{ id: 's1', name: "Centre d'essais", addressLines: ["1 rue de l'Église"], city: 'Nantes' }],
    contacts: { public: { name: "Mme O'Brien", email: 'o.brien@chu.fr', organisation: "CHU d'Angers" } },
  });
  const fixed = studyInFrenchTypography(study);

  it('puts French prose in French typography', () => {
    expect(fixed.title).toBe(`Etude de l’effet${NBSP}: un essai «${NBSP}ouvert${NBSP}»`);
    expect(fixed.sponsor).toBe('Hôpital d’ici');
    expect(fixed.outcomes[0].text).toBe(`Taux d’effets${NBSP}: 6 mois`);
    expect(fixed.eligibility.inclusion[0].text).toBe(`Âge${NBSP}: 18 ans ou plus`);
    expect(fixed.eligibility.exclusion[0].text).toBe('Pas d’accord\u202F?');
    expect(fixed.eligibility.unclassified[0].text).toBe(`Qualité de vie${NBSP}: l’échelle`);
    expect(fixed.sites[0].name).toBe('Centre d’essais');
    expect(fixed.contacts.public?.organisation).toBe('CHU d’Angers');
  });

  it('leaves English texts, addresses, names, ids and courriel addresses alone', () => {
    expect(fixed.objectives).toBe('Primary objective: safety');
    expect(fixed.outcomes[1].text).toBe('Overall survival: 2 years');
    expect(fixed.eligibility.inclusion[1].text).toBe('Age: 18 or over');
    expect(fixed.summary).toBe(`Résumé${NBSP}: voir https://exemple.fr/a:b ou écrire à equipe@chu.fr`);
    expect(fixed.id).toBe('2021-A01022-39');
    expect(fixed.sites[0].addressLines).toEqual(["1 rue de l'Église"]);
    expect(fixed.contacts.public?.name).toBe("Mme O'Brien");
    expect(fixed.contacts.public?.email).toBe('o.brien@chu.fr');
  });

  it('is idempotent and does not change its argument', () => {
    expect(studyInFrenchTypography(fixed)).toEqual(fixed);
    expect(study.title).toBe("Etude de l'effet : un essai \"ouvert\"");
  });
});

describe('summaryInFrenchTypography', () => {
  const summary: StudySummary = {
    id: '2022-500014-26-00',
    title: "L'essai : phase 2",
    regulation: 'medicament',
    recruitment: 'ouvert',
    status: 'en-cours',
    conditions: ["Maladie d'Alzheimer"],
    siteCount: 1,
    nearestSite: { name: "Institut d'oncologie", city: 'Lyon', distanceKm: 3 },
  };

  it('fixes the title, conditions and site name, not English titles', () => {
    const s = summaryInFrenchTypography(summary);
    expect(s.title).toBe(`L’essai${NBSP}: phase 2`);
    expect(s.conditions).toEqual(['Maladie d’Alzheimer']);
    expect(s.nearestSite?.name).toBe('Institut d’oncologie');
    expect(summaryInFrenchTypography({ ...summary, title: 'A trial: phase 2', titleLang: 'en' }).title).toBe('A trial: phase 2');
  });
});

describe('frenchText', () => {
  it('fixes French and unknown-language text only', () => {
    expect(frenchText("l'étude : oui")).toBe(`l’étude${NBSP}: oui`);
    expect(frenchText("l'étude : oui", 'fr-FR')).toBe(`l’étude${NBSP}: oui`);
    expect(frenchText("the study's aim: yes", 'en')).toBe("the study's aim: yes");
  });
});
