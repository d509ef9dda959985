// English reading: weeks as dates, a call on a body whose name holds a trigger word,
// a date that belongs to the object's own modifier.
import { describe, expect, it } from 'vitest';
import { read as readDates } from '../../analyse/entities/read.js';
import { nameOf, read } from '../../events/read.js';

const places = [{ name: 'Hama', kind: 'city', lat: 35.13, lon: 36.75, forms: ['Hama'] }];
const entities = [
  { name: 'Group X', kind: 'armed_group', forms: ['The rebels', 'the rebels'] },
  { name: 'International Criminal Court', kind: 'igo', forms: ['the International Criminal Court'] },
  { name: 'Egypt', kind: 'state', forms: ['Egypt'] },
];

describe('en weeks, calls and modifiers', () => {
  it('dates a week to its month', () => {
    // Published Friday 2023-05-12.
    expect(readDates('en', 'The rebels said last week they had taken the town.').dates.map((d) => [d.text, d.date, d.precision])).toEqual([['last week', '2023-05', 'month']]);
    expect(readDates('en', 'Talks are due next week.').dates.map((d) => d.date)).toEqual(['2023-05']);
    expect(readDates('en', 'A week of fighting.').dates).toEqual([]);
  });

  it('reads "called on" before a name that holds a label word as a request', () => {
    const doc = read('The rebels called on the International Criminal Court on Friday to open an inquiry in Hama.', 'en', { places, entities });
    expect(doc.events.map((e) => [e.plover, nameOf(doc, e.actor1)])).toEqual([['REQUEST', 'Group X']]);
    // A label after the call is still an accusation.
    const labelled = read('The rebels called the siege of Hama a war crime.', 'en', { places, entities });
    expect(labelled.events.map((e) => e.plover)).toContain('ACCUSE');
  });

  it('leaves a date after the object\'s own agent to that modifier', () => {
    const doc = read('The rebels rejected a truce proposed by Egypt last week.', 'en', { places, entities, dates: [{ form: 'last week', date: '2024-05' }] });
    expect(doc.events.map((e) => [e.plover, e.date.date])).toEqual([['REJECT', '2024-05-10']]);
    const own = read('The rebels rejected the truce last week.', 'en', { places, entities, dates: [{ form: 'last week', date: '2024-05' }] });
    expect(own.events.map((e) => e.date.date)).toEqual(['2024-05']);
  });
});
