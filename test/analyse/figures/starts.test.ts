// The figures engine runs its regex only from tokens a figure can begin with: a number, a number
// word, a vague count or a bound. Each kind of start still reads.
import { describe, expect, it } from 'vitest';
import { read } from '../entities/read.js';

const figures = (lang: string, text: string) => read(lang, text).figures.map((f) => [f.text, f.value, f.approx]);

describe('figure starts', () => {
  it('reads figures that begin with a bound, a range lead, a vague count or a number word', () => {
    expect(figures('fr', 'Au-delà de 300 soldats ont été tués, entre 10 et 20 civils blessés et vingt et un soldats capturés.')).toEqual([
      ['Au-delà de 300 soldats', 300, 'more_than'],
      ['entre 10 et 20 civils', 10, 'range'],
      ['vingt et un soldats', 21, 'exact'],
    ]);
    expect(figures('en', 'At least 12 soldiers were killed and dozens of civilians wounded, about forty people fled.')).toEqual([
      ['At least 12 soldiers', 12, 'at_least'],
      ['dozens of civilians', 24, 'at_least'],
      ['about forty people', 40, 'about'],
    ]);
  });

  it('reads a hyphenated number word, one token, as its number', () => {
    expect(figures('fr', 'Vingt-deux civils ont été tués et quatre-vingt-dix familles déplacées.')).toEqual([
      ['Vingt-deux civils', 22, 'exact'],
      ['quatre-vingt-dix familles', 90, 'exact'],
    ]);
    expect(figures('en', 'Forty-five people were killed.')).toEqual([['Forty-five people', 45, 'exact']]);
  });
});
