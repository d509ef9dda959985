import { describe, expect, it } from 'vitest';
import { read, nameOf, spanIn } from './read.js';

const rebels = { name: 'Northern Front', kind: 'armed_group', forms: ['Northern Front', 'the rebels', 'rebels', 'les rebelles'] };
const army = { name: 'Ruritanian army', kind: 'military', code: 'RURMIL', country: 'RUR', forms: ['the army', "l'armée", "L'armée"] };
const ministry = { name: 'Ruritanian defence ministry', kind: 'government', code: 'RURGOV', country: 'RUR', forms: ['the defence ministry', 'The defence ministry', 'le ministère', 'Le ministère'] };
const monitor = { name: 'Field Monitors', kind: 'ngo', forms: ['Field Monitors', 'the monitor', "l'Observatoire", "L'Observatoire"] };
const towns = [{ name: 'Vesna', kind: 'city', lat: 45.1, lon: 20.1, forms: ['Vesna'] }, { name: 'Dorin', kind: 'city', lat: 45.9, lon: 21.2, forms: ['Dorin'] }];

describe('claims', () => {
  it('gives one claim per source and event with its cue, and a party to the event only alleges', () => {
    const text = 'According to the monitor, the army shelled Vesna. The army shelled Vesna again, the defence ministry said.';
    const doc = read(text, 'en', { entities: [army, ministry, monitor], places: towns });
    expect(doc.events).toHaveLength(1);
    expect(doc.claims.map((c) => [nameOf(doc, c.source), c.modality, c.event, c.cue])).toEqual([
      ['Field Monitors', 'asserted', doc.events[0].id, spanIn(text, 'According to')],
      ['Ruritanian defence ministry', 'alleged', doc.events[0].id, spanIn(text, 'said')],
    ]);
  });

  it('gives an unconfirmed claim to who claims it, not to who could not confirm it', () => {
    const text = "Le ministère prétend que 300 rebelles auraient déposé les armes à Dorin, une information qui n'a pu être confirmée par l'Observatoire.";
    const doc = read(text, 'fr', { entities: [rebels, ministry, monitor], places: towns });
    expect(doc.claims.map((c) => [nameOf(doc, c.source), c.modality, c.cue])).toEqual([['Ruritanian defence ministry', 'unconfirmed', spanIn(text, 'prétend que')]]);
  });

  it('makes no claim when nobody is named as the source', () => {
    expect(read('Rebels attacked Vesna overnight.', 'en', { entities: [rebels], places: towns }).claims).toEqual([]);
  });
});
