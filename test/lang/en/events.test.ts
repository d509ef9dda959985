import { describe, expect, it } from 'vitest';
import { en } from '../../../src/lang/en/index.js';
import { compilePattern } from '../../../src/events/patterns.js';
import { PLOVER_TYPES } from '../../../src/events/ontology.js';
import { read } from '../../events/read.js';

const places = [{ name: 'Kherson', kind: 'city', lat: 46.64, lon: 32.61, forms: ['Kherson'] }];
const entities = [{ name: 'Militia Y', kind: 'armed_group', forms: ['Militants', 'militants'] }];
const plovers = (text: string) => read(text, 'en', { places, entities }).events.map((e) => e.plover + (e.mode ? `/${e.mode}` : ''));

describe('en event, claim and quote lexicons', () => {
  it('are valid token patterns with PLOVER types', () => {
    const all = [...en.events.triggers.flatMap((t) => t.patterns), ...en.claims.according, ...en.claims.unconfirmed, ...en.quotes.reporting];
    for (const p of all) expect(() => compilePattern(p)).not.toThrow();
    for (const t of en.events.triggers) expect(PLOVER_TYPES).toContain(t.plover);
  });

  it('know the verbs, nouns and light verbs of an English dispatch', () => {
    expect(plovers('Militants shelled Kherson.')).toEqual(['ASSAULT/shelling']);
    expect(plovers('Militants detonated a car bomb in Kherson.')).toEqual(['ASSAULT/explosion']);
    expect(plovers('Militants withdrew from Kherson.')).toEqual(['RETREAT']);
    expect(plovers('Militants looted shops in Kherson.')).toEqual(['COERCE/looting']);
    expect(plovers('Militants kidnapped two aid workers in Kherson.')).toEqual(['ASSAULT/abduction']);
    expect(plovers('Militants took control of Kherson.')).toEqual(['ASSAULT']);
  });

  it('make no event from look-alike words', () => {
    expect(plovers('An urgent meeting of supporters is planned in Kherson.')).toEqual(['CONSULT']);
    expect(plovers('The weather in Kherson was calm.')).toEqual([]);
    expect(plovers('Militants called for a ceasefire in Kherson.')).toEqual(['REQUEST']);
  });
});
