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
