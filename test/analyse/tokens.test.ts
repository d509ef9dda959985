import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/analyse/tokens.js';
import { fr } from '../../src/lang/fr/index.js';
import { en } from '../../src/lang/en/index.js';
import type { Token } from '../../src/core/doc.js';

const texts = (text: string, pack = fr) => tokenize(text, pack.tokens).map((t) => t.text);

describe('tokenize', () => {
  it('splits French elisions but keeps hyphenated names whole', () => {
    expect(texts("qu'elle enverrait des renforts vers Alep-Est")).toEqual(["qu'", 'elle', 'enverrait', 'des', 'renforts', 'vers', 'Alep-Est']);
    expect(texts('l’armée syrienne')).toEqual(['l’', 'armée', 'syrienne']);
    expect(texts("aujourd'hui")).toEqual(["aujourd'hui"]);
  });

  it('keeps grouped numbers and decimals in one token', () => {
    expect(texts('plus de 20 000 personnes, 2,5 km et 90 %')).toEqual(['plus', 'de', '20 000', 'personnes', ',', '2,5', 'km', 'et', '90', '%']);
    expect(texts('more than 20,000 people', en)).toEqual(['more', 'than', '20,000', 'people']);
  });

  it('splits English clitics', () => {
    expect(texts("Russia's army didn't", en)).toEqual(['Russia', "'s", 'army', 'did', "n't"]);
  });

  it('splits an elision or a clitic whose apostrophe lies past a hyphen, and nothing from a word without one', () => {
    expect(texts("the ex-minister's aide", en)).toEqual(['the', 'ex-minister', "'s", 'aide']);
    expect(texts("l'ex-ministre Port-d’Ouessant")).toEqual(["l'", 'ex-ministre', 'Port-d’Ouessant']);
    expect(texts('ls nt s', en)).toEqual(['ls', 'nt', 's']);
  });

  it('gives offsets that index the text', () => {
    const text = "L'OSDH indique que l’offensive a été lancée.";
    for (const t of tokenize(text, fr.tokens)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('reads Unicode like its documented regex: other scripts, marks, astral digits, lone surrogates, symbols', () => {
    expect(texts('Дамаск ٣ ٠٠٠ ١٢ km')).toEqual(['Дамаск', '٣ ٠٠٠', '١٢', 'km']);
    expect(texts('𝟙𝟚 e\u0301lu 😀x \ud800')).toEqual(['𝟙𝟚', 'e\u0301lu', '😀', 'x', '\ud800']);
    expect(tokenize('F-16 « 14h30 » $5', fr.tokens).map((t) => [t.text, t.kind])).toEqual([
      ['F-16', 'word'], ['«', 'punct'], ['14', 'number'], ['h30', 'word'], ['»', 'punct'], ['$', 'symbol'], ['5', 'number'],
    ]);
  });

  it('does not group a separator that is not followed by exactly three digits', () => {
    expect(texts('20 0000 et 1,23 et 7.')).toEqual(['20', '0000', 'et', '1,23', 'et', '7', '.']);
    expect(texts("l'-x d'' ’s-", en)).toEqual(['l', "'", '-', 'x', 'd', "'", "'", '’', 's', '-']);
  });

  it('agrees with the regex it replaces on random text', () => {
    // The scanner is a hand-written form of this regex (see tokens.ts): both must read the same tokens.
    const re = /(\p{Nd}+(?:[\u00a0\u202f\u2009 ,.]\p{Nd}{3}(?!\p{Nd}))*(?:[.,]\p{Nd}+)?)|([\p{L}\p{M}][\p{L}\p{M}\p{Nd}]*(?:['’][\p{L}\p{M}]+)*(?:[-‐‑][\p{L}\p{M}\p{Nd}]+(?:['’][\p{L}\p{M}]+)*)*)|(\p{P})|(\S)/gu;
    const pieces = ['a', 'É', '1', '٣', '𝟙', "'", '’', '-', '‐', ' ', '\u00a0', '\u202f', ',', '.', '«', '\n', 'İ', '😀', '\u0301', '$', 'qu', "n't", "'s"];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 150; n++) {
      let text = '';
      for (let k = 0; k < 12; k++) text += pieces[Math.floor(random() * pieces.length)];
      const spans = (tokens: Token[]) => tokens.map((t) => [t.start, t.end]);
      const whole = [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
      // Elisions and clitics only split words further: the regex's words are unions of tokens.
      const ours = spans(tokenize(text, { elisions: [], clitics: [], abbreviations: [] }));
      expect(ours, JSON.stringify(text)).toEqual(whole);
    }
  });

  it('gives number and punctuation tokens their own text as lower case, and words theirs lowered', () => {
    const [word, number, punct] = tokenize('ÉTAT 20,5 !', fr.tokens);
    expect([word.lower, number.lower, punct.lower]).toEqual(['état', '20,5', '!']);
  });
});

