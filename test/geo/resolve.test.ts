import { describe, expect, it } from 'vitest';
import { getPack } from '../../src/lang/index.js';
import { geocodeSpans, geoparseText, plainArticle } from '../../src/geo/geoparse.js';
import { findPlaces } from '../../src/geo/places.js';
import { emptyDoc } from '../../src/core/doc.js';
import { tokenize } from '../../src/analyse/tokens.js';
import { splitSentences } from '../../src/analyse/sentences.js';
import { gazetteer, indexBuilt, spansOf } from './helpers.js';

const en = getPack('en');
const fr = getPack('fr');

/** Resolves each named span (first occurrence from the last one found) and returns "name → country feature". */
function geocode(text: string, names: string[], pack = en): string[] {
  return geocodeSpans(text, spansOf(text, names), pack, gazetteer()).map((r) => (r.place ? `${r.place.name} ${r.place.country} ${r.place.feature}${r.place.admin1 ? ` ${r.place.admin1}` : ''}` : `null: ${r.reason}`));
}

describe.skipIf(!indexBuilt)('resolution with context', () => {
  it('takes a region named after a town holding much of its people for the town, not a region whose capital is small', () => {
    const [newYork] = geocode('Flights to New York were cancelled.', ['New York']);
    expect(newYork).toMatch(/^New York( City)? US PPL/);
    expect(geocode('Snow fell across Quebec overnight.', ['Quebec'])).toEqual([expect.stringMatching(/^Qu[eé]bec CA ADM1/)]);
  });

  it('reads a span written alike in each language with that language\'s names, whichever was read first', () => {
    const news = (name: string) => `News from ${name} today.`;
    expect(geocode(news('Asie'), ['Asie'], en)).toEqual(['null: not in the gazetteer']);
    expect(geocode(news('Asie'), ['Asie'], fr)).toEqual([expect.stringMatching(/^Asia\s+CONT/)]);
    expect(geocode(news('Asie'), ['Asie'], en)).toEqual(['null: not in the gazetteer']);
    expect(geocode(news('Britain'), ['Britain'], en)).toEqual(['United Kingdom GB PCLI']);
    expect(geocode(news('Britain'), ['Britain'], fr)).toEqual(['null: not in the gazetteer']);
  });

  it('lets a qualifier pick each mention of a repeated name on its own', () => {
    const text = 'Springfield, Illinois and Springfield, Massachusetts both voted; Springfield, Illinois counted first.';
    const out = geocode(text, ['Springfield', 'Illinois', 'Springfield', 'Massachusetts', 'Springfield', 'Illinois']);
    expect(out[0]).toMatch(/ US PPL\w* IL$/);
    expect(out[2]).toMatch(/ US PPL\w* MA$/);
    expect(out[4]).toEqual(out[0]);
  });

  it('reads Canadian province abbreviations and the Holy See', () => {
    expect(geocode('Fires spread near Kelowna, B.C. on Monday.', ['Kelowna', 'B.C.'])).toEqual([
      expect.stringMatching(/^Kelowna CA PPL\w* 02$/),
      expect.stringMatching(/^British Columbia CA ADM1/),
    ]);
    expect(geocode('The Holy See said nothing.', ['Holy See'])).toEqual([expect.stringMatching(/ VA PCL/)]);
  });

  it('resolves a continent adjective, in a gold span, to the continent', () => {
    expect(geocode('European and African ministers met.', ['European', 'African'])).toEqual([
      expect.stringMatching(/^Europe\s+CONT/),
      expect.stringMatching(/^Africa\s+CONT/),
    ]);
  });

  it('takes a region named after its town for the region when the other places are away from that town, or are regions', () => {
    const upstate = 'Storms closed schools in Syracuse, Utica and Binghamton, and New York sent crews.';
    expect(geocode(upstate, ['Syracuse', 'Utica', 'Binghamton', 'New York'])[3]).toMatch(/^New York US ADM1/);
    const peers = 'Voters in Ohio, Michigan and New York went to the polls.';
    expect(geocode(peers, ['Ohio', 'Michigan', 'New York'])[2]).toMatch(/^New York US ADM1/);
    const city = 'Subway lines from Brooklyn and Queens into New York were shut.';
    expect(geocode(city, ['Brooklyn', 'Queens', 'New York'])[2]).toMatch(/^New York( City)? US PPL/);
  });

  it('keeps the town of a region named after it when only one other town of that region is named', () => {
    const text = "Des drones ont frappé Tessalit et l'armée a fait entrer un convoi dans Kidal.";
    expect(geocode(text, ['Tessalit', 'Kidal'], fr)[1]).toMatch(/^Kidal ML PPLA/);
  });

  it('reads a span the gazetteer lacks by its head, or by the name it begins with, never by a bare kind of place', () => {
    expect(geocode('Students at Colorado State University protested.', ['Colorado State University'])).toEqual([expect.stringMatching(/^Colorado US ADM1/)]);
    expect(geocode('The Mexican Senate voted.', ['Mexican Senate'])).toEqual([expect.stringMatching(/^Mexico MX PCL/)]);
    expect(geocode('Fighting in northern Iraq went on.', ['northern Iraq'])).toEqual([expect.stringMatching(/^Iraq IQ PCL/)]);
    // "Hill" and "City" alone are no places: not Hill, Ohio, nor the City of London.
    expect(geocode('A fire broke out in Qqxv Hill and in Qqxv City.', ['Qqxv Hill', 'Qqxv City'])).toEqual([
      'null: not in the gazetteer',
      'null: not in the gazetteer',
    ]);
  });

  it('reads the peoples and adjectives of regions as their regions', () => {
    expect(geocode('South Ossetian and Abkhaz leaders met Chechen envoys.', ['South Ossetian', 'Abkhaz', 'Chechen'])).toEqual([
      expect.stringMatching(/^South Ossetia GE RGN/),
      expect.stringMatching(/^Abkhazia GE ADM1/),
      expect.stringMatching(/^Chechnya RU ADM1/),
    ]);
    expect(geocode('Dagestani, Sicilian, Basque and Korean delegates came.', ['Dagestani', 'Sicilian', 'Basque', 'Korean'])).toEqual([
      expect.stringMatching(/^Dagestan RU ADM1/),
      expect.stringMatching(/^Sicily IT ADM1/),
      expect.stringMatching(/^Basque Country ES ADM1/),
      expect.stringMatching(/^Korean Peninsula\s+RGN/),
    ]);
    const states = 'Ontarians, Quebecers, Texans, Californians, Ohioans and Floridians voted.';
    expect(geocode(states, ['Ontarians', 'Quebecers', 'Texans', 'Californians', 'Ohioans', 'Floridians'])).toEqual([
      expect.stringMatching(/^Ontario CA ADM1/),
      expect.stringMatching(/^Qu[eé]bec CA ADM1/),
      expect.stringMatching(/^Texas US ADM1/),
      expect.stringMatching(/^California US ADM1/),
      expect.stringMatching(/^Ohio US ADM1/),
      expect.stringMatching(/^Florida US ADM1/),
    ]);
    expect(geocode('Les Tchétchènes et les Abkhazes ont voté.', ['Tchétchènes', 'Abkhazes'], fr)).toEqual([
      expect.stringMatching(/^Chechnya RU ADM1/),
      expect.stringMatching(/^Abkhazia GE ADM1/),
    ]);
  });

  it('reads common abbreviations of a country and a state', () => {
    expect(geocode('Aid reached the DRC and NSW.', ['DRC', 'NSW'])).toEqual([expect.stringMatching(/ CD PCL/), expect.stringMatching(/^New South Wales AU ADM1/)]);
    expect(geocode('Sinhalese parties won.', ['Sinhalese'])).toEqual([expect.stringMatching(/ LK PCL/)]);
  });

  it('weighs a county named as such by its people, not its bare name', () => {
    expect(geocode('Roads in Surrey and Kent closed.', ['Surrey', 'Kent'])).toEqual([expect.stringMatching(/^Surrey GB ADM2/), expect.stringMatching(/^Kent GB ADM2/)]);
    expect(geocode('Cook County voters and Orange County voters.', ['Cook County', 'Orange County'])).toEqual([
      expect.stringMatching(/^Cook County US ADM2 IL$/),
      expect.stringMatching(/^Orange County US ADM2 CA$/),
    ]);
    expect(geocode('DeKalb police said the man lived in Sycamore.', ['DeKalb', 'Sycamore'])[0]).toMatch(/^DeKalb US PPL IL$/);
  });

  it('settles two ambiguous names on one reading together rather than swapping', () => {
    // Each alone is most likely in another state; read together they are the pair in one state.
    const out = geocode('Richmond police and Madison County deputies met.', ['Richmond', 'Madison County']);
    expect(out[0]!.split(' ').at(-1)).toEqual(out[1]!.split(' ').at(-1));
  });

  it('counts a named state once for its own towns: as their region, not again as a place near them', () => {
    // Louisville, Mississippi lies near that state's centre; the state named is no neighbour of it besides.
    const text = 'Louisville signed a player from Mississippi who grew up in Connecticut and studied in Ohio.';
    expect(geocode(text, ['Louisville', 'Mississippi', 'Connecticut', 'Ohio'])[0]).toMatch(/^Louisville US PPL\w* KY$/);
  });

  it('reads a name its qualifier placed once as that place where it stands bare', () => {
    const text = 'A plant opened in Springfield, Ohio. Springfield workers came from Hawaii, Florida and D.C.';
    const out = geocode(text, ['Springfield', 'Ohio', 'Springfield', 'Hawaii', 'Florida', 'D.C.']);
    expect(out[0]).toMatch(/^Springfield US PPL\w* OH$/);
    expect(out[2]).toEqual(out[0]);
  });

  it('reads a qualifier as the region that holds the town it qualifies', () => {
    expect(geocode('A girl from Binghamton, New York won the spelling bee.', ['Binghamton', 'New York'])).toEqual([
      expect.stringMatching(/^Binghamton US PPL\w* NY$/),
      expect.stringMatching(/^New York US ADM1/),
    ]);
  });

  it('reads a qualifier that names the place itself as settling it ("Washington, D.C.")', () => {
    const text = 'Athens and Augusta, Georgia, sent a delegation to Washington, D.C.';
    expect(geocode(text, ['Athens', 'Augusta', 'Georgia', 'Washington', 'D.C.'])[3]).toMatch(/^Washington D\.C\. US PPLC/);
  });

  it('reads names listed together as places of one kind: states with a state, not a state and a capital', () => {
    expect(geocode('Salmon runs fell in Idaho, Oregon and Washington, officials in Boise said.', ['Idaho', 'Oregon', 'Washington', 'Boise'])[2]).toMatch(/^Washington US ADM1 WA$/);
    // Listed in the other order, and in a reading.
    expect(geocode('Jobs moved to cheaper places such as Washington or Texas.', ['Washington', 'Texas'])[0]).toMatch(/^Washington US ADM1 WA$/);
    const places = geoparseText('Wildfires burned in Oregon and Washington this week.', en, gazetteer());
    expect(places.map((p) => `${p.name} ${p.feature}`)).toEqual(['Oregon ADM1', 'Washington ADM1']);
  });

  it('reads the bare name of a county the text names in full as that county', () => {
    const text = 'Suffolk County deputies questioned a Suffolk City driver; the Suffolk Times covered it.';
    expect(geocode(text, ['Suffolk County', 'Suffolk City', 'Suffolk'])[2]).toMatch(/^Suffolk County US ADM2 NY$/);
  });

  it('takes a county named among counties of a state in that state, before a namesake across the border', () => {
    const text = 'Owensboro and Daviess County officials met Muhlenberg County and Pike County leaders in Kentucky.';
    expect(geocode(text, ['Owensboro', 'Daviess County', 'Muhlenberg County', 'Pike County', 'Kentucky'])[3]).toMatch(/^Pike County US ADM2 KY$/);
  });

  it('finds a small far-northern town by the places named with it', () => {
    // Nome is a small town: it is taken in Alaska because Anchorage and Fairbanks are named with it.
    expect(geocode('Flights linked Anchorage, Fairbanks and Nome.', ['Anchorage', 'Fairbanks', 'Nome'])[2]).toMatch(/^Nome US PPL\w* AK$/);
  });
});

