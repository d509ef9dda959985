// Organisations an article introduces with their short name in parentheses: "la Force de dissuasion
// (Radaa)", "l'Armée nationale libyenne (ANL)", "le groupe armé 3R (Retour, réclamation et
// réhabilitation)". No lexicon knows every militia or mission, but news names each one in full once,
// with the short name it uses after: the short name becomes the actor, and each later use of it too.
import type { Token } from '../../core/doc.js';
import type { EntityKind } from '../../model/reading.js';
import type { ActorDef } from './lexicon.js';

export interface IntroducedLexicon {
  /** Head nouns of such names, lower case, with the kind of actor each names ("force" → armed_group). */
  readonly heads: Readonly<Record<string, EntityKind>>;
  /** Articles before a lower-case head ("du gouvernement d'union nationale (GUN)"). */
  readonly articles: ReadonlySet<string>;
}

export interface IntroducedMention {
  readonly start: number;
  readonly end: number;
  readonly actor: ActorDef;
}

/** Tokens a full name may stretch back from its parenthesis. */
const NAME_REACH = 10;
/** Tokens a parenthesis may hold. */
const INNER_REACH = 8;
const SHORT_NAME = /^[\p{Lu}\d][\p{L}\d-]{1,11}$/u;
const ACRONYM = /^[\p{Lu}\d]{2,6}$/u;
const isBreak = (t: Token) => /^[,;:.!?«»"“”()[\]]$/u.test(t.text);

/**
 * The introduced names of a text and every later use of their short names, as token ranges
 * (`known(i)`: token i is already part of a known actor's mention).
 */
export function introducedNames(tokens: readonly Token[], normals: readonly string[], lex: IntroducedLexicon, known: (i: number) => boolean): IntroducedMention[] {
  const out: IntroducedMention[] = [];
  const actors = new Map<string, ActorDef>();
  for (let open = 1; open < tokens.length; open++) {
    if (tokens[open].text !== '(') continue;
    let close = open + 1;
    while (close < tokens.length && close - open <= INNER_REACH && tokens[close].text !== ')') close++;
    if (tokens[close]?.text !== ')' || close === open + 1) continue;
    const introduced = fullThenShort(tokens, normals, lex, open, close) ?? shortThenFull(tokens, normals, lex, open, close);
    if (!introduced || known(introduced.short.first) || known(introduced.head)) continue;
    const { first, end } = introduced.short;
    const name = textOf(tokens, first, end);
    const actor = actors.get(name) ?? { name, kind: introduced.kind, code: null, country: null };
    actors.set(name, actor);
    if (introduced.head < first) out.push({ start: introduced.head, end: Math.min(open, first), actor });
    out.push({ start: first, end, actor });
    open = close;
  }
  if (!actors.size) return out;
  const taken = new Set(out.map((m) => m.start));
  for (let i = 0; i < tokens.length; i++) {
    if (taken.has(i) || known(i)) continue;
    const end = gluedEnd(tokens, i);
    const actor = actors.get(textOf(tokens, i, end));
    if (actor) out.push({ start: i, end, actor });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** One past the last token glued to token i with no space between ("3R" is read "3", "R"). */
function gluedEnd(tokens: readonly Token[], i: number): number {
  let end = i + 1;
  while (end < tokens.length && tokens[end].start === tokens[end - 1].end && /^[\p{L}\d]/u.test(tokens[end].text)) end++;
  return end;
}

const textOf = (tokens: readonly Token[], first: number, end: number) => tokens.slice(first, end).map((t) => t.text).join('');

/** "la Force de dissuasion (Radaa)": the nearest capitalised head before the parenthesis, else a lower-case one after an article. */
function fullThenShort(tokens: readonly Token[], normals: readonly string[], lex: IntroducedLexicon, open: number, close: number) {
  if (gluedEnd(tokens, open + 1) !== close || !SHORT_NAME.test(textOf(tokens, open + 1, close))) return null;
  let lower: number | null = null;
  for (let h = open - 1; h >= Math.max(0, open - NAME_REACH) && !isBreak(tokens[h]); h--) {
    const kind = lex.heads[normals[h]];
    if (!kind) continue;
    if (/^\p{Lu}/u.test(tokens[h].text)) return { head: h, short: { first: open + 1, end: close }, kind };
    if (lower === null && h > 0 && lex.articles.has(normals[h - 1])) lower = h;
  }
  return lower === null ? null : { head: lower, short: { first: open + 1, end: close }, kind: lex.heads[normals[lower]] };
}

/** "le groupe armé 3R (Retour, réclamation et réhabilitation)": an acronym after its head, its words in the parenthesis. */
function shortThenFull(tokens: readonly Token[], normals: readonly string[], lex: IntroducedLexicon, open: number, close: number) {
  let first = open - 1;
  while (first > 0 && tokens[first].start === tokens[first - 1].end && /^[\p{L}\d]/u.test(tokens[first - 1].text)) first--;
  if (!ACRONYM.test(textOf(tokens, first, open)) || !/^\p{Lu}/u.test(tokens[open + 1].text) || close - open < 3) return null;
  for (let h = first - 1; h >= Math.max(0, first - 2); h--) {
    const kind = lex.heads[normals[h]];
    if (kind) return { head: first, short: { first, end: open }, kind };
  }
  return null;
}
