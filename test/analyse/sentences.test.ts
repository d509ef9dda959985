import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/analyse/tokens.js';
import { splitSentences } from '../../src/analyse/sentences.js';
import { fr } from '../../src/lang/fr/index.js';
import { en } from '../../src/lang/en/index.js';
import type { LanguagePack } from '../../src/lang/types.js';

function split(text: string, pack: LanguagePack): string[] {
  const tokens = tokenize(text, pack.tokens);
  const blocks = [{ kind: 'paragraph' as const, text, start: 0, end: text.length }];
  return splitSentences(text, tokens, blocks, pack.tokens).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('does not end a sentence at an abbreviation or an initial', () => {
    expect(split('M. Dupont est arrivé. Il a parlé à J. Kerry hier.', fr)).toEqual(['M. Dupont est arrivé.', 'Il a parlé à J. Kerry hier.']);
    expect(split('Mr. Smith met U.S. officials. They left.', en)).toEqual(['Mr. Smith met U.S. officials.', 'They left.']);
  });

  it('keeps a closing quote with its sentence', () => {
    expect(split('Il a dit « Assez. » Puis il est parti.', fr)).toEqual(['Il a dit « Assez. »', 'Puis il est parti.']);
  });

  it('treats blank lines as boundaries', () => {
    expect(split('Un titre sans point\n\nLe corps commence ici.', fr)).toEqual(['Un titre sans point', 'Le corps commence ici.']);
  });
});
