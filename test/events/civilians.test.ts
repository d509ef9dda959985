// Civilians as the target of violence: unarmed people hit by an attack, an abduction or an arrest fill
// actor2 as "Civilians" of the event's place's country (CAMEO CVL); never a doer, a speaker, a claim's source.
import { describe, expect, it } from 'vitest';
import type { Doc } from '../../src/core/doc.js';
import { read, nameOf } from './read.js';

const gunmen = { name: 'Black Banner', kind: 'armed_group', forms: ['Black Banner', 'the Black Banner', 'le Black Banner'] };
const army = { name: 'Ruritanian military', kind: 'military', code: 'RURMIL', country: 'RUR', forms: ['the Ruritanian army', "l'armée ruritanienne"] };
const entities = [gunmen, army];
const places = [
  { name: 'Dorvik', kind: 'city', country: 'NE', forms: ['Dorvik'] },
  { name: 'Valmont', kind: 'city', country: 'FR', forms: ['Valmont'] },
];

function violent(doc: Doc) {
  return doc.events
    .filter((e) => e.plover === 'ASSAULT' || e.plover === 'COERCE')
    .map((e) => ({ plover: e.plover, by: nameOf(doc, e.actor1), target: nameOf(doc, e.actor2), more: e.actor2_more.map((id) => nameOf(doc, id)) }));
}

const civilians = (doc: Doc) => doc.entities.filter((e) => e.name === 'Civilians');

describe('civilians as targets (en)', () => {
  it('the farmers an armed group killed, coded by the country of the place', () => {
    const doc = read('The Black Banner killed six farmers near Dorvik on Sunday.', 'en', { entities, places });
    expect(violent(doc)).toEqual([{ plover: 'ASSAULT', by: 'Black Banner', target: 'Civilians', more: [] }]);
    const [civ] = civilians(doc);
    expect(civ).toMatchObject({ kind: 'group', code: 'NERCVL', country: 'NER' });
    expect(civ.mentions.map((m) => m.text)).toEqual(['farmers']);
    // Violence against civilians, not a clash between two armed sides.
    expect(doc.events[0].acled).toEqual({ event_type: 'Violence against civilians', sub_event_type: 'Attack' });
  });

  it('the passive subject and a target after "on" are the target; an abduction and an arrest too', () => {
    expect(violent(read('Twelve worshippers were killed by the Black Banner in Dorvik.', 'en', { entities, places }))[0]).toMatchObject({ by: 'Black Banner', target: 'Civilians' });
    expect(violent(read('The Ruritanian army opened fire on passengers at the Dorvik station.', 'en', { entities, places }))[0]).toMatchObject({ by: 'Ruritanian military', target: 'Civilians' });
    expect(violent(read('The Black Banner abducted three traders in Dorvik.', 'en', { entities, places }))[0]).toMatchObject({ by: 'Black Banner', target: 'Civilians' });
    // Inside the trigger's own words: an evacuation order.
    expect(violent(read('The Ruritanian army ordered residents of two districts of Dorvik to leave.', 'en', { entities, places }))[0]).toMatchObject({ plover: 'COERCE', by: 'Ruritanian military', target: 'Civilians' });
  });

  it('is never a doer, a speaker, nor a target far from the attack or in another clause', () => {
    // Residents tell of it: a witness, not its target, and no source of a claim.
    const told = read('The Black Banner attacked an army post in Dorvik, residents said.', 'en', { entities, places });
    expect(violent(told).map((e) => e.target)).not.toContain('Civilians');
    expect(told.claims.map((c) => nameOf(told, c.source))).not.toContain('Civilians');
    // Villagers who attack are not civilians attacked.
    expect(violent(read('Villagers attacked the Ruritanian army in Dorvik.', 'en', { entities, places })).map((e) => e.by)).not.toContain('Civilians');
    // Civilians talked about are no actor of talks.
    const talks = read('The Ruritanian army met the Black Banner in Dorvik to discuss the safety of civilians.', 'en', { entities, places });
    expect(talks.events.flatMap((e) => [e.actor1, e.actor2, ...e.actor1_more, ...e.actor2_more]).map((id) => nameOf(talks, id))).not.toContain('Civilians');
    expect(civilians(talks)).toEqual([]);
  });

  it('keeps a named target, with the civilians a coordinated verb hit among its targets', () => {
    const doc = read('The Ruritanian army struck the Black Banner near Dorvik, killing five civilians.', 'en', { entities, places });
    expect(violent(doc)).toEqual([{ plover: 'ASSAULT', by: 'Ruritanian military', target: 'Black Banner', more: ['Civilians'] }]);
  });
});

describe('les civils pris pour cible (fr)', () => {
  it('« ont enlevé huit pêcheurs », « ont tiré sur des villageois »', () => {
    const doc = read('Le Black Banner a enlevé huit pêcheurs près de Valmont mardi.', 'fr', { entities, places });
    expect(violent(doc)).toEqual([{ plover: 'ASSAULT', by: 'Black Banner', target: 'Civilians', more: [] }]);
    expect(civilians(doc)[0]).toMatchObject({ code: 'FRACVL', country: 'FRA' });
    expect(violent(read("L'armée ruritanienne a ouvert le feu sur des villageois à Valmont.", 'fr', { entities, places }))[0]).toMatchObject({ by: 'Ruritanian military', target: 'Civilians' });
  });

  it("« selon des habitants » est une source, « la situation des civils » n'est personne", () => {
    const told = read('Le Black Banner a attaqué un poste à Valmont, selon des habitants.', 'fr', { entities, places });
    expect(violent(told)).toEqual([{ plover: 'ASSAULT', by: 'Black Banner', target: null, more: [] }]);
    expect(civilians(told)).toEqual([]);
    const worry = read("L'armée ruritanienne s'inquiète de la situation des civils à Valmont.", 'fr', { entities, places });
    expect(civilians(worry)).toEqual([]);
    // The subject of the main clause is not the object of a relative clause's trigger before it.
    const after = read("À Valmont, où le Black Banner a détruit des entrepôts l'an dernier, les habitants ont peur.", 'fr', { entities, places });
    expect(violent(after)).toEqual([{ plover: 'COERCE', by: 'Black Banner', target: null, more: [] }]);
  });
});
