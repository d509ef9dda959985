import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGazetteerOrNull, perGazetteer, readGazetteer } from '../../src/geo/gazetteer.js';
import { defaultIndexPath } from '../../src/geo/index-file.js';
import { ADMIN1_CENTRES } from '../../src/geo/regions.js';
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

describe.skipIf(!indexBuilt)('stores kept per gazetteer', () => {
  it('gives each gazetteer its own store, the same one each time, registered before or after it was read', () => {
    const early = perGazetteer(() => new Map<string, number>());
    const g = gazetteer();
    const other = readGazetteer(defaultIndexPath());
    const late = perGazetteer(() => ({ names: [] as string[] }));
    early(g).set('Alep', 1);
    expect(early(g).get('Alep')).toBe(1);
    expect(early(other).has('Alep')).toBe(false);
    late(g).names.push('Homs');
    expect(late(g).names).toEqual(['Homs']);
    expect(late(other).names).toEqual([]);
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

  const region = (name: string, country: string) => gazetteer().lookup(name).map((h) => gazetteer().entry(h.index)).find((e) => e.feature === 'ADM1' && e.country === country)!;

  it('places a first-level region near the middle of its land, not of its towns', () => {
    // Krasnoyarsk Krai's towns lie along the Trans-Siberian (56° N); its land runs to the Arctic (81° N).
    expect(region('Krasnoyarsk Krai', 'RU').lat).toBeGreaterThan(60);
    // The Northwest Territories' towns sit on Great Slave Lake (61–62° N); the land runs to 78° N.
    expect(region('Northwest Territories', 'CA').lat).toBeGreaterThan(63);
  });

  it("places the vast provinces and states of Canada and Australia at GeoNames' points", () => {
    expect(region('Alberta', 'CA')).toMatchObject({ lat: 52.28333, lon: -117.46921 });
    expect(region('Queensland', 'AU')).toMatchObject({ lat: -20, lon: 145 });
    const g = gazetteer();
    const seen = new Set<string>();
    for (let i = 0; i < g.size; i++) {
      if (g.feature(i) !== 'ADM1') continue;
      const code = `${g.countryOf(i)}.${g.admin1Of(i)}`;
      const point = ADMIN1_CENTRES[code];
      if (!point) continue;
      expect(g.position(i), code).toEqual(point);
      seen.add(code);
    }
    expect([...seen].sort()).toEqual(Object.keys(ADMIN1_CENTRES).sort());
  });

  it("places countries whose package centroid lies far from GeoNames' point at GeoNames' point", () => {
    const g = gazetteer();
    const country = (code: string) => g.entry(g.country(code)!);
    expect(country('JP')).toMatchObject({ lat: 35.68536, lon: 139.75309 });
    expect(country('IN')).toMatchObject({ lat: 22, lon: 79 });
    expect(country('AU')).toMatchObject({ lat: -25, lon: 135 });
    expect(country('CD')).toMatchObject({ lat: -2.5, lon: 23.5 });
    expect(country('LY')).toMatchObject({ lat: 28, lon: 17 });
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
