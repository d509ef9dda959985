// Situation events of our own for the export and API tests (not from any benchmark).
import type { SituationEvent } from '../../src/model/picture.js';

export function situationEvent(over: Partial<SituationEvent> & { id: string }): SituationEvent {
  return {
    plover: 'ASSAULT',
    mode: null,
    acled: { event_type: 'Battles', sub_event_type: 'Armed clash' },
    cameo: '190',
    actor1: { name: 'Forces armées maliennes', code: 'MLIMIL', country: 'MLI' },
    actor2: { name: 'JNIM', code: 'MLIREB', country: 'MLI' },
    place: { name: 'Gao', lat: 16.2666, lon: -0.0400, country: 'ML', admin1: '07', geonameid: 2457163, precision: 'city' },
    date: '2024-03-05',
    precision: 'day',
    timing: 'current',
    modality: 'asserted',
    modalities: [],
    territory: null,
    reports: [
      {
        id: `a1#${over.id}`, articleId: 'a1', eventId: over.id, site: 'example-news.test', url: 'https://example-news.test/gao',
        published: '2024-03-06', source: null, modality: 'asserted', evidence: { start: 0, end: 40, text: 'Des combats ont opposé l\'armée au JNIM, "près de Gao"' }, sourceGroup: 0,
      },
      {
        id: `b2#${over.id}`, articleId: 'b2', eventId: over.id, site: 'wire.test', url: 'https://wire.test/1',
        published: '2024-03-06', source: null, modality: 'asserted', evidence: { start: 5, end: 30, text: 'Fighting near Gao, army says' }, sourceGroup: 1,
      },
    ],
    sources: 2,
    articles: 2,
    figures: [
      { kind: 'killed', value: 12, approx: 'exact', unit: null, claimant: 'army', modality: 'asserted', articleId: 'a1', reportId: `a1#${over.id}` },
      { kind: 'killed', value: 30, approx: 'more_than', unit: null, claimant: 'JNIM', modality: 'alleged', articleId: 'b2', reportId: `b2#${over.id}` },
    ],
    contradictions: [],
    why: [],
    corrected: false,
    corrections: [],
    wrong: false,
    ...over,
  };
}
