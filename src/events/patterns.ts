// Token patterns: the small language that quote, event and claim lexicons are written in.
// A pattern is lower-case words separated by spaces, matched against consecutive tokens:
//   `frapp*`          a word starting with "frapp"
//   `a|ont|avait`     any one of the alternatives (each may end in *)
//   `..` / `..5`      a gap of up to 3 (or 5) tokens, for light-verb patterns ("tomb* .. aux mains")
// Apostrophes are written either way: the elided token "qu’" matches "qu'".
import type { Token } from '../core/doc.js';
import { memo } from '../core/memo.js';
import { partitionPoint } from '../core/search.js';

interface Word {
  readonly exact: ReadonlySet<string>;
  readonly prefixes: readonly string[];
}
type Element = { readonly word: Word } | { readonly gap: number };

export interface Pattern {
  readonly source: string;
  readonly elements: readonly Element[];
}

export interface Match {
  readonly pattern: Pattern;
  /** First token and one past the last token of the match. */
  readonly first: number;
  readonly end: number;
  /** The tokens the words matched (gaps excluded). */
  readonly hits: readonly number[];
}

const DEFAULT_GAP = 3;

export const normToken = (s: string): string => s.toLowerCase().replace(/’/g, "'");

function compileWord(source: string): Word {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const alt of source.split('|')) {
    const a = normToken(alt);
    if (a.endsWith('*') && a.length > 1) prefixes.push(a.slice(0, -1));
    else exact.add(a);
  }
  return { exact, prefixes };
}

export function compilePattern(source: string): Pattern {
  const elements: Element[] = source
    .trim()
    .split(/\s+/)
    .map((part) => (/^\.\.\d*$/.test(part) ? { gap: part.length > 2 ? Number(part.slice(2)) : DEFAULT_GAP } : { word: compileWord(part) }));
  if (!elements.length || !('word' in elements[0]) || !('word' in elements[elements.length - 1])) {
    throw new Error(`token pattern "${source}" must start and end with a word`);
  }
  return { source, elements };
}

function wordMatches(word: Word, lower: string): boolean {
  if (word.exact.has(lower)) return true;
  for (const p of word.prefixes) if (lower.startsWith(p)) return true;
  return false;
}

/** Matches `pattern` starting exactly at token `at`, not past token `limit`. */
export function matchAt(pattern: Pattern, lowers: readonly string[], at: number, limit: number): Match | null {
  // Most attempts fail on the first word: test it before allocating anything.
  const first = pattern.elements[0] as { word: Word };
  if (at >= limit || !wordMatches(first.word, lowers[at])) return null;
  const hits: number[] = [];
  const end = step(pattern.elements, 0, at, lowers, limit, hits);
  return end < 0 ? null : { pattern, first: at, end, hits };
}

