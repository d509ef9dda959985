// Small readings and pictures of our own for the store's contract tests.
import { FORMAT, type Reading } from '../../src/model/reading.js';
import type { SituationEvent } from '../../src/model/picture.js';

const span = (text: string, part: string) => {
  const start = text.indexOf(part);
  return { start, end: start + part.length, text: part };
};

/** A one-event English reading; `variant` changes the text (and so the article). */
export function sampleReading(variant = '', url: string | null = 'https://news.example/a1'): Reading {
  const text = `Rebels seized the town of Kessab on Monday${variant}, a monitor said.\n\nAt least 12 soldiers were killed.`;
  return {
    format: FORMAT,
    article: {
      id: '',
      url,
      file: null,
      lang: 'en',
      title: 'Rebels seize Kessab',
      published: '2031-03-04',
      publishedBasis: 'given',
      authors: [],
      site: 'news.example',
      text,
      blocks: [],
      removed: [],
      extractor: 'test',
    },
    sentences: [{ start: 0, end: text.indexOf('\n') }],
    tokens: [[0, 6]],
    entities: [
      { id: 'en1', name: 'Rebels', kind: 'armed_group', code: 'SYRREB', country: 'SYR', role: null, mentions: [span(text, 'Rebels')] },
      { id: 'en2', name: 'a monitor', kind: 'ngo', code: null, country: null, role: null, mentions: [span(text, 'a monitor')] },
    ],
    places: [
      {
        id: 'pl1', name: 'Kessab', kind: 'city', country: 'SY', admin1: 'Latakia', lat: 35.93, lon: 35.99, geonameid: 170000,
        feature: 'PPL', part: null, mentions: [span(text, 'Kessab')],
      },
    ],
    dates: [{ ...span(text, 'Monday'), date: '2031-03-03', precision: 'day', basis: 'relative' }],
    figures: [{ id: 'fg1', kind: 'killed', value: 12, unit: 'soldiers', approx: 'at_least', ...span(text, 'At least 12 soldiers') }],
    events: [
      {
        id: 'ev1', plover: 'ASSAULT', mode: null, acled: { event_type: 'Battles', sub_event_type: 'Non-state actor overtakes territory' },
        cameo: '190', actor1: 'en1', actor2: 'Syrian army', actor1_more: [], actor2_more: [], place: 'pl1',
        date: { date: '2031-03-03', precision: 'day' }, timing: 'current', modality: 'asserted', source: 'en2', figures: [],
        territory: { place: 'pl1', from: null, to: 'en1' }, trigger: span(text, 'seized'),
        evidence: span(text, 'Rebels seized the town of Kessab'), mentions: [], by: 'test/rule',
      },
    ],
    quotes: [],
    claims: [{ id: 'cl1', source: 'en2', modality: 'asserted', event: 'ev1', figure: null, cue: span(text, 'said') }],
    warnings: [],
  };
}

export function situationEvent(i: number, over: Partial<SituationEvent> = {}): SituationEvent {
  const place = { name: `Place ${i % 10}`, lat: 30 + (i % 10), lon: 30 + (i % 10), country: i % 2 ? 'SY' : 'IQ', admin1: null, geonameid: i % 10, precision: 'city' as const };
  const text = i === 7 ? 'Des combattants ont pris la ville ÉTÉ' : `evidence ${i}`;
  const report = (n: number) => ({
    id: `a${n}#ev${i}`, articleId: `a${n}`, eventId: `ev${i}`, site: `site${n}.example`, url: null, published: '2031-03-04',
    source: null, modality: 'asserted' as const, evidence: { start: 0, end: text.length, text }, sourceGroup: n,
  });
  return {
    id: `se${i}`,
    plover: i % 2 ? 'ASSAULT' : 'PROTEST',
    mode: null,
    acled: i % 2 ? { event_type: 'Battles', sub_event_type: 'Armed clash' } : { event_type: 'Protests', sub_event_type: 'Peaceful protest' },
    cameo: null,
    actor1: i % 2 ? { name: 'Rebel Front', code: 'SYRREB', country: 'SYR' } : { name: 'Students Union', code: null, country: null },
    actor2: null,
    place,
    date: `2031-03-${String((i % 28) + 1).padStart(2, '0')}`,
    precision: 'day',
    timing: 'current',
    modality: i % 3 ? 'asserted' : 'alleged',
    modalities: [],
    territory: null,
    reports: [report(0), report(1)],
    sources: (i % 4) + 1,
    articles: 2,
    figures: [],
    contradictions: [],
    why: [{ report: `a1#ev${i}`, joined: `a0#ev${i}`, type: 'same type', actors: 'same actor', km: 3, days: 0 }],
    corrected: false,
    corrections: [],
    wrong: false,
    ...over,
  };
}
