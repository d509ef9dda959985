import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGazetteerOrNull, readGazetteer } from '../../src/geo/gazetteer.js';
import { gazetteer, indexBuilt } from './helpers.js';

describe('gazetteer loader', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-gaz-'));

  it('fails with SITREP_E_GAZETTEER when the index is missing', () => {
    expect(() => readGazetteer(join(dir, 'absent.json'))).toThrowError(expect.objectContaining({ code: 'SITREP_E_GAZETTEER' }));
  });

  it('fails with SITREP_E_GAZETTEER when the index is broken or of another format', () => {
    writeFileSync(join(dir, 'broken.json'), '{"format":');
    writeFileSync(join(dir, 'other.json'), '{"format":"something/1"}');
    expect(() => readGazetteer(join(dir, 'broken.json'))).toThrowError(expect.objectContaining({ code: 'SITREP_E_GAZETTEER' }));
    expect(() => readGazetteer(join(dir, 'other.json'))).toThrowError(/not a sitrep-gazetteer/);
  });

  it('lets callers go on without it, saying why', () => {
    const said: string[] = [];
    expect(loadGazetteerOrNull((m) => said.push(m), join(dir, 'absent.json'))).toBeNull();
    expect(said[0]).toMatch(/^SITREP_E_GAZETTEER: .*npm run prepare/);
  });
});

describe.skipIf(!indexBuilt)('gazetteer look-up', () => {
  it('finds names by case- and diacritics-insensitive keys, language-tagged names included', () => {
    const g = gazetteer();
    const first = (name: string) => g.lookup(name).map((h) => g.entry(h.index));
    expect(first('genève').some((e) => e.geonameid === 2660646)).toBe(true);
    expect(first('MOSSOUL').some((e) => e.geonameid === 99072)).toBe(true);
    expect(first('Syrie').some((e) => e.feature === 'PCLI' && e.country === 'SY')).toBe(true);
    expect(first('Illinois').some((e) => e.feature === 'ADM1' && e.admin1 === 'IL')).toBe(true);
    expect(g.lookup('Xqzzyville')).toEqual([]);
  });

  it('tells which names a longer name continues ("New" → "New York"), without a look-up per prefix', () => {
    const g = gazetteer();
    expect(g.startsName('new')).toBe(true);
    expect(g.startsName('deir ez')).toBe(true);
    expect(g.startsName('xqzzyville')).toBe(false);
    expect(g.has('new york')).toBe(true);
    expect(g.has('new yor')).toBe(false);
  });

  it('knows demonyms as adjectives of countries, not as names', () => {
    const g = gazetteer();
    expect(g.demonym('Syrian')).toBe('SY');
    expect(g.demonym('russe')).toBe('RU');
    expect(g.demonym('Aleppo')).toBeNull();
  });

  it('places a first-level region near the middle of its land, not of its towns', () => {
    const g = gazetteer();
    const region = (name: string) => g.lookup(name).map((h) => g.entry(h.index)).find((e) => e.feature === 'ADM1' && e.country === 'CA')!;
    // Ontario's and Manitoba's towns hug their southern edges (49° N); their land runs to 57° and 60° N.
    expect(region('Ontario').lat).toBeGreaterThan(49.5);
    expect(region('Manitoba').lat).toBeGreaterThan(54);
  });

  it('finds an entry by GeoNames id, and none for an unknown id', () => {
    const g = gazetteer();
    expect(g.entry(g.geonameIndex(170063)!).name).toBe('Aleppo');
    expect(g.geonameIndex(999_999_999)).toBeUndefined();
    expect(g.geonameIndex(0)).toBeUndefined();
  });

  it('labels places in English', () => {
    const g = gazetteer();
    expect(g.entry(g.geonameIndex(163808)!).label).toBe('Palmyra');
  });
});
