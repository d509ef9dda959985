import { describe, expect, it } from 'vitest';
import { getPack } from '../../src/lang/index.js';
import { geocodeSpans, geoparseText } from '../../src/geo/geoparse.js';
import { WATERS } from '../../src/lang/shared/waters.js';
import { AIRPORTS } from '../../src/lang/shared/airports.js';
import { gazetteer, indexBuilt } from './helpers.js';

const SENTENCE: Record<string, (name: string) => string> = {
  en: (name) => `Witnesses near ${name} reported it on Monday.`,
  fr: (name) => `Des témoins près de ${name} l'ont signalé lundi.`,
};

function geocodeOne(text: string, name: string, lang: string) {
  const start = text.indexOf(name);
  return geocodeSpans(text, [[start, start + name.length]], getPack(lang), gazetteer())[0]!.place;
}

const placesOf = (text: string, lang: string) => geoparseText(text, getPack(lang), gazetteer()).map((p) => [p.mentions[0]!.text, p.name, p.feature]);

describe.skipIf(!indexBuilt)('seas, straits, rivers, lakes and airports set by hand', () => {
  for (const w of [...WATERS, ...AIRPORTS]) {
    it(`reads every name of ${w.label} as that place, at its point`, () => {
      for (const [lang, names] of [['en', [w.label]], ...Object.entries(w.names)] as [string, string[]][]) {
        for (const name of names) {
          const place = geocodeOne(SENTENCE[lang]!(name), name, lang);
          expect(place, `${lang}: ${name}`).toMatchObject({ name: w.label, feature: w.feature, lat: w.lat, lon: w.lon });
        }
      }
    });
  }

  it('finds waters in running text, French generic words in lower case included', () => {
    expect(placesOf('Houthi forces struck a cargo ship in the Red Sea and another in the Gulf of Aden.', 'en')).toEqual([
      ['Red Sea', 'Red Sea', 'SEA'],
      ['Gulf of Aden', 'Gulf of Aden', 'GULF'],
    ]);
    expect(placesOf("Un pétrolier a été saisi dans le détroit d'Ormuz, puis conduit en mer Rouge.", 'fr')).toEqual([
      ["détroit d'Ormuz", 'Strait of Hormuz', 'STRT'],
      ['mer Rouge', 'Red Sea', 'SEA'],
    ]);
  });

  it('reads an airport named apart from its city as a site', () => {
    expect(placesOf('Flights from Heathrow were cancelled.', 'en')).toEqual([['Heathrow', 'Heathrow Airport', 'AIRP']]);
    expect(geoparseText("Le vol s'est posé à l'aéroport Ben Gourion.", getPack('fr'), gazetteer())[0]).toMatchObject({ name: 'Ben Gurion Airport', kind: 'site' });
  });

  it('reads a French generic word alone as no place', () => {
    expect(placesOf('La mer était calme et le lac gelé près de Genève.', 'fr')).toEqual([['Genève', 'Geneva', 'PPLA']]);
  });

  it('prefers the sea to a region named after it, unless the article is about that region’s country', () => {
    expect(geocodeOne('A drone hit a tanker in the Red Sea.', 'Red Sea', 'en')).toMatchObject({ feature: 'SEA' });
    const text = 'Port Sudan, Kassala and Atbara in Sudan: fighting spread to Red Sea.';
    const spans = ['Port Sudan', 'Kassala', 'Atbara', 'Sudan', 'Red Sea'].map((n) => [text.indexOf(n), text.indexOf(n) + n.length] as const);
    expect(geocodeSpans(text, spans, getPack('en'), gazetteer())[4]!.place).toMatchObject({ country: 'SD', feature: 'ADM1' });
  });
});
