import { describe, expect, it } from 'vitest';
import { getPack } from '../../src/lang/index.js';
import { geocodeSpans, geoparseText, plainArticle } from '../../src/geo/geoparse.js';
import { findPlaces } from '../../src/geo/places.js';
import { emptyDoc } from '../../src/core/doc.js';
import { tokenize } from '../../src/analyse/tokens.js';
import { splitSentences } from '../../src/analyse/sentences.js';
import { gazetteer, indexBuilt } from './helpers.js';

const en = getPack('en');
const fr = getPack('fr');

/** Resolves each named span (first occurrence from the last one found) and returns "name → country feature". */
function geocode(text: string, names: string[], pack = en): string[] {
  let from = 0;
  const spans = names.map((n) => {
    const start = text.indexOf(n, from);
    from = start + n.length;
    return [start, start + n.length] as const;
  });
  return geocodeSpans(text, spans, pack, gazetteer()).map((r) => (r.place ? `${r.place.name} ${r.place.country} ${r.place.feature}${r.place.admin1 ? ` ${r.place.admin1}` : ''}` : `null: ${r.reason}`));
}

describe.skipIf(!indexBuilt)('resolution with context', () => {
  it('takes a region named after a town holding much of its people for the town, not a region whose capital is small', () => {
    const [newYork] = geocode('Flights to New York were cancelled.', ['New York']);
    expect(newYork).toMatch(/^New York( City)? US PPL/);
    expect(geocode('Snow fell across Quebec overnight.', ['Quebec'])).toEqual([expect.stringMatching(/^Qu[eé]bec CA ADM1/)]);
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
