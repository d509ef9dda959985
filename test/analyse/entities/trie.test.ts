import { describe, expect, it } from 'vitest';
import { PhraseTrie } from '../../../src/analyse/entities/trie.js';
import { tokenize, type TokenLexicon } from '../../../src/analyse/tokens.js';
import { normalsOf } from '../../../src/analyse/common/words.js';

const lexicon: TokenLexicon = { elisions: ['l'], clitics: [], abbreviations: [] };
/** The phrases of `trie` that start at token `i` of `text`. */
const matchesAt = <T>(trie: PhraseTrie<T>, text: string, i: number) => {
  const tokens = tokenize(text, lexicon);
  return trie.matchAt(tokens, normalsOf(tokens), i);
};

describe('PhraseTrie', () => {
  const trie = new PhraseTrie<string>(lexicon);
  trie.add('Gondor', 'state');
  trie.add('armée de Gondor', 'military');
  trie.add('GA', 'acronym');
  trie.add("de l'", 'link');
  it('returns every phrase starting at a token, longest first', () => {
    expect(matchesAt(trie, "l'armée de Gondor", 1)).toEqual([{ value: 'military', end: 4 }]);
    expect(matchesAt(trie, "l'armée de Gondor", 3)).toEqual([{ value: 'state', end: 4 }]);
  });
  it('checks case: acronyms exactly, proper names capitalised', () => {
    expect(matchesAt(trie, 'ga', 0)).toEqual([]);
    expect(matchesAt(trie, 'gondor', 0)).toEqual([]);
    expect(matchesAt(trie, 'GA', 0)).toEqual([{ value: 'acronym', end: 1 }]);
  });
  it('matches an elided word as the text tokenises it', () => {
    expect(matchesAt(trie, "de l'ouest", 0)).toEqual([{ value: 'link', end: 2 }]);
  });
});
