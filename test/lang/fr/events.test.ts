import { describe, expect, it } from 'vitest';
import { fr } from '../../../src/lang/fr/index.js';
import { compilePattern } from '../../../src/events/patterns.js';
import { PLOVER_TYPES } from '../../../src/events/ontology.js';
import { read } from '../../events/read.js';

const places = [{ name: 'Gao', kind: 'city', lat: 16.27, lon: -0.04, forms: ['Gao'] }];
const entities = [{ name: 'Groupe X', kind: 'armed_group', forms: ['les jihadistes', 'Les jihadistes'] }];
const plovers = (text: string) => read(text, 'fr', { places, entities }).events.map((e) => e.plover + (e.mode ? `/${e.mode}` : ''));

describe('fr event, claim and quote lexicons', () => {
  it('are valid token patterns with PLOVER types', () => {
    const all = [...fr.events.triggers.flatMap((t) => t.patterns), ...fr.claims.according, ...fr.claims.unconfirmed, ...fr.quotes.reporting];
    for (const p of all) expect(() => compilePattern(p)).not.toThrow();
    for (const t of fr.events.triggers) expect(PLOVER_TYPES).toContain(t.plover);
  });

  it('know the verbs, nouns and light verbs of a French dispatch', () => {
    expect(plovers('Les jihadistes ont pilonné Gao.')).toEqual(['ASSAULT/shelling']);
    expect(plovers('Les jihadistes ont mené un attentat-suicide à Gao.')).toEqual(['ASSAULT/suicide']);
    expect(plovers('Les jihadistes se sont retirés de Gao.')).toEqual(['RETREAT']);
    expect(plovers('Les jihadistes ont pillé des entrepôts à Gao.')).toEqual(['COERCE/looting']);
    expect(plovers('Les jihadistes ont enlevé trois employés à Gao.')).toEqual(['ASSAULT/abduction']);
    expect(plovers('Les jihadistes ont manifesté à Gao.')).toEqual(['PROTEST']);
  });

  it('make no event from look-alike words', () => {
    expect(plovers('Les combattants jihadistes sont nombreux à Gao.')).toEqual([]);
    expect(plovers("À plusieurs reprises, les jihadistes ont visité des marchés à Gao.")).toEqual(['CONSULT']);
    expect(plovers('La situation reste critique à Gao, où le désert avance.')).toEqual([]);
  });
});

describe('fr weapons supplied or described', () => {
  it('reads supplying weapons as aid, and a weapon described by its use as no strike', () => {
    expect(plovers('Les jihadistes ont livré des roquettes à leurs alliés de Gao.')).toEqual(['AID']);
    expect(plovers('Les roquettes utilisées contre Gao venaient de loin.')).toEqual([]);
    expect(plovers('Les jihadistes ont tiré des roquettes sur Gao.')).toEqual(['ASSAULT/shelling']);
  });

  it('reads who is supplied from « à », « aux » inside the phrase', () => {
    const supplied = [{ name: 'Niger', kind: 'state', forms: ['Le Niger'] }, { name: 'Groupe Y', kind: 'armed_group', forms: ['Groupe Y'] }];
    const doc = read('Le Niger a fourni au Groupe Y des munitions.', 'fr', { places, entities: supplied });
    const aid = doc.events.find((e) => e.plover === 'AID')!;
    expect([aid.actor1, aid.actor2].map((id) => doc.entities.find((e) => e.id === id)?.name)).toEqual(['Niger', 'Groupe Y']);
  });
});

describe('fr requests and demands', () => {
  it('reads who is asked after « à », « au », « aux »', () => {
    const sides = [{ name: 'Niger', kind: 'state', forms: ['Le Niger'] }, { name: 'Groupe Y', kind: 'armed_group', forms: ['Groupe Y'] }];
    for (const text of ['Le Niger a demandé au Groupe Y de quitter Gao.', 'Le Niger a réclamé au Groupe Y la libération des otages.']) {
      const doc = read(text, 'fr', { places, entities: sides });
      const asked = doc.events[0];
      expect([asked.plover, ...[asked.actor1, asked.actor2].map((id) => doc.entities.find((e) => e.id === id)?.name)]).toEqual([text.includes('demandé') ? 'REQUEST' : 'DEMAND', 'Niger', 'Groupe Y']);
    }
  });
});

describe('fr venues and topics', () => {
  it('places a meeting where it is held, not where the situation it discusses lies', () => {
    const at = (text: string) => read(text, 'fr', { places: [...places, { name: 'Niamey', kind: 'city', lat: 13.51, lon: 2.11, forms: ['Niamey'] }], entities }).events.map((e) => e.place);
    expect(at('Les jihadistes se sont réunis jeudi pour examiner la situation à Gao.')).toEqual([null]);
    expect(at('Les jihadistes se sont réunis jeudi à Niamey pour examiner la situation à Gao.')).not.toEqual([null]);
  });
});

describe('fr participles and adjectives in -ite', () => {
  const actors = (text: string) => {
    const doc = read(text, 'fr', { places, entities });
    const name = (id: string | null) => doc.entities.find((e) => e.id === id)?.name ?? null;
    return doc.events.map((e) => [e.plover, name(e.actor1), name(e.actor2)]);
  };

  it('reads a noun trigger\'s agent after a demonym in -ite, not a participle\'s', () => {
    expect(actors("On a appris l'arrestation de trois commerçants chiites par les jihadistes à Gao.")).toEqual([['COERCE', 'Groupe X', 'Civilians']]);
  });

  it('still reads a participle in -it as describing its noun', () => {
    expect(actors('Les ponts détruits par les jihadistes à Gao restent fermés.')).toEqual([]);
  });
});
