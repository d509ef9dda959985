// Date mentions resolved against the publication date. Pack-driven rules read calendar dates
// ("12 décembre 2016", "December 5", "2016-12-08") and the relative expressions news uses
// (weekdays, "hier", "mars dernier", durations). Candidates overlap; the longest wins, then the
// earliest. (chrono-node reads the same dates but costs 1–3 ms a call, more than this whole stage.)
import type { DateMention } from '../../model/reading.js';
import type { Token } from '../../core/doc.js';
import { oncePer } from '../../core/memo.js';
import { alternation, normal, normalsOf, wordRegex } from '../common/words.js';
import { numberSource, parseNumber, type NumberLexicon } from '../figures/numbers.js';
import { addDays, addMonths, daysBetween, isoDay, isoMonth, parseYmd, weekday, type Ymd } from './calendar.js';
import type { DateLexicon } from './lexicon.js';

type Resolved = Pick<DateMention, 'date' | 'precision' | 'basis' | 'duration'>;
interface Candidate extends Resolved {
  start: number;
  end: number;
}

interface Rule {
  readonly re: RegExp;
  /** Phrases one of whose first words starts every match; `number` when a number may start it. */
  readonly firsts: readonly string[];
  readonly number?: boolean;
  /** Whether a match may begin with one of the pack's leads ("le", "on"). */
  readonly led?: boolean;
  /** Whether every match begins with one of `firsts` in full ("the day before yesterday"). */
  readonly opened?: boolean;
  /** Words that can start a match only as a lead (filled in by `compile`). */
  readonly leadOnly?: ReadonlySet<string>;
  /** For a first word that every phrase of `firsts` it begins goes on from: the leading letters of the words after it (filled in by `compile`). */
  readonly seconds?: ReadonlyMap<string, readonly string[]>;
  resolve(m: RegExpExecArray, pub: Ymd | null): Resolved | null;
}

interface Compiled {
  readonly rules: readonly { rule: Rule; firsts: ReadonlySet<string> }[];
  /** The rules each first word can start, and those a number can start, in rule order. */
  readonly byFirst: ReadonlyMap<string, readonly Rule[]>;
  readonly numbered: readonly Rule[];
  readonly anchors: ReadonlySet<string>;
  /** First words of what follows a lead (modifiers, weekdays, months; numbers too), or null when some are not plain words. */
  readonly afterLead: ReadonlySet<string> | null;
}

const UNRESOLVED: Resolved = { date: null, precision: null, basis: 'unresolved' };
/** How many tokens before an anchor word a date may start ("en l'espace de deux mois"). */
const BACK = 6;
/** How far before a weekday a word of the future still governs it ("doit se rendre mercredi"). */
const FUTURE_CUE_WORDS = 6;
const FUTURE_CUE_CHARS = 60;
const compiled = oncePer(compile);

export function findDates(text: string, tokens: readonly Token[], published: string | null, lex: DateLexicon, numbers: NumberLexicon): DateMention[] {
  const pub = parseYmd(published);
  const c = compiled(lex, numbers);
  const lower = normalsOf(tokens);
  const found: Candidate[] = [];
  // Rules run only near an anchor word and only from a token that can start them. Anchors come in
  // order, so the tokens before `next` have been tried.
  let next = 0;
  for (let a = 0; a < tokens.length; a++) {
    if (tokens[a].kind !== 'number' && !c.anchors.has(lower[a])) continue;
    for (let k = Math.max(next, a - BACK); k <= a; k++) {
      for (const rule of rulesAt(c, lower[k], tokens[k].kind === 'number')) {
        // "in", "on" and "le" are common: a lead that no date word follows starts nothing.
        if (rule.leadOnly?.has(lower[k]) && !followsLead(c, tokens, lower, k + 1)) continue;
        // "the" starts a date only in "the day before yesterday": the next word must be one that goes on.
        const seconds = rule.seconds?.get(lower[k]);
        if (seconds && !(k + 1 < tokens.length && beginsWithOne(lower[k + 1], seconds))) continue;
        rule.re.lastIndex = tokens[k].start;
        const m = rule.re.exec(text);
        const resolved = m && rule.resolve(m, pub);
        if (m && resolved) found.push({ start: m.index, end: m.index + m[0].length, ...resolved });
      }
    }
    next = a + 1;
  }
  return settle(found).map((c, i) => ({ id: `d${i + 1}`, text: text.slice(c.start, c.end), ...c }));
}

