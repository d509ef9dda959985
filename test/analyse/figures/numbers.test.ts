import { describe, expect, it } from 'vitest';
import { parseNumber, type NumberLexicon } from '../../../src/analyse/figures/numbers.js';

// A toy pack: the engine must not depend on any real language's words.
const toy: NumberLexicon = {
  decimal: ',',
  words: { uno: 1, duo: 2, tres: 3, dek: 10, 'dek-duo': 12, cento: 100, mil: 1000 },
  joiners: ['kaj'],
  scales: { megas: 1e6 },
};

describe('parseNumber', () => {
  it('reads digits with grouping and the pack decimal mark', () => {
    expect(parseNumber('20 000', toy)).toBe(20000);
    expect(parseNumber('20\u202f000', toy)).toBe(20000);
    expect(parseNumber("1.200", toy)).toBe(1200);
    expect(parseNumber('2,5', toy)).toBe(2.5);
    expect(parseNumber('2,5 megas', toy)).toBe(2500000);
  });
  it('reads number words, compounds first', () => {
    expect(parseNumber('tres cento kaj duo', toy)).toBe(302);
    expect(parseNumber('dek-duo', toy)).toBe(12);
    expect(parseNumber('duo mil', toy)).toBe(2000);
  });
  it('returns null for words it does not know', () => {
    expect(parseNumber('duo bananas', toy)).toBeNull();
  });
});
