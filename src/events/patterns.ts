// Token patterns: the small language that quote, event and claim lexicons are written in.
// A pattern is lower-case words separated by spaces, matched against consecutive tokens:
//   `frapp*`          a word starting with "frapp"
//   `a|ont|avait`     any one of the alternatives (each may end in *)
//   `..` / `..5`      a gap of up to 3 (or 5) tokens, for light-verb patterns ("tomb* .. aux mains")
// Apostrophes are written either way: the elided token "qu’" matches "qu'".
import type { Token } from '../core/doc.js';

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

/** Ranges this short are scanned directly rather than remembered. */
const SHORT_RANGE = 8;

const bucketKeys = new WeakMap<readonly string[], readonly string[]>();
/** Each token's first two letters, the key of the pattern buckets (computed once per token list). */
function keysOf(lowers: readonly string[]): readonly string[] {
  let keys = bucketKeys.get(lowers);
  if (!keys) bucketKeys.set(lowers, (keys = lowers.map((w) => w.slice(0, 2))));
  return keys;
}

/** A set of patterns indexed by the first letters of their first word, for fast scanning. */
export class PatternSet<T> {
  private readonly byKey = new Map<string, { pattern: Pattern; value: T }[]>();
  /** Scans already made over one token list, by range: the engines ask for the same sentence often. */
  private readonly memo = new WeakMap<readonly string[], Map<number, (Match & { value: T })[]>>();

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [source, value] of entries) {
      const pattern = compilePattern(source);
      const first = (pattern.elements[0] as { word: Word }).word;
      for (const w of [...first.exact, ...first.prefixes]) {
        const key = w.slice(0, 2);
        const list = this.byKey.get(key) ?? [];
        if (!list.some((x) => x.pattern === pattern)) list.push({ pattern, value });
        this.byKey.set(key, list);
      }
    }
  }

  /** The best match starting at token `at`, if any. */
  longestAt(lowers: readonly string[], at: number, limit: number): (Match & { value: T }) | null {
    let best: (Match & { value: T }) | null = null;
    const bucket = this.byKey.get(keysOf(lowers)[at]);
    if (!bucket) return null;
    for (const { pattern, value } of bucket) {
      const m = matchAt(pattern, lowers, at, limit);
      // The longest match wins; between equals, the more specific (longer) pattern.
      const better = m && (!best || m.end - m.first > best.end - best.first || (m.end - m.first === best.end - best.first && pattern.source.length > best.pattern.source.length));
      if (m && better) best = { ...m, value };
    }
    return best;
  }

  /** Non-overlapping longest matches, left to right, in tokens [from, to). */
  scan(lowers: readonly string[], from: number, to: number): (Match & { value: T })[] {
    let byRange = this.memo.get(lowers);
    if (!byRange) this.memo.set(lowers, (byRange = new Map()));
    const key = from * 1_000_003 + to;
    const known = byRange.get(key);
    if (known) return known;
    const out: (Match & { value: T })[] = [];
    for (let i = from; i < to; i++) {
      const m = this.longestAt(lowers, i, to);
      if (m) {
        out.push(m);
        i = m.end - 1;
      }
    }
    byRange.set(key, out);
    return out;
  }

  /** Whether any pattern matches in tokens [from, to). */
  some(lowers: readonly string[], from: number, to: number): boolean {
    if (to - from > SHORT_RANGE) return this.scan(lowers, from, to).length > 0;
    for (let i = from; i < to; i++) if (this.longestAt(lowers, i, to)) return true;
    return false;
  }

  /** Whether a match of the scan of [from, to) ends exactly at token `end`. */
  endsAt(lowers: readonly string[], from: number, to: number, end: number): boolean {
    return this.scan(lowers, from, to).some((m) => m.end === end);
  }
}

/** A PatternSet of plain patterns with no values. */
export function patternSet(sources: readonly string[]): PatternSet<true> {
  return new PatternSet(sources.map((s) => [s, true] as const));
}

const lowered = new WeakMap<readonly Token[], readonly string[]>();

/** Lower-cased, apostrophe-normalised token texts, the form patterns match against (once per token list). */
export function lowersOf(tokens: readonly Token[]): readonly string[] {
  let out = lowered.get(tokens);
  if (!out) lowered.set(tokens, (out = tokens.map((t) => normToken(t.text))));
  return out;
}