const NO_RULES: readonly Rule[] = [];

/** Whether token `i` can begin what a rule reads after its lead. */
function followsLead(c: Compiled, tokens: readonly Token[], lower: readonly string[], i: number): boolean {
  return c.afterLead === null || (i < tokens.length && (tokens[i].kind === 'number' || c.afterLead.has(lower[i])));
}

/** Whether `word` begins with one of `prefixes`. (A loop: a closure per call would be allocated.) */
function beginsWithOne(word: string, prefixes: readonly string[]): boolean {
  for (const p of prefixes) if (word.startsWith(p)) return true;
  return false;
}

/** For each plain first word of `phrases` that begins only phrases that go on, the leading letters of their second words. */
function secondWords(phrases: readonly string[], firstWords: (phrases: readonly string[]) => ReadonlySet<string>): ReadonlyMap<string, readonly string[]> {
  const seconds = new Map<string, string[]>();
  const ends = new Set<string>();
  for (const p of phrases) {
    const [first, second] = normal(p).split(' ');
    const letters = second === undefined ? '' : /^\p{L}*/u.exec(second)![0];
    if (/^\p{L}+$/u.test(first) && letters) seconds.set(first, [...(seconds.get(first) ?? []), letters]);
    else for (const w of firstWords([p])) ends.add(w);
  }
  for (const w of ends) seconds.delete(w);
  return seconds;
}

/** The rules that can start at a token, in rule order. */
function rulesAt(c: Compiled, word: string, number: boolean): readonly Rule[] {
  if (!number) return c.byFirst.get(word) ?? NO_RULES;
  // A number that is also a rule's first word (rare) takes both kinds of rule.
  return c.byFirst.has(word) ? c.rules.filter((r) => r.firsts.has(word) || r.rule.number).map((r) => r.rule) : c.numbered;
}

