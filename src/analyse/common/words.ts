// Regexes built from pack word lists: longest alternative first, apostrophes and hyphens
// written either way, and Unicode word boundaries (\b knows only ASCII).
import type { Token } from '../../core/doc.js';
import { memo } from '../../core/memo.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One alternation matching any of the phrases, longest first; spaces match any run of whitespace. */
export function alternation(phrases: Iterable<string>): string {
  const sorted = [...new Set(phrases)].filter((p) => p.length > 0).sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return '(?!)';
  return `(?:${sorted
    .map((p) => escape(p).replace(/['’]/g, "['’]").replace(/\s+/g, '\\s+').replace(/(?<=\p{L})[-‐‑](?=\p{L})/gu, '[-‐‑\\s]?'))
    .join('|')})`;
}

export const WORD_START = '(?<![\\p{L}\\p{M}\\p{Nd}])';
export const WORD_END = '(?![\\p{L}\\p{M}\\p{Nd}])';

/** A global, case-insensitive Unicode regex for `source` between word boundaries. */
export function wordRegex(source: string): RegExp {
  return new RegExp(`${WORD_START}${source}${WORD_END}`, 'giu');
}

/** Lower case with one apostrophe and collapsed spaces, the form lexicon keys are stored in. */
export function normal(s: string): string {
  return normalLower(s.toLowerCase());
}

/** `normal` of a string already in lower case. */
function normalLower(lower: string): string {
  // Most tokens are plain words: skip the rewrites.
  if (!ODD.test(lower)) return lower;
  return lower.replace(/’/g, "'").replace(/[‐‑]/g, '-').replace(/\s+/g, ' ').trim();
}
const ODD = /[’‐‑\s]/;

/** Every token's `normal` form, computed once per token list: the stages all ask for it. */
export function normalsOf(tokens: readonly Token[]): readonly string[] {
  return memo(tokens, normalsOf, () => tokens.map((t) => normalLower(t.lower)));
}
