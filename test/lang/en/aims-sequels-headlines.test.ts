// English reading of how a report chains its happenings: an aim, a coordinated verb, a denial
// followed by a statement, a dateline city, an undated sequel, a background event, a headline,
// a claim of responsibility and an apposition of allegiance. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { nameOf, placeOf, read } from '../../events/read.js';

const front = { name: 'Northern Front', kind: 'armed_group', forms: ['Northern Front', 'the rebels', 'The rebels', 'The attackers'] };
const army = { name: 'Ruritanian army', kind: 'military', code: 'RURMIL', country: 'RUR', forms: ['the army', 'The army', 'its jets'] };
const un = { name: 'United Nations', kind: 'igo', code: 'IGOUNO', forms: ['The UN', 'the UN'] };
const patron = { name: 'Bordurian government', kind: 'government', code: 'BORGOV', country: 'BOR', forms: ['Bordurian government'] };
const places = [
  { name: 'Vesna', kind: 'city', lat: 45.1, lon: 20.1, forms: ['Vesna'] },
  { name: 'Dorin', kind: 'city', lat: 45.9, lon: 21.2, forms: ['DORIN', 'Dorin'] },
];
const dates = [{ form: 'May 9', date: '2024-05-09' }, { form: 'on Tuesday', date: '2024-05-07' }, { form: 'in 2014', date: '2014' }];
const all = { entities: [front, army, un, patron], places, dates };
const events = (text: string, title = false) => {
  const doc = read(text, 'en', all, '2024-05-10', title);
  return doc.events.map((e) => [e.plover, nameOf(doc, e.actor1), nameOf(doc, e.actor2), placeOf(doc, e.place), e.date.date, e.timing, e.modality]);
};

describe('en aims, sequels and headlines', () => {
  it('reads an aim as part of the happening it is for, as far off as it ("would soon launch an offensive to retake")', () => {
    expect(events('The army said it would soon launch an offensive to retake Vesna.')).toEqual([
      ['ASSAULT', 'Ruritanian army', null, 'Vesna', '2024-05-10', 'future', 'planned'],
    ]);
  });

  it('gives a coordinated speech act the subject and mood of the first, and keeps objects after it to it', () => {
    expect(events('The UN condemned the attack and called on the army to withdraw.')).toEqual([
      ['ACCUSE', 'United Nations', null, null, '2024-05-10', 'current', 'asserted'],
      ['REQUEST', 'United Nations', 'Ruritanian army', null, '2024-05-10', 'current', 'asserted'],
    ]);
  });

  it('ends a denial at the next reporting verb, and reads a destruction by jets as an air strike', () => {
    const doc = read('The army denied that it had shelled Dorin and said its jets had destroyed a rebel depot in Vesna.', 'en', all);
    expect(doc.events.map((e) => [e.plover, e.mode, placeOf(doc, e.place), e.modality])).toEqual([
      ['ASSAULT', 'shelling', 'Dorin', 'denied'],
      ['ASSAULT', 'aerial', 'Vesna', 'asserted'],
    ]);
  });

  it('does not place an event in the city of the dateline, nor read "the village of X" as the last city', () => {
    expect(events('DORIN, May 9 (Wire) - The rebels attacked the village of Krasno on Tuesday.')).toEqual([
      ['ASSAULT', 'Northern Front', null, null, '2024-05-07', 'current', 'asserted'],
    ]);
  });

  it('dates an undated sequel at the same place like the happening before it, and keeps background events out of its place', () => {
    expect(events('The rebels attacked Vesna on Tuesday. The attackers reportedly torched houses in Vesna. The rebels had besieged a garrison in 2014.')).toEqual([
      ['ASSAULT', 'Northern Front', null, 'Vesna', '2024-05-07', 'current', 'asserted'],
      ['COERCE', 'Northern Front', null, 'Vesna', '2024-05-07', 'current', 'alleged'],
      ['ASSAULT', 'Northern Front', null, null, '2014', 'background', 'asserted'],
    ]);
  });

  it('folds a headline with no place into the first body event of its type, even told in the present', () => {
    expect(events('The army sends reinforcements\n\nThe army said it would send reinforcements to Vesna.', true)).toEqual([
      ['MOBILIZE', 'Ruritanian army', null, 'Vesna', '2024-05-10', 'future', 'planned'],
    ]);
  });

  it('reads a headline participle before "of" or "by" as a passive, and keeps no speech act without its speaker', () => {
    expect(events('The army accused of shelling Vesna\n\nThe rebels said the army shelled Vesna on Tuesday.', true)).toEqual([
      ['ASSAULT', 'Ruritanian army', null, 'Vesna', '2024-05-07', 'current', 'asserted'],
    ]);
  });

  it('does not place a flight where it goes', () => {
    expect(events('The rebels fled Vesna towards Dorin on Tuesday.').map((e) => e[3])).toEqual(['Vesna']);
    expect(events('The rebels fled towards Dorin on Tuesday.').map((e) => e[3])).toEqual([null]);
  });

  it('reads "claimed by X" as X asserting its own deed', () => {
    const text = 'The attack on Vesna was claimed by the Northern Front.';
    const doc = read(text, 'en', all);
    expect(doc.events.map((e) => [e.plover, nameOf(doc, e.actor1)])).toEqual([['ASSAULT', 'Northern Front']]);
    expect(doc.claims.map((c) => [nameOf(doc, c.source), c.modality])).toEqual([['Northern Front', 'asserted']]);
  });

  it('reads "which said" after an apposition of allegiance as the noun before it, and takes no actor from the apposition', () => {
    const text = 'Gunmen attacked Vesna on Tuesday. The attack was claimed by the Northern Front, allied with the Bordurian government, which said it had captured ten soldiers.';
    const doc = read(text, 'en', all);
    expect(doc.claims.map((c) => [nameOf(doc, c.source), c.modality])).toEqual([['Northern Front', 'asserted'], ['Northern Front', 'alleged']]);
    expect(doc.events.flatMap((e) => [nameOf(doc, e.actor1), nameOf(doc, e.actor2)])).not.toContain('Bordurian government');
  });
});
