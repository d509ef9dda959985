// Tokenizer: words (with inner hyphens), numbers (with thousands separators and decimals),
// punctuation. Elided prefixes (fr: l', qu') and clitic suffixes (en: 's) come from the pack.
import type { Token, TokenKind } from '../core/doc.js';

export interface TokenLexicon {
  /** Prefixes written with an apostrophe and split off the word that follows (fr "l", "qu"). */
  readonly elisions: readonly string[];
  /** Suffixes split off the word before them (en "'s", "n't"). */
  readonly clitics: readonly string[];
  /** Abbreviations whose period does not end a sentence ("M.", "Mr."). */
  readonly abbreviations: readonly string[];
}

// A number keeps its grouping (20 000, 20,000, 20 000) and decimals (2,5 / 2.5).
const NUMBER = String.raw`\p{Nd}+(?:[\u00a0\u202f\u2009 ,.]\p{Nd}{3}(?!\p{Nd}))*(?:[.,]\p{Nd}+)?`;
const WORD = String.raw`[\p{L}\p{M}][\p{L}\p{M}\p{Nd}]*(?:['’][\p{L}\p{M}]+)*(?:[-‐‑][\p{L}\p{M}\p{Nd}]+(?:['’][\p{L}\p{M}]+)*)*`;
const TOKEN_RE = new RegExp(`(${NUMBER})|(${WORD})|(\\p{P})|(\\S)`, 'gu');
const APOSTROPHE = /['’]/;
/** Sticky, so testing the character after a token allocates nothing. */
const SPACE_AT = /\s/y;

const spaceAt = (text: string, at: number): boolean => {
  SPACE_AT.lastIndex = at;
  return SPACE_AT.test(text);
};

export function tokenize(text: string, lexicon: TokenLexicon): Token[] {
  const elisions = new Set(lexicon.elisions);
  const clitics = lexicon.clitics;
  const tokens: Token[] = [];
  const push = (start: number, end: number, kind: TokenKind) => {
    const t = text.slice(start, end);
    tokens.push({ start, end, text: t, lower: t.toLowerCase(), kind, space: spaceAt(text, end) });
  };
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1]) push(start, end, 'number');
    else if (m[2]) splitWord(m[0], start, elisions, clitics, push);
    else push(start, end, m[3] ? 'punct' : 'symbol');
  }
  return tokens;
}

function splitWord(
  word: string,
  start: number,
  elisions: ReadonlySet<string>,
  clitics: readonly string[],
  push: (start: number, end: number, kind: TokenKind) => void,
): void {
  let from = 0;
  // Elided prefixes: "qu'elle" → "qu'" + "elle"; "aujourd'hui" stays whole.
  for (let apo = word.search(APOSTROPHE); apo > 0; apo = word.slice(from).search(APOSTROPHE)) {
    const at = from + apo;
    if (!elisions.has(word.slice(from, at).toLowerCase())) break;
    push(start + from, start + at + 1, 'word');
    from = at + 1;
  }
  let to = word.length;
  // Packs without clitics (fr) skip the lower-casing of every word.
  const rest = clitics.length ? word.slice(from).toLowerCase().replaceAll('’', "'") : '';
  for (const clitic of clitics) {
    if (rest.length > clitic.length && rest.endsWith(clitic)) {
      to = word.length - clitic.length;
      break;
    }
  }
  if (to > from) push(start + from, start + to, 'word');
  if (to < word.length) push(start + to, start + word.length, 'word');
}
