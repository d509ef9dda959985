// The spellings the gazetteer build adds to GeoNames' names (scripts/build-gazetteer.ts addVariants,
// the regions' designations) and the towns no package lists, read in sentences of our own.
import { describe, expect, it } from 'vitest';
import { getPack } from '../../src/lang/index.js';
import { geocodeSpans, geoparseText } from '../../src/geo/geoparse.js';
import { gazetteer, indexBuilt, spansOf } from './helpers.js';

function geocode(text: string, names: readonly string[]) {
  return geocodeSpans(text, spansOf(text, names), getPack('en'), gazetteer()).map((r) => r.place);
}

const placesOf = (text: string) => geoparseText(text, getPack('en'), gazetteer()).map((p) => [p.mentions[0]!.text, p.country, p.feature]);

describe.skipIf(!indexBuilt)('spellings news uses for GeoNames names', () => {
  it('reads names without the apostrophes and okinas of GeoNames transliterations', () => {
    expect(placesOf('Militias clashed with the army in Mota and in Debark, in the Amhara region.')).toEqual([
      ['Mota', 'ET', 'PPL'],
      ['Debark', 'ET', 'PPL'],
      ['Amhara', 'ET', 'ADM1'],
    ]);
    expect(geocode('Troops entered Tskhinvali at dawn.', ['Tskhinvali'])[0]).toMatchObject({ country: 'GE' });
  });

  it('keeps old romanizations among untagged alternate names out ("Ch\'en" is no "Chen")', () => {
    const g = gazetteer();
    expect(g.lookup('Chen').filter((h) => g.feature(h.index).startsWith('PPL') && g.countryOf(h.index) === 'CN')).toEqual([]);
  });

  it('reads "St." for "Saint" and "Saint" for "St", but never "St" or "Saint" alone', () => {
    const [marc, paris] = geocode('Aid reached St. Marc, in Haiti, and St. Paris, Ohio.', ['St. Marc', 'St. Paris']);
    expect(marc).toMatchObject({ name: 'Saint-Marc', country: 'HT' });
    expect(paris).toMatchObject({ country: 'US', admin1: 'OH' });
    const g = gazetteer();
    expect(g.lookup('Saint')).toEqual([]);
  });

  it('reads Arabic names with a final -a for GeoNames\' -ah, in the Arabic-speaking countries only', () => {
    expect(placesOf('The army was shelled in Babanusa, West Kordofan.')[0]).toEqual(['Babanusa', 'SD', 'PPL']);
    expect(geocode('Shelling hit Hasaka overnight.', ['Hasaka'])[0]).toMatchObject({ country: 'SY', admin1: expect.any(String) });
  });

  it('reads the Russian romanization\'s -iya as -ia, and a region without GeoNames\' "Republic"', () => {
    expect(geocode('Gunmen were killed in Kabardino-Balkaria on Thursday.', ['Kabardino-Balkaria'])[0]).toMatchObject({ country: 'RU', feature: 'ADM1' });
  });

  it('reads a Philippine city without its designation where no other place bears the name', () => {
    expect(geocode('A court in Paranaque sentenced him on Friday.', ['Paranaque'])[0]).toMatchObject({ country: 'PH' });
  });
});

describe.skipIf(!indexBuilt)('towns and regions no package lists', () => {
  it('reads the towns of the wars in Ituri, the Sahel and Upper Nile', () => {
    expect(placesOf('Rebels killed ten people in Komanda and five in Fataki.').map((p) => p.slice(0, 2))).toEqual([
      ['Komanda', 'CD'],
      ['Fataki', 'CD'],
    ]);
    expect(placesOf('Jihadists attacked the army in Arbinda.')).toEqual([['Arbinda', 'BF', 'PPL']]);
    expect(placesOf('Fighting spread from Ulang to Nasir.').map((p) => p.slice(0, 2))).toEqual([
      ['Ulang', 'SS'],
      ['Nasir', 'SS'],
    ]);
  });

  it('tells Cape Town\'s Delft from the Dutch town by the text\'s other places', () => {
    expect(placesOf('Police in Cape Town said three people were shot in Delft.')[1]).toEqual(['Delft', 'ZA', 'PPLX']);
    expect(placesOf('Students marched in Delft, near The Hague.')[0]).toEqual(['Delft', 'NL', 'PPL']);
  });

  it('reads former first-level regions that news still names', () => {
    expect(geocode('Cholera spread in Orientale province and in Katanga.', ['Orientale', 'Katanga']).map((p) => p?.country)).toEqual(['CD', 'CD']);
    expect(geocode('Cases were reported in Nyanza and Rift Valley provinces.', ['Rift Valley'])[0]).toMatchObject({ name: 'Rift Valley', country: 'KE' });
  });
});
