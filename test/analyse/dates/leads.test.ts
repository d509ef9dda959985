// A lead ("le", "on", "in") starts a date only before a date word or a number; the engine skips the
// rules at a lead that nothing of the kind follows, and must still read every lead that does.
import { describe, expect, it } from 'vitest';
import { read } from '../entities/read.js';

const spans = (lang: string, text: string) => read(lang, text, '2023-05-12').dates.map((d) => [d.text, d.date]);

describe('dates after a lead', () => {
  it('keeps the lead before a month, a weekday, a modifier or a number', () => {
    expect(spans('en', 'Talks resumed on Monday in Geneva, in March the army left, and on 3 May in 2019 terms.')).toEqual([
      ['on Monday', '2023-05-08'],
      ['in March', '2023-03'],
      ['on 3 May', '2023-05-03'],
      ['in 2019', '2019'],
    ]);
    expect(spans('fr', "L'armée est entrée dès le 5 mai, puis le mardi suivant, et en mars dernier dans la ville.")).toEqual([
      ['dès le 5 mai', '2023-05-05'],
      ['le mardi', '2023-05-09'],
      ['en mars dernier', '2023-03'],
    ]);
  });
  it('reads no date at a lead that no date word follows', () => {
    expect(spans('en', 'He lived in the city and relied on the mayor.')).toEqual([]);
    expect(spans('fr', 'Le maire en a parlé le soir même.')).toEqual([]);
  });
});
