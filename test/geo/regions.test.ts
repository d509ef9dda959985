import { describe, expect, it } from 'vitest';
import { getPack } from '../../src/lang/index.js';
import { geocodeSpans, geoparseText } from '../../src/geo/geoparse.js';
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

  it('reads the French and variant names of the regions of several countries', () => {
    const cases: [string, string, string, 'en' | 'fr'][] = [
      ["Des frappes ont visé le plateau du Golan.", 'plateau du Golan', 'Golan Heights', 'fr'],
      ['Israel shelled positions in the Golan.', 'Golan', 'Golan Heights', 'en'],
      ['La guerre a gagné le Caucase.', 'Caucase', 'Caucasus', 'fr'],
      ["Les djihadistes s'étendent en Afrique de l'Ouest.", "Afrique de l'Ouest", 'West Africa', 'fr'],
      ["La sécheresse frappe la Corne de l'Afrique.", "Corne de l'Afrique", 'Horn of Africa', 'fr'],
      ['Les migrants traversent l’Afrique du Nord.', 'Afrique du Nord', 'North Africa', 'fr'],
      ['Moscou renforce sa présence en Asie centrale.', 'Asie centrale', 'Central Asia', 'fr'],
      ["Les pluies ont touché l'Asie du Sud-Est.", 'Asie du Sud-Est', 'Southeast Asia', 'fr'],
      ['Le séisme a secoué l’Anatolie.', 'Anatolie', 'Anatolia', 'fr'],
      ['Les incendies ravagent la Sibérie.', 'Sibérie', 'Siberia', 'fr'],
      ['Le gaz arrive en Scandinavie.', 'Scandinavie', 'Scandinavia', 'fr'],
      ['Les caravanes de migrants partent d’Amérique centrale.', 'Amérique centrale', 'Central America', 'fr'],
      ['Rebels spread across South East Asia.', 'South East Asia', 'Southeast Asia', 'en'],
    ];
    for (const [text, name, label, lang] of cases) expect(geocodeOne(text, name, lang)?.name, name).toBe(label);
    expect(geocodeOne('Inflation hit Latin America.', 'Latin America')?.name).toBe('South America');
  });

  it('finds a French region name that opens with a lower-case noun in running text', () => {
    const places = geoparseText("Israël a frappé le plateau du Golan. Le plateau était calme.", getPack('fr'), gazetteer());
    expect(places.map((p) => [p.mentions[0]!.text, p.name])).toEqual([['Israël', 'Israel'], ['plateau du Golan', 'Golan Heights']]);
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
