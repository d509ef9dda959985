import { describe, expect, it } from 'vitest';
import { countByDay, toCells, toControlStep, toDayCounts, toEvent, toEventDetail, toPage } from '../../src/web/model.js';
import { controlledPlaces } from '../../src/web/control.js';
import { binDays } from '../../src/web/timeline.js';

const pictureEvent = {
  id: 'se-1', plover: 'ASSAULT', mode: 'aerial', acled: { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' }, cameo: '195',
  actor1: { name: 'Russian military', code: 'RUSMIL', country: 'RUS' }, actor2: null,
  place: { name: 'Kharkiv', lat: 49.99, lon: 36.23, country: 'UA', admin1: null, geonameid: 706483, precision: 'city' },
  date: '2022-03-02', precision: 'day', timing: 'current', modality: 'alleged', sources: 2, articles: 3,
  reports: [{ id: 'a1#ev1', articleId: 'a1', eventId: 'ev1', site: 'example.org', url: null, published: '2022-03-02', source: { name: 'Kharkiv governor', code: null, country: null }, modality: 'alleged', evidence: { start: 10, end: 42, text: 'strikes hit the city centre' }, sourceGroup: 0 }],
  figures: [{ kind: 'killed', value: 9, approx: 'at_least', unit: null, claimant: 'Kharkiv governor', modality: 'asserted', articleId: 'a1', reportId: 'a1#ev1' }],
  why: [{ report: 'a2#ev3', joined: 'se-1', type: 'same', actors: 'compatible', km: 3.2, days: 0 }],
  contradictions: [{ kind: 'killed', reason: 'different_values', figures: [
    { kind: 'killed', value: 9, approx: 'at_least', unit: null, claimant: 'Kharkiv governor', modality: 'asserted', articleId: 'a1', reportId: 'a1#ev1' },
    { kind: 'killed', value: 2, approx: 'exact', unit: null, claimant: 'Russian MoD', modality: 'asserted', articleId: 'a2', reportId: 'a2#ev3' },
  ] }],
  territory: null, corrected: true, corrections: ['7'], wrong: false,
};

describe('API answers, read tolerantly', () => {
  it('reads a picture situation event', () => {
    const e = toEventDetail({ event: pictureEvent })!;
    expect(e).toMatchObject({ id: 'se-1', acled: 'Explosions/Remote violence / Air/drone strike', lat: 49.99, lon: 36.23, sources: 2, modality: 'alleged', corrected: true });
    expect(e.place).toEqual({ id: 'gn:706483', name: 'Kharkiv', lat: 49.99, lon: 36.23, country: 'UA' });
    expect(e.actor1).toEqual({ name: 'Russian military', code: 'RUSMIL' });
    expect(e.reports[0]).toMatchObject({ articleId: 'a1', outlet: 'example.org', claimant: 'Kharkiv governor', evidence: { start: 10, end: 42 } });
    expect(e.figures[0]).toMatchObject({ kind: 'killed', value: 9, claimant: 'Kharkiv governor' });
    expect(e.why[0]).toBe('a2#ev3, type same, actors compatible, 3 km, 0 d');
    expect(e.contradictions).toHaveLength(1);
    expect(e.contradictions[0].figures.map((f) => [f.claimant, f.value])).toEqual([['Kharkiv governor', 9], ['Russian MoD', 2]]);
  });

  it('reads the store’s flat situation event', () => {
    const e = toEvent({ id: 'x', plover: 'AID', lat: 31.5, lon: 34.47, placeName: 'Gaza', placeId: 'gn:281133', country: 'PS', actors: [{ name: 'WFP', code: 'IGOWFP', side: 1 }], date: '2023-11-02', sources: 1, reports: [] })!;
    expect(e.place).toEqual({ id: 'gn:281133', name: 'Gaza', lat: 31.5, lon: 34.47, country: 'PS' });
    expect(e.actor1?.name).toBe('WFP');
    expect(e.actor2).toBeNull();
  });

  it('drops items it cannot read and keeps the rest', () => {
    const page = toPage({ items: [{ id: 'ok' }, { nope: 1 }, null, 'x'], total: 7 }, toEvent);
    expect(page.items.map((e) => e.id)).toEqual(['ok']);
    expect(page.total).toBe(7);
    expect(toPage([{ id: 'a' }], toEvent).total).toBe(1);
    expect(toEvent({ id: 'n', place: { name: 'Nowhere', lat: null, lon: null } })!.lat).toBeNaN();
  });

  it('reads day counts in either shape', () => {
    expect(toDayCounts({ days: [{ day: '2022-03-01', types: { ASSAULT: 3, AID: 1 } }] })).toEqual([
      { day: '2022-03-01', type: 'ASSAULT', count: 3 },
      { day: '2022-03-01', type: 'AID', count: 1 },
    ]);
    expect(toDayCounts([{ date: '2022-03-02T00:00:00Z', plover: 'COERCE', count: 2 }])).toEqual([{ day: '2022-03-02', type: 'COERCE', count: 2 }]);
    expect(toDayCounts({ nothing: true })).toEqual([]);
  });

  it('reads the summary’s map cells, dropping empty or unplaced ones', () => {
    expect(toCells({ cells: [{ lon: 36.5, lat: 48.5, count: 3, types: { ASSAULT: 2, AID: 1 } }, { lon: 1, lat: null, count: 2 }, { lon: 1, lat: 2, count: 0 }] })).toEqual([
      { lat: 48.5, lon: 36.5, count: 3, types: { ASSAULT: 2, AID: 1 } },
    ]);
  });

  it('reads control steps', () => {
    expect(toControlStep({ id: 'c1', holder: { name: 'Ukrainian army', code: 'UKRMIL', country: 'UKR' }, previous: null, date: '2022-09-10', events: ['se-1'], status: 'changed', modality: 'asserted', sources: 2 })).toMatchObject({
      holder: 'Ukrainian army', events: ['se-1'], sources: 2,
    });
  });
});

describe('derived views', () => {
  const base = toEvent(pictureEvent)!;
  it('counts events per day and type, and bins long spans', () => {
    const days = countByDay([base, { ...base, id: 'b' }, { ...base, id: 'c', date: '2022-03' }, { ...base, id: 'd', plover: 'AID', date: '2022-03-05' }]);
    expect(days).toEqual([{ day: '2022-03-02', type: 'ASSAULT', count: 2 }, { day: '2022-03-05', type: 'AID', count: 1 }]);
    const bins = binDays(days)!;
    expect(bins.step).toBe(1);
    expect(bins.bars).toHaveLength(4);
    expect(bins.bars[3].byType.get('AID')).toBe(1);
    const long = binDays([{ day: '2000-01-01', type: 'A', count: 1 }, { day: '2020-01-01', type: 'A', count: 2 }])!;
    expect(long.bars.length).toBeLessThanOrEqual(240);
    expect(long.bars.at(-1)!.total).toBe(2);
    expect(binDays([])).toBeNull();
  });

  it('gives a place the holder of its latest asserted change; an alleged one makes it contested', () => {
    const take = (id: string, date: string, to: string, modality = 'asserted') => ({ ...base, id, date, modality, territory: { from: null, to } });
    expect(controlledPlaces([take('1', '2022-03-01', 'Russian military'), take('2', '2022-09-10', 'Ukrainian army')])[0]).toMatchObject({ holder: 'Ukrainian army', status: 'changed', id: 'gn:706483' });
    expect(controlledPlaces([take('1', '2022-03-01', 'Ukrainian army'), take('2', '2022-04-01', 'Russian military', 'alleged')])[0]).toMatchObject({ holder: 'Ukrainian army', status: 'contested' });
    expect(controlledPlaces([take('1', '2022-03-01', 'X', 'alleged')])[0]).toMatchObject({ holder: null, status: 'alleged' });
    expect(controlledPlaces([base])).toEqual([]);
  });
});
