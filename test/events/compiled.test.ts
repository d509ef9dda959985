import { describe, expect, it } from 'vitest';
import { compileEvents, isTrigger } from '../../src/events/compiled.js';
import { getPack } from '../../src/lang/index.js';

const lowers = (s: string) => s.toLowerCase().split(' ');

describe('the compiled trigger set', () => {
  it('matches a phrase that names no happening over the trigger inside it, as no trigger', () => {
    const { triggers } = compileEvents(getPack('en'));
    const words = lowers('no market has opened since the clashes erupted and rebels attacked a convoy');
    const found = triggers.scan(words, 0, words.length);
    expect(found.filter((m) => !isTrigger(m)).map((m) => words.slice(m.first, m.end).join(' '))).toEqual(['since the clashes erupted']);
    expect(found.filter(isTrigger).map((m) => [words[m.first], m.value.plover])).toEqual([['attacked', 'ASSAULT']]);
  });
});
