// Figures: a number (digits, number words or a vague count), its bound ("plus de", "at least"),
// what it counts (the noun after it) and what happened to it (a cue word near it in the sentence).
// A number with no counted noun, percent sign or cue right before it is not a figure: years, dates,
// times, ages and ordinals fall out that way.
import type { DateMention, Figure } from '../../model/reading.js';
import type { Sentence, Token } from '../../core/doc.js';
import { partitionPoint, sentenceAt } from '../../core/search.js';
import { oncePer } from '../../core/memo.js';
import { alternation, normal, normalsOf, wordRegex } from '../common/words.js';
import { anchoredMatches } from '../common/anchored.js';
import { numberSource, parseNumber, type NumberLexicon } from './numbers.js';
import type { Approx, CountedNoun, FigureKind, FigureLexicon } from './lexicon.js';

/** Kinds a cue gives that say what happened to the counted; they outrank the noun's own kind. */
const EVENT_KINDS: ReadonlySet<FigureKind> = new Set(['killed', 'injured', 'displaced', 'surrendered', 'captured', 'detained', 'missing']);
/** Units of counted people, whose kind a cue may refine. */
const PEOPLE: ReadonlySet<string> = new Set(['people', 'families']);
const CUE_WINDOW = 7;
/** How many tokens before a number its bound may start ("pas moins de", "in excess of"). */
const BACK = 4;
/** Words allowed between a number and its noun, one adjective: "12 Syrian soldiers". */
const NOUN_WINDOW = 2;

interface Compiled {
  re: RegExp;
  /** Words a figure cannot do without: number words and the words of vague counts. */
  anchors: Set<string>;
  /** What a word token must be, or begin with, for the regex to match from it (see `startWords`). */
  starts: StartWords;
  approxBefore: Map<string, Approx>;
  approxAfter: Map<string, Approx>;
  vague: Map<string, { value: number; approx: Approx }>;
  nouns: Map<string, CountedNoun>;
  links: Set<string>;
  stops: Set<string>;
  /** Cues by the first three letters of their first word, so a token checks only a few. */
  cues: Map<string, { words: string[]; kind: FigureKind }[]>;
  territory: Set<string>;
  percent: Set<string>;
}

const compiled = oncePer(compile);

