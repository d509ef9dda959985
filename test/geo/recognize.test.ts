import { describe, expect, it } from 'vitest';
import { onlyComma } from '../../src/geo/recognize.js';

describe('onlyComma', () => {
  const text = 'Springfield, Illinois; Lyon ,\u00a0Rhône and Nice,Var or Paris Texas';
  const between = (a: string, b: string) => onlyComma(text, text.indexOf(a) + a.length, text.indexOf(b));

  it('is true for one comma between optional white space, Unicode spaces included', () => {
    expect(between('Springfield', 'Illinois')).toBe(true);
    expect(between('Lyon', 'Rhône')).toBe(true);
    expect(between('Nice', 'Var')).toBe(true);
  });

  it('is false without a comma, with anything else, or for an empty range', () => {
    expect(between('Illinois', 'Lyon')).toBe(false);
    expect(between('Paris', 'Texas')).toBe(false);
    expect(between('Rhône', 'Nice')).toBe(false);
    expect(onlyComma(', ,', 0, 3)).toBe(false);
    expect(onlyComma(text, 5, 5)).toBe(false);
  });
});
