// Unicode character classes for the hand-written scanners (tokens): letters and marks, decimal
// digits, punctuation, JavaScript's white space, anything else. Each character is classified by
// the Unicode property regexes once, on first sight, then read from a table.
export const CLASS_SPACE = 1;
/** \p{L} or \p{M}: the tokenizer never tells them apart. */
export const CLASS_LETTER = 2;
/** \p{Nd} */
export const CLASS_DIGIT = 4;
/** \p{P} */
export const CLASS_PUNCT = 8;
export const CLASS_OTHER = 16;

const LETTER = /^[\p{L}\p{M}]$/u;
const DIGIT = /^\p{Nd}$/u;
const PUNCT = /^\p{P}$/u;
const SPACE = /^\s$/u;

function classify(char: string): number {
  if (LETTER.test(char)) return CLASS_LETTER;
  if (DIGIT.test(char)) return CLASS_DIGIT;
  if (PUNCT.test(char)) return CLASS_PUNCT;
  return SPACE.test(char) ? CLASS_SPACE : CLASS_OTHER;
}

/** One byte per UTF-16 code unit; 0 until the unit is first seen. */
const bmp = new Uint8Array(0x10000);
const astral = new Map<number, number>();

/** The class of a code unit standing alone (a lone surrogate is "other"). */
export function classOfUnit(unit: number): number {
  return bmp[unit] || (bmp[unit] = classify(String.fromCharCode(unit)));
}

/** The class of the code point at `at` (a surrogate pair counts as one character). */
export function classAt(text: string, at: number): number {
  const cp = text.codePointAt(at)!;
  if (cp < 0x10000) return classOfUnit(cp);
  let c = astral.get(cp);
  if (c === undefined) astral.set(cp, (c = classify(String.fromCodePoint(cp))));
  return c;
}