function compile(lex: DateLexicon, numbers: NumberLexicon): Compiled {
  const firstWords = (phrases: readonly string[]) =>
    new Set(phrases.flatMap((p) => {
      const first = normal(p).split(' ')[0];
      return [first, first.replace(/\.$/, ''), first.replace(/^([^']*').*/, '$1')];
    }));
  const anchors = [
    ...Object.keys(lex.months), ...Object.keys(lex.weekdays), ...Object.keys(lex.relativeDays),
    ...Object.keys(lex.relativePeriods), ...Object.keys(lex.units),
  ];
  // A lead is one word before a space; what follows it is a modifier, a weekday, a month or a number.
  // (Not a word that also begins a longer lead: "dès" of "dès le".)
  const leads = new Set(lex.leads.map(normal).filter((w) => /^\p{L}+$/u.test(w) && !lex.leads.some((l) => normal(l).startsWith(`${w} `))));
  const afterPhrases = [...lex.past, ...lex.future, ...Object.keys(lex.weekdays), ...Object.keys(lex.months)];
  const afterLead = afterPhrases.every((p) => /^[\p{L}.]+(?: [\p{L}.]+)*$/u.test(normal(p))) ? firstWords(afterPhrases) : null;
  // One shape for every rule (the literals differ in which fields they spell out): the loop that runs them stays monomorphic.
  const rules = buildRules(lex, numbers).map((r) => {
    const others = firstWords(r.firsts.filter((p) => !leads.has(normal(p))));
    const leadOnly = r.led ? new Set([...leads].filter((w) => !others.has(w))) : new Set<string>();
    return {
      rule: {
        re: r.re, firsts: r.firsts, number: r.number ?? false, leadOnly, seconds: r.opened ? secondWords(r.firsts, firstWords) : new Map(), resolve: r.resolve,
      } satisfies Rule,
      firsts: firstWords(r.firsts),
    };
  });
  const byFirst = new Map<string, Rule[]>();
  for (const { rule, firsts } of rules) for (const w of firsts) byFirst.set(w, [...(byFirst.get(w) ?? []), rule]);
  return {
    rules,
    byFirst,
    numbered: rules.filter((r) => r.rule.number).map((r) => r.rule),
    // Each word of an anchor, and the whole of one the tokenizer keeps as one token ("avant-hier", "aujourd'hui").
    anchors: new Set(anchors.flatMap((w) => [normal(w), ...normal(w).split(/[\s'-]+/)]).flatMap((w) => [w, w.replace(/\.$/, '')])),
    afterLead,
  };
}

function settle(found: Candidate[]): Candidate[] {
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of found) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

function buildRules(lex: DateLexicon, numbers: NumberLexicon): Rule[] {
  const get = (table: Readonly<Record<string, number>>, word: string) => table[normal(word).replace(/\.$/, '')] ?? table[normal(word)];
  const months = Object.fromEntries(Object.entries(lex.months).map(([k, v]) => [normal(k), v]));
  const weekdays = Object.fromEntries(Object.entries(lex.weekdays).map(([k, v]) => [normal(k), v]));
  const relDays = Object.fromEntries(Object.entries(lex.relativeDays).map(([k, v]) => [normal(k), v]));
  const periods = new Map(Object.entries(lex.relativePeriods).map(([k, v]) => [normal(k), v]));
  const future = new Set(lex.future.map(normal));
  const units = Object.fromEntries(Object.entries(lex.units).map(([k, v]) => [normal(k), v]));
  const LEAD = `(?:${alternation(lex.leads)}\\s+)?`;
  const MOD = alternation([...lex.past, ...lex.future]);
  const PART = `(?:\\s+${alternation(lex.dayParts)})?`;
  const NUM = numberSource(numbers);
  const UNIT = alternation(Object.keys(lex.units));
  const direction = (mod: string | undefined) => (mod === undefined ? 0 : future.has(normal(mod)) ? 1 : -1);
  // "doit se rendre mercredi", "will meet on Friday": a weekday after a word of the future is the coming one
  // (in the same clause: "said it would respond, after rebels attacked on Monday" is told).
  const aheadCue = lex.futureCues?.length ? new RegExp(`(?<![\\p{L}])${alternation(lex.futureCues)}(?:\\s+[^\\s,;:]+){0,${FUTURE_CUE_WORDS}}\\s+$`, 'iu') : null;
  const aheadVerb = lex.futureForm ? new RegExp(`(?<![\\p{L}])(?:${lex.futureForm})\\s+$`, 'u') : null;
  const ahead = (m: RegExpExecArray) => {
    const before = m.input.slice(Math.max(0, m.index - FUTURE_CUE_CHARS), m.index);
    return (aheadCue !== null && aheadCue.test(before)) || (aheadVerb !== null && aheadVerb.test(before));
  };

  const weekdayRule: Rule = {
    re: wordRegex(`${LEAD}(?:(${MOD})\\s+)?(${alternation(Object.keys(lex.weekdays))})${PART}(?:\\s+(${MOD}))?`),
    firsts: [...lex.leads, ...lex.past, ...lex.future, ...Object.keys(lex.weekdays)],
    led: true,
    resolve(m, pub) {
      if (!pub) return UNRESOLVED;
      const target = get(weekdays, m[2]);
      const dir = direction(m[1] ?? m[3]);
      // A weekday in news is the most recent one on or before publication unless "next" says otherwise;
      // "last Tuesday" on a Tuesday is a week ago.
      let delta = (weekday(pub) - target + 7) % 7;
      if (dir < 0 && delta === 0) delta = 7;
      const coming = (target - weekday(pub) + 7) % 7;
      const day = dir > 0 ? addDays(pub, coming || 7) : dir === 0 && ahead(m) ? addDays(pub, coming) : addDays(pub, -delta);
      return { date: isoDay(day), precision: 'day', basis: 'relative' };
    },
  };
  const monthRule: Rule = {
    re: wordRegex(`${LEAD}(?:(${MOD})\\s+)?(${alternation(Object.keys(lex.months))})(?:\\s+(\\d{4})(?!\\p{Nd})|\\s+(${MOD}))?`),
    firsts: [...lex.leads, ...lex.past, ...lex.future, ...Object.keys(lex.months)],
    led: true,
    resolve(m, pub) {
      if (lex.capitalisedMonths && !/^\p{Lu}/u.test(m[2])) return null;
      const month = get(months, m[2]);
      if (m[3]) return { date: isoMonth(Number(m[3]), month), precision: 'month', basis: 'stated' };
      if (!pub) return UNRESOLVED;
      const dir = direction(m[1] ?? m[4]);
      // "mars dernier" is the last March before this month; a bare month leans to the past too,
      // unless a word of the future governs it ("doit se tenir en juillet"): then it is this month or a coming one.
      let y = pub.y;
      const coming = dir === 0 && ahead(m);
      if (coming ? month < pub.m : dir < 0 ? month >= pub.m : dir === 0 ? month > pub.m : false) y += coming ? 1 : -1;
      if (dir > 0 && month <= pub.m) y += 1;
      return { date: isoMonth(y, month), precision: 'month', basis: 'relative' };
    },
  };
  const yearRule: Rule = {
    re: wordRegex(`${alternation(lex.leads)}\\s+((?:1[89]|20)\\d\\d)`),
    firsts: lex.leads,
    led: true,
    resolve: (m) => ({ date: m[1], precision: 'year', basis: 'stated' }),
  };
  const relDayRule: Rule = {
    re: wordRegex(`(${alternation(Object.keys(lex.relativeDays))})${PART}`),
    firsts: Object.keys(lex.relativeDays),
    opened: true,
    resolve(m, pub) {
      if (!pub) return UNRESOLVED;
      return { date: isoDay(addDays(pub, get(relDays, m[1]))), precision: 'day', basis: 'relative' };
    },
  };
  const periodRule: Rule = {
    re: wordRegex(`(${alternation(Object.keys(lex.relativePeriods))})`),
    firsts: Object.keys(lex.relativePeriods),
    opened: true,
    resolve(m, pub) {
      if (!pub) return UNRESOLVED;
      const p = periods.get(normal(m[1]));
      if (!p) return null;
      if (p.unit === 'year') return { date: String(pub.y + p.offset), precision: 'year', basis: 'relative' };
      // A week has no precision of its own: the month of the same weekday that week is the honest bound.
      const { y, m: month } = p.unit === 'week' ? addDays(pub, 7 * p.offset) : addMonths(pub, p.offset);
      return { date: isoMonth(y, month), precision: 'month', basis: 'relative' };
    },
  };
  const durationRule: Rule = {
    re: wordRegex(`${alternation(lex.durationLeads)}\\s+(${NUM})\\s+(${UNIT})`),
    firsts: lex.durationLeads,
    opened: true,
    resolve(m) {
      const n = parseNumber(m[1], numbers);
      const unit = units[normal(m[2])];
      if (n === null || !unit) return null;
      const duration = unit === 'H' ? `PT${n}H` : `P${n}${unit}`;
      return { date: null, precision: null, basis: 'stated', duration };
    },
  };
  const ago = (n: number | null, unitWord: string, pub: Ymd | null): Resolved | null => {
    const unit = units[normal(unitWord)];
    if (n === null || !unit) return null;
    if (!pub) return UNRESOLVED;
    if (unit === 'D' || unit === 'W' || unit === 'H') {
      const days = unit === 'W' ? 7 * n : unit === 'D' ? n : Math.floor(n / 24);
      return { date: isoDay(addDays(pub, -days)), precision: 'day', basis: 'relative' };
    }
    if (unit === 'M') {
      const { y, m } = addMonths(pub, -n);
      return { date: isoMonth(y, m), precision: 'month', basis: 'relative' };
    }
    return { date: String(pub.y - n), precision: 'year', basis: 'relative' };
  };
  const WEEKDAY = `(?:${alternation(Object.keys(lex.weekdays))},?\\s+)?`;
  const MONTH = `(${alternation(Object.keys(lex.months))})`;
  const DAY = `(\\p{Nd}{1,2})(?:${alternation(lex.ordinals)})?`;
  // The year stated, or counted from publication ("Oct. 7 last year").
  const yearPeriods = Object.keys(lex.relativePeriods).filter((k) => lex.relativePeriods[k].unit === 'year');
  const YEAR = `(?:,?\\s+((?:1[89]|20)\\d\\d)(?!\\p{Nd})${yearPeriods.length ? `|\\s+(${alternation(yearPeriods)})` : '()'})?`;
  const calendar = (day: string, monthWord: string, year: string | undefined, yearPeriod: string | undefined, pub: Ymd | null): Resolved | null => {
    const d = Number(day);
    const m = get(months, monthWord);
    if (!m || d < 1 || d > 31 || (lex.capitalisedMonths && !/^\p{Lu}/u.test(monthWord))) return null;
    if (year) return { date: isoDay({ y: Number(year), m, d }), precision: 'day', basis: 'stated' };
    const offset = yearPeriod ? periods.get(normal(yearPeriod))?.offset : undefined;
    if (offset !== undefined) return pub ? { date: isoDay({ y: pub.y + offset, m, d }), precision: 'day', basis: 'relative' } : UNRESOLVED;
    return pub ? { date: isoDay(nearestPast({ y: pub.y, m, d }, pub)), precision: 'day', basis: 'relative' } : UNRESOLVED;
  };
  const numeric = (y: number, m: number, d: number): Resolved | null =>
    m >= 1 && m <= 12 && d >= 1 && d <= 31 ? { date: isoDay({ y, m, d }), precision: 'day', basis: 'stated' } : null;
  const rules: Rule[] = [
    {
      re: wordRegex(`${LEAD}${WEEKDAY}${DAY}\\s+${MONTH}${YEAR}`),
      firsts: [...lex.leads, ...Object.keys(lex.weekdays)],
      number: true,
      led: true,
      resolve: (m, pub) => calendar(m[1], m[2], m[3], m[4], pub),
    },
    {
      re: wordRegex(`${LEAD}${WEEKDAY}${MONTH}\\s+${DAY}${YEAR}`),
      firsts: [...lex.leads, ...Object.keys(lex.weekdays), ...Object.keys(lex.months)],
      led: true,
      resolve: (m, pub) => calendar(m[2], m[1], m[3], m[4], pub),
    },
    { re: wordRegex('(\\d{4})-(\\d{2})-(\\d{2})'), firsts: [], number: true, resolve: (m) => numeric(Number(m[1]), Number(m[2]), Number(m[3])) },
    {
      re: wordRegex('(\\d{1,2})/(\\d{1,2})/(\\d{4})'),
      firsts: [],
      number: true,
      resolve: (m) => (lex.dayFirst ? numeric(Number(m[3]), Number(m[2]), Number(m[1])) : numeric(Number(m[3]), Number(m[1]), Number(m[2]))),
    },
    weekdayRule, monthRule, yearRule, relDayRule, periodRule, durationRule,
  ];
  if (lex.agoBefore.length) {
    rules.push({
      re: wordRegex(`${alternation(lex.agoBefore)}\\s+(${NUM})\\s+(${UNIT})`),
      firsts: lex.agoBefore,
      opened: true,
      resolve: (m, pub) => ago(parseNumber(m[1], numbers), m[2], pub),
    });
  }
  if (lex.agoAfter.length) {
    rules.push({
      re: wordRegex(`(${NUM})\\s+(${UNIT})\\s+${alternation(lex.agoAfter)}`),
      firsts: Object.keys(numbers.words),
      number: true,
      resolve: (m, pub) => ago(parseNumber(m[1], numbers), m[2], pub),
    });
  }
  return rules;
}

/** A day and month without a year: the latest such day no more than a month after publication. */
function nearestPast(x: Ymd, pub: Ymd): Ymd {
  for (const y of [pub.y + 1, pub.y, pub.y - 1]) {
    const cand = { ...x, y };
    if (daysBetween(pub, cand) <= 31) return cand;
  }
  return { ...x, y: pub.y - 1 };
}
