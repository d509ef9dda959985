// Relative days and periods begin with a fixed phrase; the engine runs their rules at a first word
// ("the", "this", "ce") only when the word after it can go on with one, and must still read each.
import { describe, expect, it } from 'vitest';
import { read } from '../entities/read.js';

const spans = (lang: string, text: string) => read(lang, text, '2023-05-12').dates.map((d) => [d.text, d.date]);

describe('relative dates that begin with a common word', () => {
  it('reads them whatever follows the first word', () => {
    expect(spans('en', 'The day before yesterday the army left; this morning and last night it shelled the town this week.')).toEqual([
      ['The day before yesterday', '2023-05-10'],
      ['this morning', '2023-05-12'],
      ['last night', '2023-05-11'],
      ['this week', '2023-05'],
    ]);
    expect(spans('fr', "Cet après-midi, puis ce mois-ci et la veille, l'armée a tiré.")).toEqual([
      ['Cet après-midi', '2023-05-12'],
      ['ce mois-ci', '2023-05'],
      ['la veille', '2023-05-11'],
    ]);
  });
  it('reads nothing when the first word goes on otherwise', () => {
    expect(spans('en', 'The city said this road and the last bridge were shut.')).toEqual([]);
  });
  it('reads a relative day written as one hyphenated or elided token, with no other date word near', () => {
    expect(spans('fr', 'Trois civils ont été tués avant-hier à Gao.')).toEqual([['avant-hier', '2023-05-10']]);
    expect(spans('fr', 'Les renforts arriveront après-demain.')).toEqual([['après-demain', '2023-05-14']]);
    expect(spans('fr', "La ville est calme aujourd'hui.")).toEqual([["aujourd'hui", '2023-05-12']]);
  });
});
