import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/picture.js';
import { SituationEvent } from '../../src/model/picture.js';
import { buildPicture } from '../../src/picture/picture.js';
import { IS, KURDS, TALL_HAMIS, airportReports, report, shuffled, tallHamisReports } from './scenario.js';

const clashOf = (reports: Report[]) => buildPicture(reports).events.find((e) => e.reports.length > 1)!;

describe('buildPicture on several outlets reporting one clash', () => {
  const { events } = buildPicture(airportReports());

  it('gives two situation events: the clash with five reports from three sources, and the airstrike', () => {
    expect(events).toHaveLength(2);
    const clash = events.find((e) => e.reports.length > 1)!;
    expect(clash).toMatchObject({ plover: 'ASSAULT', articles: 5, sources: 3, date: '2016-09-20', precision: 'day' });
    expect(clash.place!.name).toBe('Deir ez-Zor airport'); // the finest place among the reports
    expect(clash.actor1!.code).toBe('IMGSYRISI');
    expect(clash.actor2!.code).toBe('SYRMIL');
    expect(events.every((e) => SituationEvent.safeParse(e).success)).toBe(true);
  });

  it('keeps each report with its outlet, evidence and source group', () => {
    const clash = events.find((e) => e.reports.length > 1)!;
    const french = clash.reports.find((r) => r.site === 'lequotidien.example')!;
    expect(french.evidence).toEqual({ start: 144, end: 213, text: "se sont affrontés mardi autour de l'aéroport militaire de Deir ez-Zor" });
    const wire = clash.reports.filter((r) => r.url!.includes('wire-reprint'));
    expect(new Set(wire.map((r) => r.sourceGroup)).size).toBe(1);
    const courier = clash.reports.filter((r) => r.site === 'courier.example');
    expect(courier).toHaveLength(2);
    expect(courier[0].sourceGroup).toBe(courier[1].sourceGroup);
  });

  it('keeps figures per claimant and puts the disagreements side by side', () => {
    const clash = events.find((e) => e.reports.length > 1)!;
    const killed = clash.figures.filter((f) => f.kind === 'killed').map((f) => [f.claimant, f.approx, f.value, f.modality]);
    expect(killed).toEqual([
      ['Syrian army', 'more_than', 60, 'asserted'],
      ['Syrian Observatory for Human Rights', 'about', 30, 'asserted'],
      ['SANA', 'more_than', 60, 'unconfirmed'],
      ['Syrian Observatory for Human Rights', 'at_least', 23, 'asserted'], // the reprint counts once
    ]);
    expect(clash.contradictions.map((c) => [c.kind, c.reason])).toEqual([
      ['killed', 'different_values'],
      ['killed', 'unconfirmed'],
    ]);
    expect(clash.contradictions[1].disputedBy.map((d) => d.reportId)).toEqual(['art-le-quotidien#ev1']);
    expect(clash.figures.find((f) => f.kind === 'captured')).toMatchObject({ value: 12, claimant: 'Syrian army' });
    expect(clash.contradictions.some((c) => c.kind === 'captured')).toBe(false);
  });

  it('takes a claimant\'s two values as an update, not a contradiction', () => {
    const [first, second] = airportReports();
    const toll = (r: Report, value: number) => ({ ...r, figures: [{ ...r.figures[0], value, approx: 'exact' }] });
    const event = buildPicture([toll(first, 23), toll(second, 40)]).events[0];
    expect(event.figures.map((f) => f.value)).toEqual([23, 40]);
    expect(event.contradictions).toEqual([]);
  });

  it('does not depend on the order of the reports', () => {
    const reference = JSON.stringify(buildPicture([...airportReports(), ...tallHamisReports()]));
    for (const seed of [1, 2, 3, 4, 5]) {
      expect(JSON.stringify(buildPicture(shuffled([...airportReports(), ...tallHamisReports()], seed)))).toBe(reference);
    }
  });

  it('derives stable ids from content', () => {
    expect(clashOf(airportReports()).id).toBe(clashOf(shuffled(airportReports(), 9)).id);
    expect(clashOf(airportReports()).id).toMatch(/^se-[0-9a-f]{16}$/);
  });
});

describe('control timeline', () => {
  const { control } = buildPicture([...airportReports(), ...tallHamisReports()]);

  it('follows the holder of a place and shows an alleged capture as alleged, not as a change', () => {
    expect(control.map((c) => [c.date, c.status, c.previous?.name ?? null, c.holder?.name ?? null])).toEqual([
      ['2015-01', 'changed', null, 'Etat islamique'],
      ['2015-03-07', 'changed', 'Etat islamique', 'YPG'],
      ['2015-03-10', 'alleged', 'YPG', 'Etat islamique'],
    ]);
    expect(control.every((c) => c.place.name === 'Tall Hamis' && c.events.length === 1)).toBe(true);
  });

  it('marks a capture that another report denies as contested', () => {
    const reports = tallHamisReports();
    const denial = { ...reports[0], id: 'deny#1', articleId: 'deny', modality: 'denied' as const, site: 'other.example' };
    const { control: steps } = buildPicture([...reports, denial]);
    expect(steps.map((c) => c.status)).toEqual(['changed', 'contested', 'alleged']);
    // neither moved the holder: the alleged return still follows the Islamic State's January capture
    expect(steps[2].previous!.name).toBe('Etat islamique');
  });

  it('keeps the holder through a siege and lets it go when the holder withdraws', () => {
    const base = { file: 'withdrawal.en.txt', site: 'herald.example', published: '2015-03-14', place: TALL_HAMIS };
    const siege = report({ ...base, eventId: 'ev1', date: '2015-03-12', mode: 'siege', evidence: 'Islamic State fighters laid siege to Tall Hamis', actor1: IS, actor2: KURDS });
    const pullOut = report({ ...base, eventId: 'ev2', date: '2015-03-13', plover: 'RETREAT', evidence: 'the Kurdish fighters withdrew from the town', actor1: KURDS });
    const notHolder = report({ ...base, eventId: 'ev3', date: '2015-03-13', plover: 'RETREAT', evidence: 'to spare its last residents', actor1: IS, place: TALL_HAMIS });
    const { control: steps } = buildPicture([...tallHamisReports(), siege, pullOut, notHolder]);
    expect(steps.slice(3).map((c) => [c.date, c.status, c.previous?.name ?? null, c.holder?.name ?? null])).toEqual([
      ['2015-03-12', 'contested', 'YPG', 'YPG'],
      ['2015-03-13', 'changed', 'YPG', null],
    ]);
  });

  it('lists nothing without territory events', () => {
    expect(buildPicture(airportReports()).control).toEqual([]);
  });
});
