// Tokenizer: words (with inner hyphens), numbers (with thousands separators and decimals),
// punctuation. Elided prefixes (fr: l', qu') and clitic suffixes (en: 's) come from the pack.
// A hand-written scanner over character classes: it reads what the regex
//   number  \p{Nd}+(?:[\u00a0\u202f\u2009 ,.]\p{Nd}{3}(?!\p{Nd}))*(?:[.,]\p{Nd}+)?
//   word    [\p{L}\p{M}][\p{L}\p{M}\p{Nd}]*(?:['’][\p{L}\p{M}]+)*(?:[-‐‑][\p{L}\p{M}\p{Nd}]+(?:['’][\p{L}\p{M}]+)*)*
//   else    one punctuation mark (\p{P}) or one other non-space character
// would read, without a match object per token (the regex made this the costliest stage).
import type { Token, TokenKind } from '../core/doc.js';
import { oncePer } from '../core/memo.js';
import { CLASS_DIGIT, CLASS_LETTER, CLASS_PUNCT, CLASS_SPACE, classAt, classOfUnit } from './common/chars.js';

export interface TokenLexicon {
  /** Prefixes written with an apostrophe and split off the word that follows (fr "l", "qu"). */
  readonly elisions: readonly string[];
  /** Elisions that, written in capitals before a capital, begin a name instead ("N'Djamena", not "n'" + verb). */
  readonly namePrefixes?: readonly string[];
  /** Suffixes split off the word before them (en "'s", "n't"). */
  readonly clitics: readonly string[];
  /** Abbreviations whose period does not end a sentence ("M.", "Mr."). */
  readonly abbreviations: readonly string[];
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const isApostrophe = (unit: number) => unit === APOSTROPHE || unit === RIGHT_QUOTE;
const isHyphen = (unit: number) => unit === 0x2d || unit === 0x2010 || unit === 0x2011;
/** What may group thousands ("20 000", "20,000") or mark decimals. */
const isGroupMark = (unit: number) => unit === 0xa0 || unit === 0x202f || unit === 0x2009 || unit === 0x20 || unit === 0x2c || unit === 0x2e;
const isDecimalMark = (unit: number) => unit === 0x2c || unit === 0x2e;

/** A character class and the code units its character spans, read at one offset. */
let cls = 0;
let width = 1;
function read(text: string, at: number): void {
  const unit = text.charCodeAt(at);
  if (unit >= 0xd800 && unit <= 0xdbff && at + 1 < text.length) {
    const next = text.charCodeAt(at + 1);
    if (next >= 0xdc00 && next <= 0xdfff) {
      cls = classAt(text, at);
      width = 2;
      return;
    }
  }
  cls = classOfUnit(unit);
  width = 1;
}

/** End of a run of characters of the classes in `mask`, from `at`. */
function runOf(text: string, at: number, mask: number): number {
  while (at < text.length) {
    const unit = text.charCodeAt(at);
    // A unit that starts no surrogate pair is a character of its own: no call to `read`.
    if (unit < 0xd800 || unit > 0xdbff) {
      if (!(classOfUnit(unit) & mask)) break;
      at += 1;
      continue;
    }
    read(text, at);
    if (!(cls & mask)) break;
    at += width;
  }
  return at;
}

const LETTER_MARK = CLASS_LETTER;
const WORD_CHAR = CLASS_LETTER | CLASS_DIGIT;

/** Whether the last `wordEnd` took in an apostrophe: only then can the word hold an elision or a clitic. */
let apostropheSeen = false;

/** "'hui", "’s": an apostrophe then letters; returns the end, or `at` when none follows. */
function apostropheTail(text: string, at: number): number {
  while (at + 1 < text.length && isApostrophe(text.charCodeAt(at))) {
    read(text, at + 1);
    if (!(cls & LETTER_MARK)) break;
    apostropheSeen = true;
    at = runOf(text, at + 1, LETTER_MARK);
  }
  return at;
}

function wordEnd(text: string, at: number): number {
  apostropheSeen = false;
  let end = apostropheTail(text, runOf(text, at, WORD_CHAR));
  while (end + 1 < text.length && isHyphen(text.charCodeAt(end))) {
    read(text, end + 1);
    if (!(cls & WORD_CHAR)) break;
    end = apostropheTail(text, runOf(text, end + 1, WORD_CHAR));
  }
  return end;
}

/** Three digits and no fourth from `at`, or -1. */
function threeDigits(text: string, at: number): number {
  for (let n = 0; n < 3; n++) {
    if (at >= text.length) return -1;
    read(text, at);
    if (cls !== CLASS_DIGIT) return -1;
    at += width;
  }
  if (at < text.length) {
    read(text, at);
    if (cls === CLASS_DIGIT) return -1;
  }
  return at;
}

function numberEnd(text: string, at: number): number {
  let end = runOf(text, at, CLASS_DIGIT);
  for (;;) {
    if (end >= text.length || !isGroupMark(text.charCodeAt(end))) break;
    const group = threeDigits(text, end + 1);
    if (group < 0) break;
    end = group;
  }
  if (end + 1 < text.length && isDecimalMark(text.charCodeAt(end))) {
    read(text, end + 1);
    if (cls === CLASS_DIGIT) end = runOf(text, end + 1, CLASS_DIGIT);
  }
  return end;
}

interface Prepared {
  readonly elisions: ReadonlySet<string>;
  readonly namePrefixes: ReadonlySet<string>;
  readonly clitics: readonly string[];
  /** Whether every clitic holds an apostrophe, so a word without one needs no clitic test. */
  readonly cliticsNeedApostrophe: boolean;
}
const prepare = oncePer((lexicon: TokenLexicon): Prepared => {
  const clitics = lexicon.clitics;
  return { elisions: new Set(lexicon.elisions), namePrefixes: new Set(lexicon.namePrefixes ?? []), clitics, cliticsNeedApostrophe: clitics.every((c) => /['’]/.test(c)) };
});

export function tokenize(text: string, lexicon: TokenLexicon): Token[] {
  const lex = prepare(lexicon);
  const tokens: Token[] = [];
  // Digits and punctuation have no case: their text is their lower case.
  const push = (start: number, end: number, kind: TokenKind) => {
    const t = text.slice(start, end);
    const lower = kind === 'number' || kind === 'punct' ? t : t.toLowerCase();
    tokens.push({ start, end, text: t, lower, kind, space: end < text.length && classOfUnit(text.charCodeAt(end)) === CLASS_SPACE });
  };
  let at = 0;
  while (at < text.length) {
    read(text, at);
    if (cls === CLASS_SPACE) {
      at += 1;
      continue;
    }
    const start = at;
    if (cls === CLASS_DIGIT) {
      at = numberEnd(text, at);
      push(start, at, 'number');
    } else if (cls === CLASS_LETTER) {
      at = wordEnd(text, at);
      // Most words hold no apostrophe, so no elision, and no clitic when every clitic has one.
      if (apostropheSeen || !lex.cliticsNeedApostrophe) splitWord(text, start, at, lex, push);
      else push(start, at, 'word');
    } else {
      at += width;
      push(start, at, cls === CLASS_PUNCT ? 'punct' : 'symbol');
    }
  }
  return tokens;
}

function apostropheIn(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (isApostrophe(text.charCodeAt(i))) return i;
  return -1;
}

function splitWord(text: string, start: number, end: number, lex: Prepared, push: (start: number, end: number, kind: TokenKind) => void): void {
  let from = start;
  // Elided prefixes: "qu'elle" → "qu'" + "elle"; "aujourd'hui" stays whole.
  for (let at = apostropheIn(text, from, end); at > from; at = apostropheIn(text, from, end)) {
    const prefix = text.slice(from, at);
    if (!lex.elisions.has(prefix.toLowerCase())) break;
    if (lex.namePrefixes.has(prefix) && at + 1 < end && text[at + 1] !== text[at + 1].toLowerCase()) break;
    push(from, at + 1, 'word');
    from = at + 1;
  }
  let to = end;
  // Most words hold no apostrophe, and then no clitic (packs without clitics skip this too).
  if (lex.clitics.length && !(lex.cliticsNeedApostrophe && apostropheIn(text, from, end) < 0)) {
    const rest = text.slice(from, end).toLowerCase().replaceAll('’', "'");
    for (const clitic of lex.clitics) {
      if (rest.length > clitic.length && rest.endsWith(clitic)) {
        to = end - clitic.length;
        break;
      }
    }
  }
  if (to > from) push(from, to, 'word');
  if (to < end) push(to, end, 'word');
}
