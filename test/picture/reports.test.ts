import { describe, expect, it } from 'vitest';
import { Reading } from '../../src/model/reading.js';
import { reportsFromReading } from '../../src/picture/picture.js';
import { minhashSignature, textHash } from '../../src/picture/sources.js';

const TEXT = "Les rebelles ont pris jeudi la ville de Kafr Nabl, affirme l'armée. Au moins 40 civils ont fui, un chiffre que l'ONU n'a pas confirmé.";
const span = (words: string) => {
  const start = TEXT.indexOf(words);
  return { start, end: start + words.length, text: words };
};

function reading(url: string | null, site: string | null) {
  return Reading.parse({
    format: 'sitrep-article/1',
    article: {
      id: 'art-1', url, file: null, lang: 'fr', title: null, published: '2016-05-06', publishedBasis: 'given', authors: [], site,
      text: TEXT, blocks: [], removed: [], extractor: 'test',
    },
    sentences: [], tokens: [],
    entities: [
      { id: 'e1', name: 'rebelles', kind: 'armed_group', code: 'SYRREB', country: 'SYR', role: null, mentions: [span('Les rebelles')] },
      { id: 'e2', name: 'armée syrienne', kind: 'military', code: 'SYRMIL', country: 'SYR', role: null, mentions: [span("l'armée")] },
      { id: 'e3', name: 'ONU', kind: 'igo', code: 'IGOUNO', country: null, role: null, mentions: [span("l'ONU")] },
    ],
    places: [
      { id: 'p1', name: 'Kafr Nabl', kind: 'city', country: 'SY', admin1: '12', lat: 35.61, lon: 36.56, geonameid: 169389, feature: 'PPL', part: null, mentions: [span('Kafr Nabl')] },
    ],
    dates: [],
    figures: [{ id: 'f1', kind: 'displaced', value: 40, unit: null, approx: 'at_least', ...span('Au moins 40') }],
    events: [
      {
        id: 'ev1', plover: 'ASSAULT', mode: null, acled: null, cameo: null, actor1: 'e1', actor2: 'e2', place: 'p1',
        date: { date: '2016-05-05', precision: 'day' }, timing: 'current', modality: 'asserted', source: 'e2',
        figures: [{ kind: 'displaced', value: 40, unit: null, approx: 'at_least', figure: 'f1' }],
        territory: { place: 'p1', from: 'e2', to: 'e1' },
        trigger: span('ont pris'), evidence: span('Les rebelles ont pris jeudi la ville de Kafr Nabl'), by: 'test',
      },
    ],
    quotes: [],
    claims: [{ id: 'c1', source: 'e3', modality: 'unconfirmed', event: null, figure: 'f1', cue: span("n'a pas confirmé") }],
    warnings: [],
  });
}

describe('reportsFromReading', () => {
  it('resolves actors, place, source, territory and the claim on each figure', () => {
    const [report] = reportsFromReading(reading('https://www.journal.example/syrie/1', null));
    expect(report).toMatchObject({
      id: 'art-1#ev1', articleId: 'art-1', eventId: 'ev1', site: 'www.journal.example', published: '2016-05-06',
      actor1: { name: 'rebelles', code: 'SYRREB', country: 'SYR' },
      actor2: { name: 'armée syrienne', code: 'SYRMIL', country: 'SYR' },
      place: { name: 'Kafr Nabl', lat: 35.61, lon: 36.56, country: 'SY', admin1: '12', geonameid: 169389, precision: 'city' },
      source: { name: 'armée syrienne', code: 'SYRMIL' },
      territory: { from: { code: 'SYRMIL' }, to: { code: 'SYRREB' } },
      textHash: textHash(TEXT),
      minhash: minhashSignature(TEXT),
    });
    expect(report.evidence).toEqual({ start: 0, end: 49, text: 'Les rebelles ont pris jeudi la ville de Kafr Nabl' });
    expect(report.figures).toEqual([
      { kind: 'displaced', value: 40, approx: 'at_least', unit: null, text: 'Au moins 40', source: { name: 'ONU', code: 'IGOUNO', country: null }, modality: 'unconfirmed' },
    ]);
  });

  it('lets the caller give the outlet and date, and keeps a named site', () => {
    expect(reportsFromReading(reading(null, 'Le Journal'))[0].site).toBe('Le Journal');
    const [r] = reportsFromReading(reading('https://journal.example/1', 'Le Journal'), { site: 'journal.example', published: '2016-05-07' });
    expect([r.site, r.published, r.url]).toEqual(['journal.example', '2016-05-07', 'https://journal.example/1']);
  });

  it('gives no report for a reading without events', () => {
    expect(reportsFromReading({ ...reading(null, null), events: [] })).toEqual([]);
  });
});
