import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/picture.js';
import { distanceKm } from '../../src/geo/resolve.js';
import { clusterReports, mergeReason, sameActor } from '../../src/picture/merge.js';
import { AIRPORT, ARMY, DEIR, GOVERNMENT, IS, IS_FR, KURDS, MAYADIN, airportReports, report } from './scenario.js';

const base = (over: Partial<Report> = {}): Report => ({
  ...report({
    file: 'daily-courier.en.txt', eventId: 'x', site: 'courier.example', published: '2016-09-21', date: '2016-09-20',
    evidence: 'repelled', actor1: IS, actor2: ARMY,
  }),
  ...over,
});

describe('sameActor', () => {
  it('matches codes, a state\'s own forces, and names across case and accents', () => {
    expect(sameActor(IS, IS_FR)).toBe('code IMGSYRISI');
    expect(sameActor(ARMY, GOVERNMENT)).toBe('state forces of SYR');
    expect(sameActor(ARMY, KURDS)).toBeNull();
    expect(sameActor({ name: 'Syria', code: 'SYR', country: 'SYR' }, ARMY)).toBe('state forces of SYR');
    expect(sameActor({ name: 'Russia', code: 'RUS', country: 'RUS' }, ARMY)).toBeNull();
    const named = (name: string) => ({ name, code: null, country: null });
    expect(sameActor(named('Armée syrienne libre'), named('armee syrienne libre'))).not.toBeNull();
    expect(sameActor(named('Free Syrian Army'), named('the Free Syrian Army'))).not.toBeNull();
    expect(sameActor(named('Hezbollah'), named('Hamas'))).toBeNull();
  });
});

describe('mergeReason', () => {
  it('joins reports of one type, actors, place and day, and says why', () => {
    const why = mergeReason(base(), base({ id: 'y', place: DEIR, date: { date: '2016-09-21', precision: 'day' } }));
    expect(why).toMatchObject({ type: 'same PLOVER type ASSAULT', days: 1 });
    expect(why!.km).toBeCloseTo(distanceKm(AIRPORT.lat!, AIRPORT.lon!, DEIR.lat!, DEIR.lon!), 1);
  });

  it('keeps apart other types, conflicting actors, far places and other days', () => {
    expect(mergeReason(base(), base({ plover: 'COERCE' }))).toBeNull();
    expect(mergeReason(base(), base({ actor1: KURDS }))).toBeNull();
    expect(mergeReason(base(), base({ place: MAYADIN }))).toBeNull(); // ~45 km between cities
    expect(mergeReason(base(), base({ date: { date: '2016-09-22', precision: 'day' } }))).toBeNull();
    expect(mergeReason(base(), base({ timing: 'future' }))).toBeNull();
    expect(mergeReason(base({ mode: 'aerial' }), base({ mode: 'shelling' }))).toBeNull();
    expect(mergeReason(base({ mode: 'aerial' }), base())!.type).toBe('same PLOVER type ASSAULT, mode aerial');
  });

  it('widens the distance for a province and the date for a month', () => {
    const province = { ...MAYADIN, name: 'Deir ez-Zor province', geonameid: null, precision: 'admin1' as const };
    expect(mergeReason(base(), base({ place: province }))).not.toBeNull();
    const farProvince = { ...province, lat: 33.5, lon: 36.3 }; // ~270 km away
    expect(mergeReason(base(), base({ place: farProvince }))).toBeNull();
    expect(mergeReason(base(), base({ date: { date: '2016-09', precision: 'month' } }))).not.toBeNull();
    expect(mergeReason(base(), base({ date: { date: '2016-10', precision: 'month' } }))).toBeNull();
    const unplaced = (admin1: string) => ({ ...province, lat: null, lon: null, admin1 });
    expect(mergeReason(base(), base({ place: unplaced('07') }))).not.toBeNull();
    expect(mergeReason(base(), base({ place: unplaced('08') }))).toBeNull();
    const country = { name: 'Syria', lat: 35, lon: 38, country: 'SY', admin1: null, geonameid: 163843, precision: 'country' as const };
    expect(mergeReason(base(), base({ place: country }))).not.toBeNull();
    expect(mergeReason(base(), base({ place: { ...country, name: 'Iraq', country: 'IQ', geonameid: 99237 } }))).toBeNull();
  });

  it('takes an undated event as one of the week before its article', () => {
    const undated = (published: string | null) => base({ id: 'u', date: { date: null, precision: null }, published });
    expect(mergeReason(base(), undated('2016-09-21'))).not.toBeNull(); // the clash of the 20th
    expect(mergeReason(base(), undated('2016-12-10'))).toBeNull(); // months later: another event
    expect(mergeReason(base(), undated(null))).not.toBeNull();
    expect(mergeReason(base({ date: { date: '2016-09', precision: 'month' } }), undated('2016-10-03'))).not.toBeNull();
    expect(clusterReports([base(), undated('2016-09-21')])).toHaveLength(1);
    expect(clusterReports([base(), undated('2016-12-10')])).toHaveLength(2);
  });

  it('accepts a side missing in one report, and sides named the other way round', () => {
    expect(mergeReason(base(), base({ actor2: null }))!.actors).toContain('actor2 missing in one');
    expect(mergeReason(base(), base({ actor1: GOVERNMENT, actor2: IS_FR }))!.actors).toContain('sides swapped');
    const capture = { from: ARMY, to: IS };
    expect(mergeReason(base({ territory: capture }), base({ actor1: ARMY, actor2: IS, territory: capture }))).toBeNull();
  });
});

describe('clusterReports', () => {
  it('merges the airport clash into one cluster and leaves the airstrike apart', () => {
    const clusters = clusterReports(airportReports());
    expect(clusters.map((c) => c.reports.length).sort()).toEqual([1, 5]);
    const clash = clusters.find((c) => c.reports.length === 5)!;
    expect(clash.why).toHaveLength(4);
    expect(clash.why.every((w) => w.joined === clash.reports[0].id)).toBe(true);
  });

  it('does not chain: a report must agree with every member', () => {
    const day = (d: string, id: string) => base({ id, date: { date: d, precision: 'day' } });
    const clusters = clusterReports([day('2016-09-20', 'a'), day('2016-09-21', 'b'), day('2016-09-22', 'c')]);
    expect(clusters.map((c) => c.reports.map((r) => r.id))).toEqual([['a', 'b'], ['c']]);
  });

  it('counts the same report given twice once', () => {
    expect(clusterReports([base(), base()])[0].reports).toHaveLength(1);
  });
});
