// A phrase trie over tokens: every phrase a lexicon lists, tokenised as the text is, looked up
// from a position to every phrase that starts there. Case is checked per word: an acronym ("EI")
// must match exactly, a capitalised word ("Turkey") must be capitalised in the text.
import type { Token } from '../../core/doc.js';
import { tokenize, type TokenLexicon } from '../tokens.js';
import { normal } from '../common/words.js';

type CaseRule = 'exact' | 'upper' | 'any';

interface Node<T> {
  readonly next: Map<string, Node<T>>;
  readonly values: { value: T; cases: CaseRule[]; words: string[] }[];
}

export interface TrieMatch<T> {
  readonly value: T;
  /** Index one past the last token of the phrase. */
  readonly end: number;
}

// Not frozen: a frozen array would make the callers' loops polymorphic.
const NONE: readonly never[] = [];

export class PhraseTrie<T> {
  private readonly root: Node<T> = { next: new Map(), values: [] };

  constructor(private readonly lexicon: TokenLexicon) {}

  add(phrase: string, value: T): void {
    // An elided word ("l'", "d'") is a token only before another word.
    const elided = /['’]$/.test(phrase);
    const words = tokenize(elided ? phrase + 'x' : phrase, this.lexicon).slice(0, elided ? -1 : undefined);
    if (words.length === 0) return;
    let node = this.root;
    for (const w of words) {
      const key = normal(w.text);
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { next: new Map(), values: [] }));
      node = child;
    }
    const cases = words.map((w): CaseRule => (/^\p{Lu}[\p{Lu}\p{Nd}]+$/u.test(w.text) ? 'exact' : /^\p{Lu}/u.test(w.text) ? 'upper' : 'any'));
    node.values.push({ value, cases, words: words.map((w) => w.text) });
  }

  /** Every phrase starting at token `i`, longest first; `normals` is `normalsOf(tokens)`, passed in because this runs per token. */
  matchAt(tokens: readonly Token[], normals: readonly string[], i: number, limit = tokens.length): readonly TrieMatch<T>[] {
    // Most tokens start no phrase: answer them without allocating.
    if (i >= limit || !this.root.next.has(normals[i])) return NONE;
    const out: TrieMatch<T>[] = [];
    let node: Node<T> | undefined = this.root;
    for (let j = i; j < limit && node; j++) {
      node = node.next.get(normals[j]);
      if (!node) break;
      for (const v of node.values) if (casesHold(v.cases, v.words, tokens, i)) out.push({ value: v.value, end: j + 1 });
    }
    return out.reverse();
  }
}

function casesHold(cases: CaseRule[], words: string[], tokens: readonly Token[], i: number): boolean {
  for (let k = 0; k < cases.length; k++) {
    const c = cases[k];
    if (c === 'any') continue;
    const t = tokens[i + k].text;
    if (c === 'upper' ? !/^\p{Lu}/u.test(t) : t.replace(/’/g, "'") !== words[k].replace(/’/g, "'")) return false;
  }
  return true;
}
