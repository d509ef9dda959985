// The one key every gazetteer look-up goes through: case-, diacritics-, apostrophe- and
// hyphen-insensitive, so "Alep-Est", "alep est" and "ALEP‑EST" meet, as do "Genève" and "Geneve".
const MARKS = /\p{M}+/gu;
const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ı: 'i' };
const LIGATURE_RE = /[œæßøłđı]/g;
const SEPARATORS = /[\s\-‐‑‒–—_/]+/g;
const APOSTROPHES = /[’'`ʼʻ‘]/g;
const DROPPED = /[.()"“”«»,]/g;

const A = 97;
const Z = 122;
const SPACE = 32;

/** Lower-case ASCII words, one space apart ("new york"): their own key. A loop, cheaper than a regular expression on a short word. */
function isPlain(s: string): boolean {
  const last = s.length - 1;
  if (last < 0) return false;
  for (let k = 0; k <= last; k++) {
    const c = s.charCodeAt(k);
    if (c >= A && c <= Z) continue;
    if (c !== SPACE || k === 0 || k === last || s.charCodeAt(k - 1) === SPACE) return false;
  }
  return true;
}
/** Recognition folds the same capitalised words over and over: the keys that took Unicode work are remembered, up to a bound. */
const memo = new Map<string, string>();
const MEMO_SIZE = 50_000;

export function normalizeName(name: string): string {
  // Most names are plain ASCII words: their lower case is their key, and not worth keeping (each kept
  // string is one more for the collector to copy and promote).
  const lower = name.toLowerCase();
  if (isPlain(lower)) return lower;
  let key = memo.get(name);
  if (key !== undefined) return key;
  key = fold(name);
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(name, key);
  return key;
}

/** The key of a word whose lower case is already made (a token's). */
export function normalizeWord(text: string, lower: string): string {
  return isPlain(lower) ? lower : normalizeName(text);
}

function fold(name: string): string {
  return name
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(LIGATURE_RE, (c) => LIGATURES[c] ?? c)
    .replace(APOSTROPHES, "'")
    .replace(DROPPED, '')
    .replace(SEPARATORS, ' ')
    .trim();
}
