// Who is accused, condemned or labelled: the entity of the object noun phrase, also when it is named
// through an adjective or a possessive of an action noun, with coordinated ones in actor2_more.
import { describe, expect, it } from 'vitest';
import type { Doc } from '../../src/core/doc.js';
import { read, nameOf, spanIn } from './read.js';

const rebels = { name: 'Northern Front', kind: 'armed_group', forms: ['Northern Front', 'The rebels', 'Rebels', 'Les rebelles', 'les rebelles'] };
const army = {
  name: 'Ruritanian army', kind: 'military', code: 'RURMIL', country: 'RUR',
  forms: ['frappes ruritaniennes', "l'armée ruritanienne", 'Ruritanian strikes', 'the army'],
};
const ally = { name: 'Bordurian army', kind: 'military', code: 'BORMIL', country: 'BOR', forms: ['bordures', 'forces bordures', 'Bordurian shelling'] };
const syldavia = { name: 'Syldavia', kind: 'state', code: 'SYL', country: 'SYL', forms: ['Klow', 'la Syldavie', 'Syldavia'] };
const monitor = { name: 'Field Monitors', kind: 'ngo', forms: ['Field Monitors', 'The monitor', "L'Observatoire"] };
const entities = [rebels, army, ally, syldavia, monitor];

function accusation(doc: Doc) {
  const e = doc.events.find((x) => x.plover === 'ACCUSE');
  return e && { by: nameOf(doc, e.actor1), target: nameOf(doc, e.actor2), more: e.actor2_more.map((id) => nameOf(doc, id)) };
}

describe('accusations (fr)', () => {
  it('« qualifier X de crime » : la cible est nommée par les adjectifs coordonnés du nom d’action', () => {
    const text = "L'Observatoire a qualifié mardi les frappes ruritaniennes et bordures de « crimes de guerre ».";
    const doc = read(text, 'fr', { entities });
    expect(accusation(doc)).toEqual({ by: 'Field Monitors', target: 'Ruritanian army', more: ['Bordurian army'] });
    expect(doc.events.find((e) => e.plover === 'ACCUSE')!.trigger).toEqual(spanIn(text, 'qualifié mardi les frappes ruritaniennes et bordures de « crimes'));
  });

  it('« accuser X de », « reprocher à X », « condamner l’intervention de X », « tenir X pour responsable »', () => {
    const read1 = (text: string) => accusation(read(text, 'fr', { entities }));
    expect(read1("Les rebelles accusent l'armée ruritanienne d'avoir affamé la population.")).toEqual({ by: 'Northern Front', target: 'Ruritanian army', more: [] });
    expect(read1('Les rebelles reprochent aux forces bordures leur silence.')).toEqual({ by: 'Northern Front', target: 'Bordurian army', more: [] });
    expect(read1("L'Observatoire a condamné l'intervention de Klow.")).toEqual({ by: 'Field Monitors', target: 'Syldavia', more: [] });
    expect(read1("Les rebelles tiennent la Syldavie pour responsable de l'exode.")).toEqual({ by: 'Northern Front', target: 'Syldavia', more: [] });
  });

  it("ne voit pas d'accusation dans un qualificatif neutre, ni de cible derrière « aux côtés de »", () => {
    expect(accusation(read("L'Observatoire a qualifié la situation de « préoccupante ».", 'fr', { entities }))).toBeUndefined();
    const doc = read('Les rebelles ont attaqué aux côtés des forces bordures.', 'fr', { entities });
    expect(doc.events.map((e) => [e.plover, nameOf(doc, e.actor2)])).toEqual([['ASSAULT', null]]);
  });
});

describe('accusations (en)', () => {
  it('"calling X a crime": the target is named by the noun phrases between verb and label', () => {
    const text = 'The monitor on Tuesday called the Ruritanian strikes and Bordurian shelling a war crime.';
    const doc = read(text, 'en', { entities });
    expect(accusation(doc)).toEqual({ by: 'Field Monitors', target: 'Ruritanian army', more: ['Bordurian army'] });
    expect(doc.events.find((e) => e.plover === 'ACCUSE')!.trigger).toEqual(spanIn(text, 'called the Ruritanian strikes and Bordurian shelling a war crime'));
  });

  it('"accused X of", "blamed X for", "condemned X\'s …", "held X responsible"', () => {
    const read1 = (text: string) => accusation(read(text, 'en', { entities }));
    expect(read1('Rebels accused the army of starving the population.')).toEqual({ by: 'Northern Front', target: 'Ruritanian army', more: [] });
    expect(read1('The rebels blamed Syldavia for the exodus.')).toEqual({ by: 'Northern Front', target: 'Syldavia', more: [] });
    expect(read1("The monitor condemned Klow's intervention.")).toEqual({ by: 'Field Monitors', target: 'Syldavia', more: [] });
    expect(read1('The rebels held Syldavia responsible for the exodus.')).toEqual({ by: 'Northern Front', target: 'Syldavia', more: [] });
  });

  it('sees no accusation in a neutral label or in a call for something', () => {
    expect(accusation(read('The monitor called the situation a catastrophe.', 'en', { entities }))).toBeUndefined();
    expect(accusation(read('The rebels called for talks with Syldavia.', 'en', { entities }))).toBeUndefined();
  });
});
