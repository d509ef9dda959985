import { describe, expect, it } from 'vitest';
import { mapped } from '../../src/core/arrays.js';

describe('mapped', () => {
  it('gives what map gives, items with their index, in order', () => {
    const words = ['Alep', 'Homs', 'Idlib'];
    expect(mapped(words, (w, i) => `${i}:${w}`)).toEqual(words.map((w, i) => `${i}:${w}`));
    expect(mapped([], (w: string) => w.length)).toEqual([]);
  });
});