function compile(lex: FigureLexicon, numbers: NumberLexicon): Compiled {
  const NUM = numberSource(numbers);
  const VAGUE = alternation(Object.keys(lex.vague));
  const before = alternation(Object.keys(lex.approxBefore));
  const after = alternation(Object.keys(lex.approxAfter));
  const value = `(${VAGUE}|${NUM})`;
  const range = `(?:[ \\u00a0]?(?:${alternation(lex.bareRangeJoins)})[ \\u00a0]?(${NUM}))?`;
  const leadRange = `(${alternation(lex.rangeLeads)})\\s+(${NUM})\\s+(?:${alternation(lex.rangeJoins)})\\s+(${NUM})`;
  const source = `(?:(${before})\\s+)?(?:${leadRange}|${value}${range})(?:\\s*(${alternation(lex.percent)}))?(?:\\s+(${after}))?`;
  const map = <T>(r: Readonly<Record<string, T>>) => new Map(Object.entries(r).map(([k, v]) => [normal(k), v]));
  return {
    re: wordRegex(source),
    anchors: new Set([...Object.keys(numbers.words), ...Object.keys(lex.vague)].flatMap((w) => normal(w).split(/[\s'-]+/))),
    starts: startWords([...Object.keys(lex.approxBefore), ...lex.rangeLeads, ...Object.keys(lex.vague), ...Object.keys(numbers.words)]),
    approxBefore: map(lex.approxBefore),
    approxAfter: map(lex.approxAfter),
    vague: map(lex.vague),
    nouns: map(lex.nouns),
    links: new Set(lex.links.map(normal)),
    stops: new Set([...numbers.joiners, ...lex.rangeJoins].map(normal)),
    cues: groupCues(lex.cues),
    territory: new Set(lex.territory.map(normal)),
    percent: new Set(lex.percent.map(normal)),
  };
}

interface StartWords {
  /** First words of phrases that go on past a space: the token is exactly that word. */
  readonly exact: ReadonlySet<string>;
  /** Leading letters of other first words ("vingt" of "vingt-deux", "au" of "au-delà") by their first letter: the token begins with one. */
  readonly prefixes: ReadonlyMap<string, readonly string[]>;
  /** Whether some first word has no leading letter, so that any token may start a match. */
  readonly any: boolean;
}

/** The words a match of the figure regex can start with, besides a number; a start that fits none needs no regex run. */
function startWords(phrases: readonly string[]): StartWords {
  const exact = new Set<string>();
  const prefixes = new Map<string, string[]>();
  let any = false;
  for (const p of phrases) {
    const [first, ...rest] = normal(p).split(' ');
    const letters = /^\p{L}*/u.exec(first)![0];
    if (rest.length && letters === first) exact.add(first);
    else if (!letters) any = true;
    else prefixes.set(letters[0], [...(prefixes.get(letters[0]) ?? []), letters]);
  }
  return { exact, prefixes, any };
}

function canStart(s: StartWords, token: Token, lower: string): boolean {
  if (token.kind === 'number' || s.any || s.exact.has(lower)) return true;
  // A loop, not `some`: a closure per token would be allocated.
  for (const p of s.prefixes.get(lower[0]) ?? NO_PREFIXES) if (lower.startsWith(p)) return true;
  return false;
}
const NO_PREFIXES: readonly string[] = [];

function groupCues(cues: Readonly<Record<string, FigureKind>>): Compiled['cues'] {
  const out: Compiled['cues'] = new Map();
  for (const [k, kind] of Object.entries(cues)) {
    const words = normal(k).split(' ');
    const key = words[0].slice(0, 3);
    out.set(key, [...(out.get(key) ?? []), { words, kind }]);
  }
  return out;
}

export function findFigures(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  dates: readonly DateMention[],
  lex: FigureLexicon,
  numbers: NumberLexicon,
): Figure[] {
  const c = compiled(lex, numbers);
  const figures: Figure[] = [];
  const lower = normalsOf(tokens);
  const inDate = (s: number, e: number) => dates.some((d) => s < d.end && d.start < e);
  // The tokens a figure may start from: up to BACK before an anchor, and only those it can start with.
  const starts: number[] = [];
  for (let i = 0, next = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'number' && !isAnchor(c.anchors, lower[i])) continue;
    for (let k = Math.max(next, i - BACK); k <= i; k++) if (canStart(c.starts, tokens[k], lower[k])) starts.push(k);
    next = i + 1;
  }
  let lastEnd = -1;
  for (const m of anchoredMatches(text, tokens, c.re, starts, 0)) {
    // Starts are tried left to right: a match inside the previous figure is a shorter reading of it.
    if (m.index < lastEnd) continue;
    const [all, bound, lead, low, high, single, singleHigh, pct, boundAfter] = m;
    const start = m.index;
    let end = start + all.replace(/\s+$/, '').length;
    // Times ("14h30", "10:30") and the tail of a model or score ("787-9") are not counts.
    if (inDate(start, end) || /^[:hH]\d/.test(text.slice(end, end + 2)) || /\p{Nd}[-–]$/u.test(text.slice(Math.max(0, start - 2), start))) continue;
    const numText = lead ? low : single;
    const vague = c.vague.get(normal(numText));
    const value = vague ? vague.value : parseNumber(numText, numbers);
    // A spelled-out "one" is an article ("un enfant", "a man"), not a count.
    if (value === null || (value === 1 && !/\p{Nd}/u.test(numText))) continue;
    const highValue = lead ? parseNumber(high, numbers) : singleHigh ? parseNumber(singleHigh, numbers) : null;
    // "787-9" is a model, not a range.
    if (highValue !== null && highValue <= value) continue;
    let approx: Approx = highValue !== null ? 'range' : vague ? vague.approx : 'exact';
    if (bound) approx = c.approxBefore.get(normal(bound)) ?? approx;
    else if (boundAfter) approx = c.approxAfter.get(normal(boundAfter)) ?? approx;
    const ti = tokenAt(tokens, end);
    const sentence = sentenceAt(sentences, start);
    const limit = sentence ? sentence.endToken : tokens.length;
    const first = sentence ? sentence.firstToken : 0;
    let kind: FigureKind | null = null;
    let unit: string | null = null;
    if (pct) {
      unit = 'percent';
      kind = followedBy(lower, ti, limit, 4, (w) => c!.territory.has(w)) ? 'territory_share' : 'count';
    } else {
      const noun = countedNoun(tokens, lower, ti, limit, c);
      if (noun) {
        kind = noun.noun.kind;
        unit = noun.noun.unit;
        end = tokens[noun.index].end;
      }
    }
    const startToken = tokenAt(tokens, start);
    const cue = nearestCue(tokens, lower, startToken, tokenAt(tokens, end), first, limit, c);
    if (!kind) {
      // A bare number right after an event verb ("killed 12") counts people; a year there does not.
      if (!cue || !cue.before || cue.distance > 3 || Number.isInteger(value) && value >= 1900 && value <= 2100 && !bound) continue;
      kind = cue.kind;
      unit = 'people';
    } else if (cue && PEOPLE.has(unit ?? '') && EVENT_KINDS.has(cue.kind) && !EVENT_KINDS.has(kind)) kind = cue.kind;
    lastEnd = end;
    figures.push({
      id: '',
      kind,
      value,
      ...(highValue !== null ? { high: highValue } : {}),
      unit,
      approx,
      start,
      end,
      text: text.slice(start, end),
    });
  }
  return figures.map((f, i) => ({ ...f, id: `f${i + 1}` }));
}

/** Whether a word is a number word's or a vague count's, or a compound that begins with one ("vingt-deux", "forty-five": one token each). */
function isAnchor(anchors: ReadonlySet<string>, word: string): boolean {
  if (anchors.has(word)) return true;
  const hyphen = word.indexOf('-');
  return hyphen > 0 && anchors.has(word.slice(0, hyphen));
}

/** Index of the first token that starts at or after `offset`. */
function tokenAt(tokens: readonly Token[], offset: number): number {
  return partitionPoint(tokens.length, (i) => tokens[i].start < offset);
}

function followedBy(lower: readonly string[], from: number, limit: number, window: number, test: (w: string) => boolean): boolean {
  for (let i = from; i < Math.min(limit, from + window); i++) if (test(lower[i])) return true;
  return false;
}

/** The counted noun after a number: next to it, past a link word ("de", "of") or a few adjectives. */
function countedNoun(tokens: readonly Token[], lower: readonly string[], from: number, limit: number, c: Compiled): { noun: CountedNoun; index: number } | null {
  let words = 0;
  for (let i = from; i < limit && words < NOUN_WINDOW; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') return null;
    const w = lower[i];
    const noun = c.nouns.get(w);
    if (noun) return { noun, index: i };
    if (c.stops.has(w)) return null;
    if (!c.links.has(w)) words++;
  }
  return null;
}

/** The cue nearest the figure in its sentence, within a few words, not past another number. */
function nearestCue(
  tokens: readonly Token[],
  lower: readonly string[],
  startToken: number,
  endToken: number,
  first: number,
  limit: number,
  c: Compiled,
): NearCue | null {
  let best: NearCue | null = null;
  for (let i = startToken - 1, d = 1; i >= first && d <= CUE_WINDOW && tokens[i].kind !== 'number'; i--, d++) best = nearerCue(best, lower, i, d, true, limit, c);
  for (let i = endToken, d = 1; i < limit && d <= CUE_WINDOW && tokens[i].kind !== 'number'; i++, d++) best = nearerCue(best, lower, i, d, false, limit, c);
  return best;
}

type NearCue = { kind: FigureKind; distance: number; before: boolean };

/** `best`, or a cue starting at token `i` when it is nearer. (A module function: a closure named per call costs a property definition under the loader.) */
function nearerCue(best: NearCue | null, lower: readonly string[], i: number, distance: number, before: boolean, limit: number, c: Compiled): NearCue | null {
  const cues = c.cues.get(lower[i].slice(0, 3));
  if (!cues) return best;
  for (const cue of cues) {
    if (cueAt(cue.words, lower, i, limit) && (!best || distance < best.distance)) best = { kind: cue.kind, distance, before };
  }
  return best;
}

/** Whether each word of a cue starts the token at its place from `i`, before `limit`. */
function cueAt(words: readonly string[], lower: readonly string[], i: number, limit: number): boolean {
  for (let k = 0; k < words.length; k++) if (i + k >= limit || !lower[i + k].startsWith(words[k])) return false;
  return true;
}
