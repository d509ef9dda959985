// Numbers as written in news: digits with the pack's grouping and decimal marks, number words
// ("vingt-deux", "two hundred"), scale words ("3 millions", "1.5 million"). Shared by the figures
// and dates stages (durations count too).
import { alternation } from '../common/words.js';
import { oncePer } from '../../core/memo.js';

export interface NumberLexicon {
  /** The decimal mark: fr "2,5", en "2.5" (the other one groups thousands). */
  readonly decimal: ',' | '.';
  /** Number words and their values (units, tens, "cent", "mille", "dozen"…). */
  readonly words: Readonly<Record<string, number>>;
  /** Words that join number words ("et" in "vingt et un", "and" in "two hundred and five"). */
  readonly joiners: readonly string[];
  /** Scale words that multiply the number before them ("millions", "milliards", "thousand"). */
  readonly scales: Readonly<Record<string, number>>;
}

/** A regex source for one number: digits (with grouping/decimals) or a run of number words, plus an optional scale. */
export function numberSource(lex: NumberLexicon): string {
  const words = alternation(Object.keys(lex.words));
  const join = lex.joiners.length ? `(?:[\\s-]+(?:${alternation(lex.joiners)}[\\s-]+)?|[\\s-]+)` : '[\\s-]+';
  const digits = String.raw`\p{Nd}+(?:[\u00a0\u202f\u2009 ,.]\p{Nd}{3}(?!\p{Nd}))*(?:[.,]\p{Nd}+)?`;
  const scale = Object.keys(lex.scales).length ? `(?:\\s+${alternation(Object.keys(lex.scales))})?` : '';
  return `(?:${digits}|${words}(?:${join}${words})*(?![\\p{L}]))${scale}`;
}

/** A number lexicon's scale words, longest first, and its joiners as a set: built once per lexicon. */
const prepare = oncePer((lex: NumberLexicon) => ({ scales: Object.entries(lex.scales).sort((a, b) => b[0].length - a[0].length), joiners: new Set(lex.joiners) }));

/** The value of a number matched by `numberSource`, or null. */
export function parseNumber(text: string, lex: NumberLexicon): number | null {
  const s = text.toLowerCase().replace(/[\u00a0\u202f\u2009]/g, ' ').trim();
  const scaleMatch = prepare(lex).scales.find(([w]) => s.endsWith(' ' + w));
  const body = scaleMatch ? s.slice(0, s.length - scaleMatch[0].length).trim() : s;
  const base = /^\p{Nd}/u.test(body) ? parseDigits(body, lex.decimal) : parseWords(body, lex);
  if (base === null) return null;
  return scaleMatch ? Math.round(base * scaleMatch[1] * 1000) / 1000 : base;
}

function parseDigits(s: string, decimal: ',' | '.'): number | null {
  const group = decimal === ',' ? /[ .]/g : /[ ,]/g;
  // A lone separator before three digits that is not the decimal mark groups thousands ("20.000" in French).
  const lone = /^\d{1,3}([ .,])\d{3}$/.exec(s);
  const normalised = lone && lone[1] !== decimal ? s.replace(/[ .,]/g, '') : s.replace(group, '').replace(decimal, '.');
  const n = Number(normalised);
  return Number.isFinite(n) ? n : null;
}

function parseWords(s: string, lex: NumberLexicon): number | null {
  const joiners = prepare(lex).joiners;
  const parts = s.split(/[\s-]+/);
  let total = 0;
  let current = 0;
  let seen = false;
  for (let i = 0; i < parts.length; ) {
    if (joiners.has(parts[i])) {
      i++;
      continue;
    }
    // Longest compound first: "quatre-vingt-dix" is one word, not 4 + 20 + 10.
    let v: number | undefined;
    let k = Math.min(parts.length - i, 3);
    for (; k > 0 && v === undefined; k--) v = lex.words[parts.slice(i, i + k).join('-')] ?? lex.words[parts.slice(i, i + k).join(' ')];
    if (v === undefined) return null;
    i += k + 1;
    seen = true;
    if (v >= 1000) {
      total += (current || 1) * v;
      current = 0;
    } else if (v === 100) current = (current || 1) * 100;
    else current += v;
  }
  return seen ? total + current : null;
}