describe.skipIf(!indexBuilt)('continent adjectives in readings', () => {
  it('are not places, as country adjectives are not', () => {
    expect(geoparseText('European and African leaders met in Brussels.', en, gazetteer()).map((p) => p.name)).toEqual(['Brussels']);
    expect(geoparseText('Les Européens et les Africains se sont réunis à Bruxelles.', fr, gazetteer()).map((p) => p.name)).toEqual(['Brussels']);
  });

  it('count as toponyms when the caller asks for adjectives, as the benchmarks annotate them', () => {
    const places = geoparseText('European leaders met.', en, gazetteer(), { demonyms: true });
    expect(places).toMatchObject([{ feature: 'CONT', mentions: [{ text: 'European' }] }]);
  });
});

describe.skipIf(!indexBuilt)('entity spans over places', () => {
  it('skips a name inside a long entity mention that an earlier, shorter one does not reach', () => {
    const text = 'Le Conseil de sécurité de Genève, puis le Comité de Damas et de Homs, ont parlé. Des tirs à Hama.';
    const doc = emptyDoc(plainArticle(text, 'fr'), null);
    const tokens = tokenize(text, fr.tokens);
    const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
    const entities = [
      { id: 'e1', name: 'Committee', kind: 'organisation' as const, code: 'IGO', country: null, role: null, mentions: [span('Comité de Damas et de Homs')] },
      { id: 'e2', name: 'Council', kind: 'organisation' as const, code: 'IGO', country: null, role: null, mentions: [span('Conseil de sécurité')] },
    ];
    const places = findPlaces({ ...doc, tokens, sentences: splitSentences(text, tokens, doc.article.blocks, fr.tokens), entities }, { pack: fr, gazetteer: gazetteer() }).places;
    expect(places.map((p) => p.mentions[0]!.text)).toEqual(['Genève', 'Hama']);
  });
});
