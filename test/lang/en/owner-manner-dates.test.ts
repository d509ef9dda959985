// English reading of what was taken from whom ("seized the army's headquarters"), a noun telling how a verb's act
// was done ("killed 22 soldiers in an ambush"), "has yet to", and a report's own date apart from the reported
// happening's ("said in a report in September that soldiers had killed… in May"). Sentences of our own.
import { describe, expect, it } from 'vitest';
import { nameOf, read } from '../../events/read.js';
import { read as analyse } from '../../analyse/entities/read.js';

const front = { name: 'Northern Front', kind: 'armed_group', code: 'RURREB', country: 'RUR', forms: ['Northern Front', 'The Northern Front', 'the rebels'] };
const army = { name: 'Ruritanian army', kind: 'military', code: 'RURMIL', country: 'RUR', forms: ['the army', 'The army', 'soldiers', 'the military'] };
const watch = { name: 'Rights Watch', kind: 'ngo', code: 'NGOHRW', forms: ['Rights Watch'] };
const places = [{ name: 'Vesna', kind: 'city', lat: 45.1, lon: 20.1, forms: ['Vesna'] }];
// Published Friday 2024-05-10.
const dates = [{ form: 'on Tuesday', date: '2024-05-07' }, { form: 'in March', date: '2024-03' }, { form: 'in January', date: '2024-01' }];
const all = { entities: [front, army, watch], places, dates };
const events = (text: string) => {
  const doc = read(text, 'en', all);
  return doc.events.map((e) => [e.plover, e.mode, nameOf(doc, e.actor1), nameOf(doc, e.actor2), e.date.date]);
};

describe('en what was taken from whom', () => {
  it("reads the owner of what a capture took as the side that lost it", () => {
    expect(events("The Northern Front seized the army's headquarters in Vesna on Tuesday.").map((e) => e.slice(0, 4))).toEqual([
      ['ASSAULT', null, 'Northern Front', 'Ruritanian army'],
    ]);
    expect(events('The Northern Front captured the headquarters of the army in Vesna on Tuesday.').map((e) => e.slice(2, 4))).toEqual([
      ['Northern Front', 'Ruritanian army'],
    ]);
    // A town taken with no owner named has no second actor from its object.
    expect(events('The Northern Front captured Vesna on Tuesday.').map((e) => e.slice(2, 4))).toEqual([['Northern Front', null]]);
  });
});

describe('en a noun telling how an act was done', () => {
  it('reads "killed… in an ambush" as one attack, and keeps the mode the noun tells', () => {
    expect(events('The Northern Front killed 12 soldiers in an ambush near Vesna on Tuesday.')).toEqual([
      ['ASSAULT', null, 'Northern Front', 'Ruritanian army', '2024-05-07'],
    ]);
    expect(events('The army killed nine rebels in an air strike near Vesna on Tuesday.').map((e) => e.slice(0, 2))).toEqual([['ASSAULT', 'aerial']]);
  });

  it('keeps a noun of another type, and one outside the clause, as its own happening', () => {
    expect(events('The army attacked Vesna on Tuesday, and the rebels fled in a convoy.').map((e) => e[0])).toEqual(['ASSAULT', 'RETREAT']);
  });
});

describe('en counterparts', () => {
  it("reads a minister's unnamed foreign counterpart as that country's government, and a named one as the person", () => {
    const { entities } = analyse('en', 'The Chadian foreign minister will meet his Malian counterpart in Bamako. He also met his Senegalese counterpart, Awa Diop, on Monday.');
    expect(entities.find((e) => e.code === 'MLIGOV')?.mentions.map((m) => m.text)).toEqual(['Malian counterpart']);
    expect(entities.find((e) => e.name === 'Awa Diop')).toMatchObject({ kind: 'person', code: 'SENGOV' });
  });
});

describe('en not happened yet, and the date of a report', () => {
  it('reads "has yet to" as no happening', () => {
    expect(events('The army has yet to deploy in Vesna.')).toEqual([]);
  });

  it('dates a reported killing by its own date, not the report\'s, when it has one', () => {
    const read2 = events('Rights Watch said in a report in March that soldiers had executed 14 men near Vesna in January.');
    expect(read2.find((e) => e[0] === 'ASSAULT')?.[4]).toBe('2024-01');
    // With none of its own, the report's date stands.
    expect(events('Rights Watch said in a report in March that soldiers had executed 14 men near Vesna.').find((e) => e[0] === 'ASSAULT')?.[4]).toBe('2024-03');
  });
});
