import { describe, expect, it } from 'vitest';
import { PhraseTrie } from '../../../src/analyse/entities/trie.js';
import { tokenize, type TokenLexicon } from '../../../src/analyse/tokens.js';

const lexicon: TokenLexicon = { elisions: ['l'], clitics: [], abbreviations: [] };

describe('PhraseTrie', () => {
  const trie = new PhraseTrie<string>(lexicon);
  trie.add('Gondor', 'state');
  trie.add('armée de Gondor', 'military');
  trie.add('GA', 'acronym');
  trie.add("de l'", 'link');
  it('returns every phrase starting at a token, longest first', () => {
    const tokens = tokenize("l'armée de Gondor", lexicon);
    expect(trie.matchAt(tokens, 1)).toEqual([{ value: 'military', end: 4 }]);
    expect(trie.matchAt(tokens, 3)).toEqual([{ value: 'state', end: 4 }]);
  });
  it('checks case: acronyms exactly, proper names capitalised', () => {
    expect(trie.matchAt(tokenize('ga', lexicon), 0)).toEqual([]);
    expect(trie.matchAt(tokenize('gondor', lexicon), 0)).toEqual([]);
    expect(trie.matchAt(tokenize('GA', lexicon), 0)).toEqual([{ value: 'acronym', end: 1 }]);
  });
  it('matches an elided word as the text tokenises it', () => {
    expect(trie.matchAt(tokenize("de l'ouest", lexicon), 0)).toEqual([{ value: 'link', end: 2 }]);
  });
});
