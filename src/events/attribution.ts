// Who reports a happening and how: the source ("selon X", "X indique que", "…, X said"),
// the modality (asserted, alleged, denied, unconfirmed, planned) and the timing (current,
// background, future) of one trigger, from the pack's cue lists.
import type { Doc, Sentence } from '../core/doc.js';
import { spanOf } from '../core/doc.js';
import type { DateMention, Modality, Span, Timing } from '../model/reading.js';
import type { CompiledEvents } from './compiled.js';
import { tokenAt, within, type EntityMention } from './mentions.js';

export interface SentenceCtx {
  readonly doc: Doc;
  readonly lowers: readonly string[];
  readonly lex: CompiledEvents;
  readonly mentions: readonly EntityMention[];
}

export interface Source {
  readonly mention: EntityMention;
  readonly cue: Span;
}

/** How far (tokens) a complementizer may follow its reporting verb ("a annoncé, samedi matin, qu'elle"). */
const COMPLEMENTIZER_WINDOW = 7;

function cueSpan(ctx: SentenceCtx, first: number, end: number): Span {
  return spanOf(ctx.doc.text, ctx.doc.tokens[first].start, ctx.doc.tokens[end - 1].end);
}

function mentionsBetween(ctx: SentenceCtx, start: number, end: number): EntityMention[] {
  return within(ctx.mentions, start, end);
}

// The event and claim stages ask for the same triggers' sources: remembered per token list.
const sources = new WeakMap<readonly unknown[], Map<number, Source | null>>();

/** The source of a trigger at token `trigger` in `sentence`, if the sentence names one. */
export function sourceOf(ctx: SentenceCtx, sentence: Sentence, trigger: number): Source | null {
  let known = sources.get(ctx.doc.tokens);
  if (!known) sources.set(ctx.doc.tokens, (known = new Map()));
  if (!known.has(trigger)) known.set(trigger, findSource(ctx, sentence, trigger));
  return known.get(trigger)!;
}

function findSource(ctx: SentenceCtx, sentence: Sentence, trigger: number): Source | null {
  const { doc, lowers, lex } = ctx;
  const tokens = doc.tokens;
  // "selon X", "according to X": the mention right after the cue.
  for (const cue of lex.according.scan(lowers, sentence.firstToken, sentence.endToken)) {
    const after = mentionsBetween(ctx, tokens[cue.end - 1].end, sentence.end)[0];
    if (after && tokenAt(tokens, after.start) - cue.end <= 3) return { mention: after, cue: cueSpan(ctx, cue.first, cue.end) };
  }
  // "X indique que …", "X said that …": the subject of the last reporting verb before the trigger.
  const verbs = lex.reporting.scan(lowers, sentence.firstToken, trigger);
  for (let v = verbs.length - 1; v >= 0; v--) {
    const verb = verbs[v];
    const limit = Math.min(trigger, verb.end + COMPLEMENTIZER_WINDOW);
    let comp = null;
    for (let t = verb.end; t < limit && !comp; t++) comp = lex.complementizers.longestAt(lowers, t, limit);
    const compEnd = comp?.end ?? (lex.bareClauseStarters.has(lowers[verb.end]) ? verb.end : -1);
    if (compEnd < 0) continue;
    const subject = mentionsBetween(ctx, sentence.start, tokens[verb.first].start).at(-1);
    if (subject) return { mention: subject, cue: cueSpan(ctx, verb.first, compEnd) };
  }
  // "…, a indiqué X." / "…, the ministry said.": a reporting verb after a comma, late in the sentence.
  for (const verb of lex.reporting.scan(lowers, trigger + 1, sentence.endToken)) {
    const comma = tokens.slice(Math.max(trigger, verb.first - 4), verb.first).some((t) => t.text === ',');
    if (!comma) continue;
    const after = mentionsBetween(ctx, tokens[verb.end - 1].end, sentence.end)[0];
    const mention = after ?? mentionsBetween(ctx, tokens[Math.max(trigger + 1, verb.first - 4)].start, tokens[verb.first].start).at(-1);
    if (mention) return { mention, cue: cueSpan(ctx, verb.first, verb.end) };
  }
  return null;
}

export interface Stance {
  readonly modality: Modality;
  readonly timing: Timing;
}

function formAround(ctx: SentenceCtx, re: RegExp | null, first: number, end: number, sentence: Sentence): boolean {
  if (!re) return false;
  for (let t = Math.max(sentence.firstToken, first - 2); t < end; t++) if (re.test(ctx.lowers[t])) return true;
  return false;
}

/**
 * Modality and timing of the trigger [first, end) in `sentence`; `date` is the date attached to
 * the event (or null) and `sentenceDates` the dated mentions of the sentence.
 */
export function stanceOf(ctx: SentenceCtx, sentence: Sentence, first: number, end: number, date: DateMention | null, sentenceDates: readonly DateMention[]): Stance {
  const { lex, lowers } = ctx;
  const s = sentence;
  const conditional = formAround(ctx, lex.conditionalForm, first, end, s) || lex.conditional.some(lowers, Math.max(s.firstToken, first - 3), first);
  const future = formAround(ctx, lex.futureForm, first, end, s) || lex.future.some(lowers, Math.max(s.firstToken, first - 4), first);
  // "a annoncé qu'elle enverrait", "said it would send": a plan reported; "aurait repris": hearsay.
  const perfect = lex.conditionalPerfect.some(lowers, Math.max(s.firstToken, first - 3), first);
  const reported = lex.announce.some(lowers, s.firstToken, first) || lex.reporting.some(lowers, s.firstToken, first);
  const planned = future || (conditional && !perfect && reported);
  let modality: Modality = 'asserted';
  if (lex.denial.some(lowers, s.firstToken, s.endToken)) modality = 'denied';
  else if (lex.unconfirmed.some(lowers, s.firstToken, s.endToken)) modality = 'unconfirmed';
  else if (planned) modality = 'planned';
  else if (conditional || lex.alleging.some(lowers, s.firstToken, s.endToken)) modality = 'alleged';
  let timing: Timing = 'current';
  if (planned) timing = 'future';
  else if (lex.background.some(lowers, Math.max(s.firstToken, first - 3), first)) timing = 'background';
  else if (isPast(date, ctx.doc.published) || (!date && sentenceDates.some((d) => isPast(d, ctx.doc.published)))) timing = 'background';
  return { modality, timing };
}

/** Whether a date lies clearly before the publication date (a week for days, else an earlier month or year). */
export function isPast(date: DateMention | null, published: string | null): boolean {
  if (!date?.date || !published) return false;
  if (date.precision === 'day') return Date.parse(published) - Date.parse(date.date) > 7 * 86_400_000;
  if (date.precision === 'month') return date.date < published.slice(0, 7);
  return date.date < published.slice(0, 4);
}
