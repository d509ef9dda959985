// The one key every gazetteer look-up goes through: case-, diacritics-, apostrophe- and
// hyphen-insensitive, so "Alep-Est", "alep est" and "ALEP‑EST" meet, as do "Genève" and "Geneve".
const MARKS = /\p{M}+/gu;
const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ı: 'i' };
const LIGATURE_RE = /[œæßøłđı]/g;
const SEPARATORS = /[\s\-‐‑‒–—_/]+/g;
const APOSTROPHES = /[’'`ʼʻ‘]/g;
const DROPPED = /[.()"“”«»,]/g;

const PLAIN = /^[a-z]+(?: [a-z]+)*$/;
/** Recognition normalizes the same capitalised words over and over: the folded keys are remembered, up to a bound. */
const memo = new Map<string, string>();
const MEMO_SIZE = 50_000;

export function normalizeName(name: string): string {
  let key = memo.get(name);
  if (key !== undefined) return key;
  key = fold(name);
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(name, key);
  return key;
}

function fold(name: string): string {
  // Most names are plain ASCII words: skip the Unicode work for them.
  const lower = name.toLowerCase();
  if (PLAIN.test(lower)) return lower;
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
