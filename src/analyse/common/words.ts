// Regexes built from pack word lists: longest alternative first, apostrophes and hyphens
// written either way, and Unicode word boundaries (\b knows only ASCII).
import type { Token } from '../../core/doc.js';
import { memo } from '../../core/memo.js';
import { escapeRegExp } from '../../core/regex.js';

/** One alternation matching any of the phrases, longest first; spaces match any run of whitespace. */
export function alternation(phrases: Iterable<string>): string {
  const sorted = [...new Set(phrases)].filter((p) => p.length > 0).sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return '(?!)';
  return `(?:${sorted
    .map((p) => escapeRegExp(p).replace(/['’]/g, "['’]").replace(/\s+/g, '\\s+').replace(/(?<=\p{L})[-‐‑](?=\p{L})/gu, '[-‐‑\\s]?'))
    .join('|')})`;
}

export const WORD_START = '(?<![\\p{L}\\p{M}\\p{Nd}])';
export const WORD_END = '(?![\\p{L}\\p{M}\\p{Nd}])';

/** A sticky, case-insensitive Unicode regex for `source` between word boundaries, run at chosen offsets (see anchored.ts). */
export function wordRegex(source: string): RegExp {
  return new RegExp(`${WORD_START}${source}${WORD_END}`, 'iuy');
}

/** Lower case with one apostrophe and collapsed spaces, the form lexicon keys are stored in. */
export function normal(s: string): string {
  return normalLower(s.toLowerCase());
}

/** `normal` of a string already in lower case. */
function normalLower(lower: string): string {
  // Most tokens are plain words: skip the rewrites.
  if (!hasOddChar(lower)) return lower;
  return lower.replace(/’/g, "'").replace(/[‐‑]/g, '-').replace(/\s+/g, ' ').trim();
}

/** Whether `s` holds a character `normalLower` rewrites: ’ ‐ ‑ or white space (\s). A loop: a regex test per token cost more. */
function hasOddChar(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x20 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : c >= 0xa0 && isOddAbove(c)) return true;
  }
  return false;
}
const isOddAbove = (c: number) =>
  c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2010 || c === 0x2011 || c === 0x2019 ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** Every token's `normal` form, computed once per token list: the stages all ask for it. */
export function normalsOf(tokens: readonly Token[]): readonly string[] {
  return memo(tokens, normalsOf, normalForms);
}

const normalForms = (tokens: readonly Token[]): string[] => tokens.map(normalOfToken);
const normalOfToken = (t: Token): string => normalLower(t.lower);