/** Matches elements[el…] from token `pos`; returns the end token or -1. (No closure: this is hot.) */
function step(elements: readonly Element[], el: number, pos: number, lowers: readonly string[], limit: number, hits: number[]): number {
  if (el === elements.length) return pos;
  const e = elements[el];
  if ('gap' in e) {
    for (let skip = 0; skip <= e.gap && pos + skip < limit; skip++) {
      const end = step(elements, el + 1, pos + skip, lowers, limit, hits);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (pos >= limit || !wordMatches(e.word, lowers[pos])) return -1;
  hits.push(pos);
  const end = step(elements, el + 1, pos + 1, lowers, limit, hits);
  if (end < 0) hits.pop();
  return end;
}

interface Entry<T> {
  readonly pattern: Pattern;
  readonly value: T;
  /** Its place in the set: between equal matches the earlier entry wins. */
  readonly n: number;
}

/** Where each word of a token list occurs: built once per list and shared by every pattern set. */
interface WordIndex {
  /** Each distinct word's number, and each token's. */
  readonly ids: ReadonlyMap<string, number>;
  readonly idOf: Int32Array;
  /** The tokens of word k, ascending: `tokens[from[k]]` up to `tokens[from[k + 1]]`. */
  readonly from: Int32Array;
  readonly tokens: Int32Array;
  /** The distinct words by their first two code units, for prefix look-ups. */
  readonly byKey: ReadonlyMap<number, readonly string[]>;
}

/** A word's first two code units as one number (a one-letter word has its own keys). */
const keyOf = (word: string) => word.charCodeAt(0) * 0x10000 + (word.charCodeAt(1) || 0);

function wordIndexOf(lowers: readonly string[]): WordIndex {
  return memo(lowers, wordIndexOf, indexWords);
}

function indexWords(lowers: readonly string[]): WordIndex {
  const ids = new Map<string, number>();
  const byKey = new Map<number, string[]>();
  const idOf = new Int32Array(lowers.length);
  for (let i = 0; i < lowers.length; i++) {
    let id = ids.get(lowers[i]);
    if (id === undefined) {
      ids.set(lowers[i], (id = ids.size));
      const words = byKey.get(keyOf(lowers[i]));
      if (words) words.push(lowers[i]);
      else byKey.set(keyOf(lowers[i]), [lowers[i]]);
    }
    idOf[i] = id;
  }
  // A counting sort of the tokens by word.
  const from = new Int32Array(ids.size + 1);
  for (let i = 0; i < lowers.length; i++) from[idOf[i] + 1]++;
  for (let k = 0; k < ids.size; k++) from[k + 1] += from[k];
  const next = from.slice(0, ids.size);
  const tokens = new Int32Array(lowers.length);
  for (let i = 0; i < lowers.length; i++) tokens[next[idOf[i]]++] = i;
  return { ids, idOf, from, tokens, byKey };
}

/** The tokens of one list where a set's patterns can start, and the entries whose first word fits each word there (in set order). */
interface Starts<T> {
  readonly positions: Int32Array;
  readonly byWord: ReadonlyMap<number, readonly Entry<T>[]>;
  readonly idOf: Int32Array;
  /** Scans already made, by range: the engines ask for the same sentence often. */
  readonly scans: Map<number, (Match & { value: T })[]>;
}

/** Shared by the sets that cannot start anywhere in a list: nothing may be written to it. */
const NO_STARTS: Starts<never> = Object.freeze({ positions: new Int32Array(0), byWord: new Map(), idOf: new Int32Array(0), scans: new Map() });

/** Index of the first of the sorted `items` that is not below `x`. */
const lowerBound = (items: Int32Array, x: number) => partitionPoint(items.length, (i) => items[i] < x);

/**
 * A set of patterns, looked up by the first word of each pattern: once per token list, the set
 * finds the tokens where one of its patterns can start (from the list's word index), so a scan
 * visits only those tokens instead of trying every pattern at every token.
 */
export class PatternSet<T> {
  /** Entries by exact first word, and by first-word prefix ("frapp*"), each list in set order. */
  private readonly exact = new Map<string, Entry<T>[]>();
  private readonly prefixes = new Map<string, Entry<T>[]>();

  constructor(entries: Iterable<readonly [string, T]>) {
    let n = 0;
    for (const [source, value] of entries) {
      const pattern = compilePattern(source);
      const entry = { pattern, value, n: n++ };
      const first = (pattern.elements[0] as { word: Word }).word;
      for (const w of first.exact) push(this.exact, w, entry);
      for (const w of first.prefixes) push(this.prefixes, w, entry);
    }
  }

  private startsOf(lowers: readonly string[]): Starts<T> {
    return memo(lowers, this, this.findStarts);
  }

  /** Made once per set (not per call), as `memo` wants a function of the list alone. */
  private readonly findStarts = (lowers: readonly string[]): Starts<T> => {
    const index = wordIndexOf(lowers);
    // The distinct words that can start a pattern, with their entries.
    const byWord = new Map<number, readonly Entry<T>[]>();
    // Walk whichever is smaller: the set's first words or the list's distinct words.
    if (this.exact.size < index.ids.size) {
      for (const [word, list] of this.exact) {
        const id = index.ids.get(word);
        if (id !== undefined) addEntries(byWord, id, list);
      }
    } else {
      for (const [word, id] of index.ids) {
        const list = this.exact.get(word);
        if (list) addEntries(byWord, id, list);
      }
    }
    for (const [prefix, list] of this.prefixes) {
      const candidates = prefix.length >= 2 ? (index.byKey.get(keyOf(prefix)) ?? []) : index.ids.keys();
      for (const word of candidates) if (word.startsWith(prefix)) addEntries(byWord, index.ids.get(word)!, list);
    }
    if (!byWord.size) return NO_STARTS;
    let count = 0;
    for (const id of byWord.keys()) count += index.from[id + 1] - index.from[id];
    const positions = new Int32Array(count);
    let n = 0;
    for (const id of byWord.keys()) for (let k = index.from[id]; k < index.from[id + 1]; k++) positions[n++] = index.tokens[k];
    // A typed array sorts as numbers.
    positions.sort();
    return { positions, byWord, idOf: index.idOf, scans: new Map() };
  };

  /** The best match starting at token `at`, if any. */
  longestAt(lowers: readonly string[], at: number, limit: number): (Match & { value: T }) | null {
    const { positions, byWord, idOf } = this.startsOf(lowers);
    return positions[lowerBound(positions, at)] === at ? best(byWord.get(idOf[at])!, lowers, at, limit) : null;
  }

  /** The best match at the first token of [from, to) where one starts, not past token `limit`. */
  firstIn(lowers: readonly string[], from: number, to: number, limit: number): (Match & { value: T }) | null {
    const { positions, byWord, idOf } = this.startsOf(lowers);
    for (let k = lowerBound(positions, from); k < positions.length && positions[k] < to; k++) {
      const m = best(byWord.get(idOf[positions[k]])!, lowers, positions[k], limit);
      if (m) return m;
    }
    return null;
  }

  /** The best match at the last token of [from, to) where one starts, not past token `limit`. */
  lastIn(lowers: readonly string[], from: number, to: number, limit: number): (Match & { value: T }) | null {
    const { positions, byWord, idOf } = this.startsOf(lowers);
    for (let k = lowerBound(positions, to) - 1; k >= 0 && positions[k] >= from; k--) {
      const m = best(byWord.get(idOf[positions[k]])!, lowers, positions[k], limit);
      if (m) return m;
    }
    return null;
  }

  /** Non-overlapping longest matches, left to right, in tokens [from, to). */
  scan(lowers: readonly string[], from: number, to: number): (Match & { value: T })[] {
    const { positions, byWord, idOf, scans } = this.startsOf(lowers);
    // Nothing to remember where nothing can start (the empty starts are shared).
    if (!positions.length) return [];
    // A small integer for the lists of news articles (to ≤ length), so the memo needs no boxed numbers.
    const key = from * (lowers.length + 1) + to;
    const known = scans.get(key);
    if (known) return known;
    const out: (Match & { value: T })[] = [];
    let next = from;
    for (let k = lowerBound(positions, from); k < positions.length && positions[k] < to; k++) {
      if (positions[k] < next) continue;
      const m = best(byWord.get(idOf[positions[k]])!, lowers, positions[k], to);
      if (m) {
        out.push(m);
        next = m.end;
      }
    }
    scans.set(key, out);
    return out;
  }

  /** Whether any pattern matches in tokens [from, to). */
  some(lowers: readonly string[], from: number, to: number): boolean {
    const { positions, byWord, idOf } = this.startsOf(lowers);
    for (let k = lowerBound(positions, from); k < positions.length && positions[k] < to; k++) {
      if (best(byWord.get(idOf[positions[k]])!, lowers, positions[k], to)) return true;
    }
    return false;
  }

  /** Whether a match of the scan of [from, to) ends exactly at token `end`. */
  endsAt(lowers: readonly string[], from: number, to: number, end: number): boolean {
    return this.scan(lowers, from, to).some((m) => m.end === end);
  }
}

function push<E>(map: Map<string, E[]>, key: string, entry: E): void {
  const list = map.get(key);
  if (!list) map.set(key, [entry]);
  else if (list.at(-1) !== entry) list.push(entry);
}

/** A word can fit a pattern twice ("frappe|frapp*"): its entries are merged. */
function addEntries<T>(byWord: Map<number, readonly Entry<T>[]>, id: number, list: readonly Entry<T>[]): void {
  const known = byWord.get(id);
  byWord.set(id, known ? union(known, list) : list);
}

/** Two entry lists as one, in set order, each entry once ("frappe|frapp*" fits one word twice). */
function union<T>(a: readonly Entry<T>[], b: readonly Entry<T>[]): Entry<T>[] {
  return [...new Set([...a, ...b])].sort((x, y) => x.n - y.n);
}

/** The longest match at `at` among entries whose first word fits there; between equals, the longer pattern, then the earlier. */
function best<T>(entries: readonly Entry<T>[], lowers: readonly string[], at: number, limit: number): (Match & { value: T }) | null {
  let found: Match | null = null;
  let value: T | undefined;
  for (const entry of entries) {
    const m = matchAt(entry.pattern, lowers, at, limit);
    if (m && (!found || m.end - m.first > found.end - found.first || (m.end - m.first === found.end - found.first && m.pattern.source.length > found.pattern.source.length))) {
      found = m;
      value = entry.value;
    }
  }
  return found && { pattern: found.pattern, first: found.first, end: found.end, hits: found.hits, value: value as T };
}

/** A PatternSet of plain patterns with no values. */
export function patternSet(sources: readonly string[]): PatternSet<true> {
  return new PatternSet(sources.map((s) => [s, true] as const));
}

/** Lower-cased, apostrophe-normalised token texts, the form patterns match against (once per token list). */
export function lowersOf(tokens: readonly Token[]): readonly string[] {
  // A token's `lower` is already lower case: only a curly apostrophe needs rewriting.
  return memo(tokens, lowersOf, () => tokens.map((t) => (t.lower.includes('’') ? t.lower.replace(/’/g, "'") : t.lower)));
}
