import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/analyse/tokens.js';
import { fr } from '../../src/lang/fr/index.js';
import { en } from '../../src/lang/en/index.js';

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

  it('gives offsets that index the text', () => {
    const text = "L'OSDH indique que l’offensive a été lancée.";
    for (const t of tokenize(text, fr.tokens)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
