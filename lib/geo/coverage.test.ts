import { describe, expect, it } from 'vitest';
import { computeCoverage, formatCoverage } from './coverage';
import { createGazetteer } from './gazetteer';
import { COORD_ESTIMATED, COORD_GEONAMES, COORD_IGN_CENTROID, COORD_NONE, type GazetteerData } from './gazetteer-data';

const data: GazetteerData = {
  version: 1,
  sources: [],
  regions: [['11', 'Île-de-France']],
  departments: [['75', 'Paris', '11']],
  communes: [
    ['75056', 'Paris', '75', '11', [], 48.86, 2.34, 600, COORD_IGN_CENTROID, null],
    ['75101', 'Paris 1er Arrondissement', '75', '11', ['75001'], 48.86, 2.34, 100, COORD_GEONAMES, '75056'],
    ['75102', 'Paris 2e Arrondissement', '75', '11', ['75002'], 48.87, 2.35, 100, COORD_ESTIMATED, '75056'],
    ['99001', 'Une', '75', '11', ['99001'], 48.8, 2.3, 300, COORD_GEONAMES, null],
    ['99002', 'Deux', '75', '11', ['99002'], null, null, 100, COORD_NONE, null],
  ],
  aliases: [],
};

describe('computeCoverage', () => {
  it('counts communes and population by source, arrondissements not counted twice in the population', () => {
    const c = computeCoverage(createGazetteer(data));
    expect(c).toMatchObject({ total: 5, communes: 3, arrondissements: 2, population: 1000 });
    expect(c.ownPoint).toEqual({ count: 3, share: 0.6, population: 900, populationShare: 0.9 });
    expect(c.bySource.ign).toMatchObject({ count: 1, population: 600 });
    expect(c.bySource.geonames).toMatchObject({ count: 2, population: 300 });
    expect(c.bySource.estimated).toMatchObject({ count: 1, population: 0 });
    expect(c.bySource.none).toMatchObject({ count: 1, share: 0.2, population: 100, populationShare: 0.1 });
  });

  it('formats the figures in French for the bench', () => {
    const lines = formatCoverage(computeCoverage(createGazetteer(data)));
    expect(lines[0]).toBe('3 communes + 2 arrondissements municipaux, 1000 habitants');
    expect(lines[1]).toBe('point propre : 3 (60,0 % des communes, 90,0 % de la population)');
  });

  it('reports full coverage for the real gazetteer', () => {
    const c = computeCoverage();
    expect(c.ownPoint.share).toBe(1);
    expect(c.bySource.ign.count + c.bySource.geonames.count).toBe(c.total);
  });
});
