import { describe, expect, it } from 'vitest';
import { normal, normalsOf } from '../../src/analyse/common/words.js';
import { tokenize } from '../../src/analyse/tokens.js';
import { fr } from '../../src/lang/fr/index.js';

/** What `normal` is defined to return: the rewrites applied to every string, odd or not. */
const rewritten = (s: string) => s.toLowerCase().replace(/’/g, "'").replace(/[‐‑]/g, '-').replace(/\s+/g, ' ').trim();

describe('normal', () => {
  it('rewrites curly apostrophes, Unicode hyphens and runs of white space', () => {
    expect(normal('Aujourd’hui')).toBe("aujourd'hui");
    expect(normal('Alep‑Est')).toBe('alep-est');
    expect(normal(' 20\u202f000\u00a0 morts ')).toBe('20 000 morts');
  });

  it('skips the rewrites only for strings they leave as they are, whatever the character', () => {
    for (let unit = 0; unit <= 0xffff; unit++) {
      const s = `a${String.fromCharCode(unit)}b`;
      expect(normal(s)).toBe(rewritten(s));
    }
  });

  it('gives every token its normal form, once per token list', () => {
    const tokens = tokenize("L’armée a tué 20\u00a0000 civils à Alep‑Est", fr.tokens);
    const normals = normalsOf(tokens);
    expect(normals).toEqual(tokens.map((t) => rewritten(t.text)));
    expect(normalsOf(tokens)).toBe(normals);
  });
});
