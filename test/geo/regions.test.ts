import { describe, expect, it } from 'vitest';
import { getPack } from '../../src/lang/index.js';
import { geocodeSpans } from '../../src/geo/geoparse.js';
import { REGIONS } from '../../src/geo/regions.js';
import { gazetteer, indexBuilt } from './helpers.js';

function geocodeOne(text: string, name: string, lang: 'en' | 'fr' = 'en') {
  const start = text.indexOf(name);
  return geocodeSpans(text, [[start, start + name.length]], getPack(lang), gazetteer())[0]!.place;
}

describe.skipIf(!indexBuilt)('regions of our own', () => {
  // Continents share their names with entries of other kinds (Antarctica the territory): regions only.
  for (const r of REGIONS.filter((x) => x.feature === 'RGN')) {
    it(`resolves ${r.label} to its own entry`, () => {
      const place = geocodeOne(`Reports came from ${r.label} on Monday.`, r.label);
      expect(place).toMatchObject({ name: r.label, feature: r.feature, country: r.country ?? '' });
      expect(place!.lat).toBeCloseTo(r.lat, 3);
      expect(place!.lon).toBeCloseTo(r.lon, 3);
    });
  }

  it('reads the French and variant names of the conflict regions', () => {
    expect(geocodeOne('Les combats ont repris au Darfour.', 'Darfour', 'fr')?.name).toBe('Darfur');
    expect(geocodeOne('Les frappes visent la Ghouta orientale.', 'Ghouta orientale', 'fr')?.name).toBe('Eastern Ghouta');
    expect(geocodeOne("L'Ossétie du Sud a voté.", 'Ossétie du Sud', 'fr')?.country).toBe('GE');
    expect(geocodeOne('Shelling hit the Donbass again.', 'Donbass')?.name).toBe('Donbas');
    expect(geocodeOne('Les réfugiés ont quitté le Haut-Karabakh.', 'Haut-Karabakh', 'fr')?.name).toBe('Nagorno-Karabakh');
  });

  it('reads an admin-1 region without its region word, unless a place bears that bare name', () => {
    expect(geocodeOne('Les violences continuent dans la province de Cabo Delgado.', 'Cabo Delgado', 'fr')).toMatchObject({ country: 'MZ', feature: 'ADM1' });
    // Mozambique's "Gaza Province" does not make "Gaza" a region of Mozambique.
    expect(geocodeOne('Aid trucks waited outside Gaza.', 'Gaza')?.country).toBe('PS');
  });

  it('leaves a region and its towns apart', () => {
    // A town inside a region is still the town, not the region.
    expect(geocodeOne('Fighting reached Douma overnight.', 'Douma')?.feature).toMatch(/^PPL/);
    expect(geocodeOne('Troops left Tskhinvali.', 'Tskhinvali')?.name).not.toBe('South Ossetia');
  });
});
