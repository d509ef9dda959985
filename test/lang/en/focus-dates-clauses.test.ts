// English reading on sentences of our own: the country in focus weighs the headline and the
// dateline over repeated "in X" of a neighbour; "federal troops" are the state's; a day and month
// with "last year"; the one accused of a deed is the accusation's target, not the deed's object; a
// claim of responsibility reported by the police alleges nothing; a call coordinated after a report
// is not dated by the report's content.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/analyse/tokens.js';
import { splitSentences } from '../../../src/analyse/sentences.js';
import { findEntities } from '../../../src/analyse/entities/entities.js';
import { getPack } from '../../../src/lang/index.js';
import type { Block } from '../../../src/model/reading.js';
import { read as readDates } from '../../analyse/entities/read.js';
import { nameOf, read } from '../../events/read.js';

/** Entities of a text whose first line is its headline. */
function entitiesWithHeadline(text: string) {
  const pack = getPack('en');
  const blocks: Block[] = [...text.matchAll(/[^\n]+/g)].map((m, n) => ({ kind: n === 0 ? 'title' : 'paragraph', text: m[0], start: m.index, end: m.index + m[0].length }));
  const tokens = tokenize(text, pack.tokens);
  return findEntities(text, tokens, splitSentences(text, tokens, blocks, pack.tokens), blocks, pack.actors, pack.tokens);
}

describe('en country in focus', () => {
  it('follows the headline and the dateline over a paragraph that repeats "in" a neighbour', () => {
    const text = [
      'Kenya arrests a dozen after riots in the capital',
      'NAIROBI, Kenya — Police arrested 12 people on Monday after two days of rioting.',
      'Opposition exiles in Uganda condemned the arrests, and activists in Uganda said they would march. Students in Uganda joined them.',
      'The army was deployed on Tuesday and police fired tear gas.',
    ].join('\n');
    const codes = entitiesWithHeadline(text).flatMap((e) => e.mentions.map((m) => `${m.text}:${e.code}`));
    expect(codes).toContain('army:KENMIL');
    expect(codes.filter((c) => /^police:/i.test(c)).every((c) => c.endsWith(':KENMIL') || c.endsWith(':KENCOP'))).toBe(true);
    expect(codes.some((c) => c.includes('UGA') && !c.startsWith('Uganda'))).toBe(false);
  });

  it('reads "federal troops" and "the federal government" as the state in focus', () => {
    const codes = entitiesWithHeadline('Nigeria: gunmen kill 9\nABUJA, Nigeria — Federal troops were sent to the state, and the federal government promised aid.')
      .flatMap((e) => e.mentions.map((m) => `${m.text}:${e.code}`));
    expect(codes).toEqual(expect.arrayContaining(['Federal troops:NGAMIL', 'federal government:NGAGOV']));
  });
});

describe('en dates counted from publication', () => {
  it('reads "Oct. 7 last year" as one day of the year before publication', () => {
    const { dates } = readDates('en', 'Gunmen raided the depot on Oct. 7 last year, and again on March 3 this year.', '2025-12-12');
    expect(dates.map((d) => [d.text, d.date, d.precision])).toEqual([
      ['on Oct. 7 last year', '2024-10-07', 'day'],
      ['on March 3 this year', '2025-03-03', 'day'],
    ]);
  });
});

describe('en accusations', () => {
  const entities = [
    { name: 'Ruritanian government', kind: 'government', forms: ['Ruritanian officials'] },
    { name: 'Borduria', kind: 'state', forms: ['Borduria'] },
    { name: 'Group X', kind: 'armed_group', forms: ['Group X', 'the rebels'] },
  ];
  const accusations = (text: string) => {
    const doc = read(text, 'en', { entities });
    return doc.events.filter((e) => e.plover === 'ACCUSE').map((e) => `${nameOf(doc, e.actor1)} > ${nameOf(doc, e.actor2)}`);
  };
  it('takes the one accused, not the object of the deed, as the target', () => {
    expect(accusations('Ruritanian officials accuse Borduria of arming Group X.')).toEqual(['Ruritanian government > Borduria']);
    expect(accusations('Ruritanian officials accused Borduria of supplying the rebels.')).toEqual(['Ruritanian government > Borduria']);
    // A genitive chain still ends on its last link.
    expect(accusations('Ruritanian officials accused the allies of Group X.')).toEqual(['Ruritanian government > Group X']);
  });
});

describe('en claims of responsibility', () => {
  const entities = [
    { name: 'Ruritanian police', kind: 'military', forms: ['police'] },
    { name: 'Group X', kind: 'armed_group', forms: ['Group X'] },
  ];
  it('keeps a reported claim of responsibility asserted, and a bare "claimed" alleging', () => {
    const owned = read('Group X claimed responsibility for the attack on the convoy, according to police.', 'en', { entities });
    expect(owned.events.map((e) => [e.plover, e.modality])).toEqual([['ASSAULT', 'asserted']]);
    expect(owned.claims.map((c) => [nameOf(owned, c.source), c.modality])).toContainEqual(['Ruritanian police', 'asserted']);
    const alleged = read('Group X claimed that its fighters had attacked the convoy, according to police.', 'en', { entities });
    expect(alleged.events.map((e) => e.modality)).toEqual(['alleged']);
  });
});

describe('en speech acts after a report', () => {
  const entities = [
    { name: 'Human Rights Watch', kind: 'ngo', forms: ['Human Rights Watch'] },
    { name: 'Ruritanian government', kind: 'government', forms: ['the government'] },
    { name: 'Ruritanian military', kind: 'military', forms: ['soldiers'] },
  ];
  it('dates "and called on" by the statement, not by the reported killing', () => {
    const doc = read('Human Rights Watch said soldiers had killed 12 men in March and called on the government to investigate.', 'en', { entities, dates: [{ form: 'in March', date: '2024-03' }] }, '2024-05-10');
    const call = doc.events.find((e) => e.plover === 'REQUEST');
    expect([nameOf(doc, call!.actor1), nameOf(doc, call!.actor2), call!.date.date, call!.timing]).toEqual(['Human Rights Watch', 'Ruritanian government', '2024-05-10', 'current']);
    expect(doc.events.find((e) => e.plover === 'ASSAULT')?.date.date).toBe('2024-03');
  });
});
