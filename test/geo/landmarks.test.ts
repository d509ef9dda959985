import { describe, expect, it } from 'vitest';
import { getPack } from '../../src/lang/index.js';
import { geocodeSpans, geoparseText } from '../../src/geo/geoparse.js';
import { LANDMARKS } from '../../src/lang/shared/landmarks.js';
import { TOWNS } from '../../src/lang/shared/towns.js';
import { ABBREVIATIONS } from '../../src/lang/shared/abbreviations.js';
import { readPage } from '../../src/pipeline.js';
import { gazetteer, indexBuilt } from './helpers.js';

const SENTENCE: Record<string, (name: string) => string> = {
  en: (name) => `Reporters waited outside ${name} on Monday.`,
  fr: (name) => `Des journalistes attendaient devant ${name} lundi.`,
};

/** The places of the named spans of `text` (each name's first occurrence), resolved together. */
function geocode(text: string, names: readonly string[], lang = 'en') {
  const spans = names.map((n) => [text.indexOf(n), text.indexOf(n) + n.length] as const);
  return geocodeSpans(text, spans, getPack(lang), gazetteer()).map((r) => r.place);
}

const placesOf = (text: string, options = {}) => geoparseText(text, getPack('en'), gazetteer(), options).map((p) => [p.mentions[0]!.text, p.name, p.kind]);

describe.skipIf(!indexBuilt)('landmarks and towns set by hand', () => {
  for (const site of [...LANDMARKS, ...TOWNS]) {
    it(`reads every name of ${site.label} as that place, at its point`, () => {
      const g = gazetteer();
      // A township that a larger town abroad names too (Delft, Cape Town) is itself where the text names its country.
      const country = TOWNS.includes(site) && site.country ? g.entry(g.country(site.country)!).label : null;
      for (const [lang, names] of [['en', [site.label]], ...Object.entries(site.names)] as [string, string[]][]) {
        for (const name of names) {
          const text = SENTENCE[lang]!(country ? `${name}, ${country},` : name);
          const [place] = geocode(text, country ? [name, country] : [name], lang);
          expect(place, `${lang}: ${name}`).toMatchObject({ name: site.label, feature: site.feature, lat: site.lat, lon: site.lon, country: site.country ?? '' });
        }
      }
    });
  }

  it('puts a landmark before a town of the same name, unless the text names that town’s state', () => {
    expect(geocode('The president returned to the White House on Sunday.', ['White House'])[0]).toMatchObject({ name: 'White House', feature: 'BLDG', country: 'US' });
    const [town] = geocode('A fire broke out in White House, Tennessee, on Sunday.', ['White House', 'Tennessee']);
    expect(town).toMatchObject({ country: 'US', admin1: 'TN', feature: 'PPL' });
  });

  it('reads a landmark after a locative word as a site in running text, not a seat that speaks', () => {
    expect(placesOf('A rally at Trump Tower drew crowds.')).toEqual([['Trump Tower', 'Trump Tower', 'site']]);
    expect(placesOf('Thousands marched to Madison Square Garden.')).toEqual([['Madison Square Garden', 'Madison Square Garden', 'site']]);
    expect(placesOf('The White House said on Monday that talks would resume.')).toEqual([]);
  });

  it('keeps a seat of government that speaks an actor in a reading, beside a landmark that is a place', () => {
    const text = 'The White House said on Monday that talks with the Kremlin would resume. Protesters gathered at Trump Tower.';
    const page = { origin: 't.txt', url: null, file: 't.txt', bytes: Buffer.from(text), contentType: null, published: null };
    const reading = readPage(page, { lang: 'en', published: '2024-01-08' }, { gazetteer: gazetteer() });
    expect(reading.places.map((p) => [p.name, p.kind])).toEqual([['Trump Tower', 'site']]);
    expect(reading.entities.filter((e) => e.mentions.some((m) => m.text === 'White House' || m.text === 'Kremlin')).map((e) => e.code)).toEqual(['USAGOV', 'RUSGOV']);
  });
});

