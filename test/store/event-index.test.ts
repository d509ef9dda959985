import { describe, expect, it } from 'vitest';
import { EventIndex, type EventColumns, type IndexedActor } from '../../src/store/event-index.js';

type Row = { id: string; date: string; lat: number; lon: number; plover?: string; search?: string; wrong?: boolean };

function index(rows: Row[], actors: IndexedActor[] = []): EventIndex {
  const col = <K extends keyof Row>(k: K, fallback: NonNullable<Row[K]>) => rows.map((r) => r[k] ?? fallback);
  const columns: EventColumns = {
    ids: col('id', ''), sortKeys: col('date', ''), wrong: rows.map((r) => (r.wrong ? 1 : 0)), lat: col('lat', NaN), lon: col('lon', NaN),
    plover: col('plover', 'ASSAULT'), acledType: rows.map(() => null), acledSubType: rows.map(() => null), modality: rows.map(() => 'asserted'),
    timing: rows.map(() => 'current'), country: rows.map(() => 'SY'), sources: rows.map(() => 1), search: col('search', ''),
  };
  return new EventIndex(columns, actors);
}

const ids = (ix: EventIndex, filter: Parameters<EventIndex['matching']>[0]) => Array.from(ix.matching(filter), (i) => ix.ids[i]);

describe('EventIndex', () => {
  const ix = index(
    [
      { id: 'a', date: '2024-03-05', lat: 10, lon: 179 },
      { id: 'b', date: '', lat: 10, lon: -179, search: 'shelling of the port' },
      { id: 'c', date: '2024-03', lat: NaN, lon: NaN, plover: 'PROTEST' },
      { id: 'd', date: '2024-03-05', lat: 10, lon: 0, wrong: true },
      { id: 'e', date: '1967-06-05', lat: 31, lon: 35, search: 'the six-day war' },
    ],
    [{ eventId: 'e', name: 'IDF', nameLower: 'idf', code: 'ISRMIL' }, { eventId: 'zz', name: 'IDF', nameLower: 'idf', code: null }],
  );

  it('lists newest first, undated last, and leaves out events marked wrong unless asked', () => {
    expect(ids(ix, {})).toEqual(['a', 'c', 'e', 'b']);
    expect(ids(ix, { includeWrong: true })).toEqual(['d', 'a', 'c', 'e', 'b']);
  });

  it('compares dates as ISO prefixes: a month is not inside a day range, undated is outside any range', () => {
    expect(ids(ix, { from: '2024-03-01', to: '2024-03-31' })).toEqual(['a']);
    expect(ids(ix, { to: '2024-03-05' })).toEqual(['a', 'c', 'e']);
    expect(ids(ix, { from: '2024-03-06' })).toEqual([]);
    expect(ids(ix, { from: '2024-04-01', to: '2024-03-01' })).toEqual([]);
  });

  it('crosses the antimeridian when west > east and never matches an unplaced event by area', () => {
    expect(ids(ix, { bbox: [170, 0, -170, 20] })).toEqual(['a', 'b']);
    expect(ids(ix, { bbox: [-180, -90, 180, 90] })).toEqual(['a', 'e', 'b']);
  });

  it('matches an actor by name in any case or by exact code, and evidence by substring', () => {
    expect(ids(ix, { actor: 'IDF' })).toEqual(['e']);
    expect(ids(ix, { actor: 'ISRMIL' })).toEqual(['e']);
    expect(ids(ix, { actor: 'isrmil' })).toEqual([]);
    expect(ids(ix, { q: 'SIX-DAY' })).toEqual(['e']);
    expect(ids(ix, { q: 'shelling  of' })).toEqual([]);
    expect(ids(ix, { q: 'PORT' })).toEqual(['b']);
    // Never across two events' evidence.
    expect(ids(ix, { q: 'warshelling' })).toEqual([]);
    expect(ids(ix, { q: 'war\u001fshelling' })).toEqual([]);
  });

  it('counts per day (before 1970 too) and per cell, undated and unplaced apart', () => {
    const counts = ix.counts(ix.matching({}), { days: true, cell: 45 });
    expect(counts.total).toBe(4);
    expect(counts.days).toEqual(expect.arrayContaining([
      { day: '2024-03-05', plover: 'ASSAULT', count: 1 }, { day: '1967-06-05', plover: 'ASSAULT', count: 1 },
      { day: null, plover: 'ASSAULT', count: 1 }, { day: null, plover: 'PROTEST', count: 1 },
    ]));
    expect(counts.days).toHaveLength(4);
    expect(counts.cells).toEqual(expect.arrayContaining([
      { x: 3, y: 0, plover: 'ASSAULT', count: 1 }, { x: -4, y: 0, plover: 'ASSAULT', count: 1 }, { x: 0, y: 0, plover: 'ASSAULT', count: 1 },
      { x: null, y: null, plover: 'PROTEST', count: 1 },
    ]));
    expect(counts.cells).toHaveLength(4);
  });
});
