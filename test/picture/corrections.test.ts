import { describe, expect, it } from 'vitest';
import { Correction, type SituationEvent } from '../../src/model/picture.js';
import { buildPicture } from '../../src/picture/picture.js';
import { MAYADIN, airportReports, report, IS, ARMY } from './scenario.js';

const clash = (events: SituationEvent[]) => events.find((e) => e.reports.length > 1 && e.plover === 'ASSAULT')!;
const strike = (events: SituationEvent[]) => events.find((e) => e.mode === 'aerial')!;

let n = 0;
function correction(kind: Correction['kind'], event: SituationEvent, after: unknown, undone = false): Correction {
  n++;
  return Correction.parse({
    id: `c${n}`,
    who: 'analyst',
    at: `2026-11-25T10:00:${String(n).padStart(2, '0')}Z`,
    target: { event: event.id, reports: event.reports.map((r) => r.id) },
    kind,
    before: null,
    after,
    undone,
  });
}

/** A later article that sorts before all others, so the machine id of the clash moves. */
const lateReport = () =>
  report({
    file: 'daily-courier.en.txt', eventId: 'ev9', site: 'late.example', published: '2016-09-25', date: '2016-09-19',
    evidence: 'the airbase of Deir ez-Zor', actor1: IS, actor2: ARMY,
  });

describe('analyst corrections', () => {
  const machine = buildPicture(airportReports()).events;

  it('retypes, changes the modality and marks wrong, and says so', () => {
    const corrections = [
      correction('retype', clash(machine), { plover: 'COERCE', mode: 'besiege' }),
      correction('modality', clash(machine), { modality: 'alleged' }),
      correction('wrong', strike(machine), {}),
    ];
    const { events } = buildPicture(airportReports(), corrections);
    const c = events.find((e) => e.id === clash(machine).id)!;
    expect(c).toMatchObject({ plover: 'COERCE', mode: 'besiege', modality: 'alleged', corrected: true, corrections: ['c1', 'c2'] });
    expect(events.find((e) => e.id === strike(machine).id)).toMatchObject({ wrong: true, corrected: true });
  });

  it('survives a rebuild where a new report joins and the machine id moves', () => {
    const corrections = [correction('place', clash(machine), { ...MAYADIN, name: 'Corrected place' })];
    const rebuilt = buildPicture([...airportReports(), lateReport()], corrections).events;
    expect(buildPicture([...airportReports(), lateReport()]).events.some((e) => e.id === clash(machine).id)).toBe(false);
    const c = rebuilt.find((e) => e.id === clash(machine).id)!; // the id the analyst saw
    expect(c.place!.name).toBe('Corrected place');
    expect(c.reports).toHaveLength(6);
  });

  it('ignores undone corrections', () => {
    const { events } = buildPicture(airportReports(), [correction('modality', clash(machine), { modality: 'denied' }, true)]);
    expect(clash(events)).toMatchObject({ modality: 'asserted', corrected: false, id: clash(machine).id });
  });

  it('merges two events and splits one, with the reason recorded', () => {
    const merged = buildPicture(airportReports(), [correction('merge', clash(machine), { reports: strike(machine).reports.map((r) => r.id) })]);
    expect(merged.events).toHaveLength(1);
    expect(merged.events[0].reports).toHaveLength(6);
    expect(merged.events[0].why.some((w) => w.type.startsWith('merge by analyst'))).toBe(true);

    const french = clash(machine).reports.find((r) => r.site === 'lequotidien.example')!.id;
    const split = buildPicture([...airportReports(), lateReport()], [correction('split', clash(machine), { reports: [french] })]);
    expect(split.events.map((e) => e.reports.length).sort()).toEqual([1, 1, 5]);
    expect(split.events.find((e) => e.id === clash(machine).id)!.reports.some((r) => r.id === french)).toBe(false);
  });

  it('keeps ids unique when the anchor report is split off', () => {
    const anchor = clash(machine).reports[0].id;
    const { events } = buildPicture(airportReports(), [correction('split', clash(machine), { reports: [anchor] })]);
    expect(events).toHaveLength(3);
    expect(new Set(events.map((e) => e.id)).size).toBe(3);
    expect(events.find((e) => e.id === clash(machine).id)!.reports).toHaveLength(4);
  });

  it('applies corrections in the order they were made, whatever order they are given in', () => {
    const first = correction('modality', clash(machine), { modality: 'alleged' });
    const second = correction('modality', clash(machine), { modality: 'unconfirmed' });
    expect(clash(buildPicture(airportReports(), [second, first]).events).modality).toBe('unconfirmed');
    const sameTime = (id: string, modality: string) => ({ ...correction('modality', clash(machine), { modality }), id, at: '2026-11-25T11:00:00Z' });
    const late = [sameTime('cor-10', 'denied'), sameTime('cor-9', 'alleged')];
    expect(clash(buildPicture(airportReports(), late).events).modality).toBe('denied');
  });

  it('rejects a malformed correction', () => {
    expect(Correction.safeParse({ id: 'x', who: 'a', at: 'now', target: { event: 'e', reports: [] }, kind: 'split', before: null, after: { reports: [] } }).success).toBe(false);
    expect(Correction.safeParse({ id: 'x', who: 'a', at: 'now', target: { event: 'e', reports: [] }, kind: 'rename', before: null, after: {} }).success).toBe(false);
  });
});