describe.skipIf(!indexBuilt)('abbreviations as written', () => {
  it('finds every abbreviation’s place in the index', () => {
    for (const a of ABBREVIATIONS) {
      const [place] = geocode(`Officials in ${a.abbr} said so.`, [a.abbr]);
      // "NT", "WA": one of the places that share the abbreviation, US states included.
      expect([...ABBREVIATIONS.filter((b) => b.abbr === a.abbr).map((b) => b.country), 'US'], a.abbr).toContain(place?.country);
    }
  });

  it('reads the US states’ postal codes', () => {
    expect(geocode('Newark, NJ and Columbia, SC.', ['Newark', 'NJ', 'Columbia', 'SC']).map((p) => p?.name)).toEqual(['Newark', 'New Jersey', 'Columbia', 'South Carolina']);
  });

  it('reads a state or province code after a town, the article’s country choosing between states that share one', () => {
    expect(geocode('The plant in Spokane, WA closed.', ['Spokane', 'WA'])[1]).toMatchObject({ country: 'US', admin1: 'WA', feature: 'ADM1' });
    expect(geocode('Bushfires near Perth, WA and Broome in Australia.', ['Perth', 'WA', 'Broome', 'Australia'])[1]).toMatchObject({ country: 'AU', feature: 'ADM1', name: 'Western Australia' });
    expect(geocode('Floods hit Kelowna, BC overnight.', ['Kelowna', 'BC'])[1]).toMatchObject({ country: 'CA', name: 'British Columbia' });
    expect(geocode('A crash near Watford, Herts closed the M1.', ['Watford', 'Herts'])[1]).toMatchObject({ country: 'GB', name: 'Hertfordshire' });
  });

  it('reads a country’s initials, one abbreviation naming a country or a state by context', () => {
    expect(geocode('Exports from T&T rose.', ['T&T'])[0]).toMatchObject({ country: 'TT', feature: 'PCLI' });
    expect(geocode('Mines in SA and Johannesburg shut.', ['SA', 'Johannesburg'])[0]).toMatchObject({ country: 'ZA' });
    expect(geocode('Adelaide, SA and Melbourne in Australia.', ['Adelaide', 'SA', 'Melbourne', 'Australia'])[1]).toMatchObject({ country: 'AU', name: 'South Australia' });
  });

  it('reads an abbreviation only as written, and in running text only after a place and a comma', () => {
    expect(geocode('He said wa twice.', ['wa'])[0]?.name).not.toBe('Washington');
    expect(placesOf('Our NJ team and the SC board met.')).toEqual([]);
    expect(placesOf('The plant in Spokane, WA closed, and another in Paris, TX.').map(([text, name]) => [text, name])).toEqual([
      ['Spokane', 'Spokane'],
      ['WA', 'Washington'],
      ['Paris', 'Paris'],
      ['TX', 'Texas'],
    ]);
    expect(geoparseText('Fires near Kelowna, BC spread.', getPack('en'), gazetteer())[0]).toMatchObject({ name: 'Kelowna', country: 'CA', admin1: '02' });
  });
});

describe.skipIf(!indexBuilt)('adjectives and peoples given as a place', () => {
  it('reads a people or an adjective as its region or country', () => {
    const text = 'Kurdish fighters, a Serb general, a Siberian town, the Kazakh team, Bosnian refugees.';
    expect(geocode(text, ['Kurdish', 'Serb', 'Siberian', 'Kazakh', 'Bosnian']).map((p) => [p?.name, p?.country])).toEqual([
      ['Kurdistan', ''],
      ['Serbia', 'RS'],
      ['Siberia', 'RU'],
      ['Kazakhstan', 'KZ'],
      ['Bosnia and Herzegovina', 'BA'],
    ]);
  });

  it('reads a combining form and a language-like adjective only in a given span', () => {
    expect(geocode('The Austro-Hungarian army and English fans.', ['Austro', 'English']).map((p) => p?.name)).toEqual(['Austria', 'England']);
    expect(placesOf('She speaks English and Arab dialects.', { demonyms: true })).toEqual([]);
  });
});

describe.skipIf(!indexBuilt)('names the packages give otherwise', () => {
  it('reads an Arab town without its article, a state without "State", a county without "County of"', () => {
    const [qamishli, osun, ceredigion, waziristan] = geocode('Qamishli, Osun, Ceredigion and South Waziristan.', ['Qamishli', 'Osun', 'Ceredigion', 'South Waziristan']);
    expect(qamishli).toMatchObject({ country: 'SY', name: 'Al Qāmishlī' });
    expect(osun).toMatchObject({ country: 'NG', feature: 'ADM1' });
    expect(ceredigion).toMatchObject({ country: 'GB', feature: 'ADM2' });
    expect(waziristan).toMatchObject({ country: 'PK', feature: 'ADM2' });
  });

  it('keeps a province’s code name off a better-known place of that name', () => {
    expect(geocode('Strikes on Gaza continued.', ['Gaza'])[0]).toMatchObject({ country: 'PS' });
  });

  it('reads the French names of the parts of continents', () => {
    const text = "De l'Europe de l'Est à l'Afrique australe, en passant par la Corée.";
    expect(geocode(text, ["Europe de l'Est", 'Afrique australe', 'Corée'], 'fr').map((p) => p?.name)).toEqual(['Eastern Europe', 'Southern Africa', 'Korean Peninsula']);
  });

  it('reads regions, islands and former states that no package lists', () => {
    const names = ['Soviet Union', 'Oahu', 'Nile Delta', 'FATA', 'Appalachians', 'Korea'];
    expect(geocode(`${names.join(', ')}.`, names).map((p) => [p?.name, p?.feature])).toEqual([
      ['Soviet Union', 'RGN'],
      ['Oahu', 'RGN'],
      ['Nile Delta', 'RGN'],
      ['Federally Administered Tribal Areas', 'RGN'],
      ['Appalachian Mountains', 'RGN'],
      ['Korean Peninsula', 'RGN'],
    ]);
  });
});
