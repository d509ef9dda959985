// Who reports a happening and how: the source ("selon X", "X indique que", "…, X said"),
// the modality (asserted, alleged, denied, unconfirmed, planned) and the timing (current,
// background, future) of one trigger, from the pack's cue lists.
import type { Doc, Sentence } from '../core/doc.js';
import { spanOf } from '../core/doc.js';
import { memo } from '../core/memo.js';
import type { DateMention, Modality, Span, Timing } from '../model/reading.js';
import { isTrigger, type CompiledEvents } from './compiled.js';
import { lastStartingBy, tokenAt, within, type EntityMention } from './mentions.js';

export interface SentenceCtx {
  readonly doc: Doc;
  readonly lowers: readonly string[];
  readonly lex: CompiledEvents;
  readonly mentions: readonly EntityMention[];
}

export interface Source {
  readonly mention: EntityMention;
  readonly cue: Span;
  /** The reported content is an infinitive ("affirme avoir pris"): its doer is the source. */
  readonly infinitive?: boolean;
}

/** How far (tokens) a complementizer may follow its reporting verb ("a annoncé, samedi matin, qu'elle"). */
const COMPLEMENTIZER_WINDOW = 7;
/** Tokens a relative pronoun may take ("qui", "lequel", "which"): the window searched before a reporting verb. */
const RELATIVE_WORDS = 3;
/** Tokens a modal auxiliary may stand before a trigger ("would soon launch an offensive"). */
const MODAL_REACH = 4;
/** Words a future marker may take beyond its first ("is|are expected to"). */
const MARKER_WORDS = 3;
/** Words a subject may take between the comma and a late reporting verb ("…, regional governor Oleh Kiper said"). */
const LATE_SUBJECT_WORDS = 6;

/** "…, and claimed to have seized": a verb opening content of its own reports something else. */
function opensContent(ctx: SentenceCtx, from: number, limit: number): boolean {
  for (let t = from; t < Math.min(limit, from + 3) && ctx.doc.tokens[t].text !== ','; t++) {
    if (ctx.lex.complementizers.longestAt(ctx.lowers, t, limit) || ctx.lex.infinitives.longestAt(ctx.lowers, t, limit)) return true;
  }
  return false;
}

function cueSpan(ctx: SentenceCtx, first: number, end: number): Span {
  return spanOf(ctx.doc.text, ctx.doc.tokens[first].start, ctx.doc.tokens[end - 1].end);
}

function mentionsBetween(ctx: SentenceCtx, start: number, end: number): EntityMention[] {
  return within(ctx.mentions, start, end);
}

function startsMention(ctx: SentenceCtx, offset: number): boolean {
  const i = lastStartingBy(ctx.mentions, offset);
  return i >= 0 && ctx.mentions[i].start === offset;
}

/** The source of a trigger at token `trigger` in `sentence`, if the sentence names one. */
export function sourceOf(ctx: SentenceCtx, sentence: Sentence, trigger: number): Source | null {
  // The event and claim stages ask for the same triggers' sources: remembered per token list.
  const known = memo(ctx.doc.tokens, sourceOf, () => new Map<number, Source | null>());
  if (!known.has(trigger)) known.set(trigger, findSource(ctx, sentence, trigger));
  return known.get(trigger)!;
}

function findSource(ctx: SentenceCtx, sentence: Sentence, trigger: number): Source | null {
  const { doc, lowers, lex } = ctx;
  const tokens = doc.tokens;
  // "selon X", "according to X": the mention right after the cue.
  for (const cue of lex.according.scan(lowers, sentence.firstToken, sentence.endToken)) {
    // "L'attaque a été revendiquée par X, qui affirme avoir…": a claim of responsibility is about what comes before it.
    if (cue.first < trigger && lex.responsibility.some(lowers, cue.first, cue.end)) continue;
    const after = mentionsBetween(ctx, tokens[cue.end - 1].end, sentence.end)[0];
    if (after && tokenAt(tokens, after.start) - cue.end <= 3) return { mention: after, cue: cueSpan(ctx, cue.first, cue.end) };
  }
  // "X indique que …", "X said that …": the subject of the last reporting verb before the trigger.
  const verbs = lex.reporting.scan(lowers, sentence.firstToken, trigger);
  for (let v = verbs.length - 1; v >= 0; v--) {
    const verb = verbs[v];
    const limit = Math.min(trigger, verb.end + COMPLEMENTIZER_WINDOW);
    let comp = null;
    let infinitive = null;
    for (let t = verb.end; t < limit && !comp && !infinitive; t++) {
      comp = lex.complementizers.longestAt(lowers, t, limit);
      if (!comp) infinitive = lex.infinitives.longestAt(lowers, t, limit);
    }
    // "said Russia launched…": reported speech may open on a name as well as on a starter word.
    const bare = lex.bareClauseStarters.has(lowers[verb.end]) || (verb.end < trigger && startsMention(ctx, tokens[verb.end].start));
    const compEnd = comp?.end ?? infinitive?.end ?? (bare ? verb.end : -1);
    if (compEnd < 0) continue;
    const subject = antecedent(ctx, sentence, verb.first) ?? mentionsBetween(ctx, sentence.start, tokens[verb.first].start).at(-1);
    if (subject) return { mention: subject, cue: cueSpan(ctx, verb.first, compEnd), infinitive: infinitive !== null && !comp };
  }
  // "…, a indiqué X." / "…, the ministry said.": a reporting verb after a comma, late in the sentence.
  for (const verb of lex.reporting.scan(lowers, trigger + 1, sentence.endToken)) {
    let comma = verb.first - 1;
    while (comma >= Math.max(trigger, verb.first - LATE_SUBJECT_WORDS) && tokens[comma].text !== ',') comma--;
    if (comma < Math.max(trigger, verb.first - LATE_SUBJECT_WORDS) || opensContent(ctx, verb.end, sentence.endToken)) continue;
    // The speaker stands right after the verb ("a rapporté MSF", "said the ministry") or between the comma and it.
    const next = mentionsBetween(ctx, tokens[verb.end - 1].end, sentence.end)[0];
    // …but a news agency there is who was told ("a source told Reuters").
    const after = next && tokenAt(tokens, next.start) - verb.end <= 3 && next.entity.kind !== 'media' ? next : undefined;
    const mention = after ?? mentionsBetween(ctx, tokens[comma].end, tokens[verb.first].start).at(-1);
    if (mention) return { mention, cue: cueSpan(ctx, verb.first, verb.end) };
  }
  return null;
}

/**
 * "X, affilié à Al-Qaïda, qui affirme…", "X, backed by Y, which said…": a relative pronoun after a
 * participial apposition stands for the noun before the apposition.
 */
function antecedent(ctx: SentenceCtx, sentence: Sentence, verb: number): EntityMention | undefined {
  const { doc, lowers, lex } = ctx;
  const tokens = doc.tokens;
  const relative = lex.subordinators.endsAt(lowers, Math.max(sentence.firstToken, verb - RELATIVE_WORDS), verb, verb);
  const close = verb - 2;
  if (!relative || close <= sentence.firstToken || tokens[close].text !== ',') return undefined;
  let open = close - 1;
  while (open > sentence.firstToken && tokens[open].text !== ',') open--;
  if (tokens[open].text !== ',' || !lex.participle.test(lowers[open + 1])) return undefined;
  return mentionsBetween(ctx, sentence.start, tokens[open].start).at(-1);
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
 * Whether the sentence holds a word of allegation. One that only opens a longer claim of
 * responsibility ("X claimed responsibility, according to police") is the doer's own word, not
 * doubt; a pack keeps a cue alleging by giving it as both, alone ("revendiqu*").
 */
function alleges(ctx: SentenceCtx, s: Sentence): boolean {
  const { lex, lowers } = ctx;
  return lex.alleging.scan(lowers, s.firstToken, s.endToken).some((a) => (lex.responsibility.longestAt(lowers, a.first, s.endToken)?.end ?? a.end) <= a.end);
}

/**
 * Modality and timing of the trigger [first, end) in `sentence`; `date` is the date attached to
 * the event (or null) and `sentenceDates` the dated mentions of the sentence. A speech act
 * (`verbal`: an accusation, a call) is made as reported: the sentence's denial or doubt is about
 * what it says, not about it.
 */
export function stanceOf(ctx: SentenceCtx, sentence: Sentence, first: number, end: number, date: DateMention | null, sentenceDates: readonly DateMention[], verbal = false, refusal = false): Stance {
  const { lex, lowers } = ctx;
  const s = sentence;
  // "les combats auraient fait…": after a noun trigger the conditional verb follows it.
  // "would soon launch an offensive", "will later send troops": an adverb may stand between the auxiliary and the verb's object.
  const conditional = formAround(ctx, lex.conditionalForm, first, Math.min(s.endToken, end + 2), s) || lex.conditional.some(lowers, Math.max(s.firstToken, first - MODAL_REACH), end);
  // A marker of several words ends within reach of the trigger: "is expected to launch a ground offensive".
  // Either may stand inside a trigger with a gap: "two battalions would be sent".
  const future = formAround(ctx, lex.futureForm, first, end, s) || lex.future.scan(lowers, Math.max(s.firstToken, first - MODAL_REACH - MARKER_WORDS), end).some((f) => first - f.end < MODAL_REACH);
  // "a annoncé qu'elle enverrait", "said it would send": a plan reported; "aurait repris": hearsay.
  const perfect = lex.conditionalPerfect.some(lowers, Math.max(s.firstToken, first - MODAL_REACH), first);
  const announced = lex.announce.some(lowers, s.firstToken, first);
  const reported = announced || lex.reporting.some(lowers, s.firstToken, first);
  // An event dated after the publication is yet to come ("doit se rendre mercredi à Luanda"); after an
  // announcement even a compound conditional is a plan ("a annoncé que des renforts seraient déployés").
  // A refusal in the future or the conditional ("ne participera pas", "ne participerait pas") is said now.
  const planned = !refusal && (future || (conditional && (!perfect || announced) && reported) || isAhead(date, ctx.doc.published));
  // "accusé l'armée d'avoir bombardé", "accused X of shelling": what an accusation says is alleged.
  const accused = lex.triggers.scan(lowers, s.firstToken, first).some((m) => isTrigger(m) && m.value.plover === 'ACCUSE' && m.end <= first);
  let modality: Modality = 'asserted';
  if (accused) modality = 'alleged';
  // "denied that X and said Y": a reporting verb after the denial opens another statement.
  else if (!verbal && lex.denial.scan(lowers, s.firstToken, s.endToken).some((d) => d.first >= end || !lex.reporting.some(lowers, d.end, first))) modality = 'denied';
  else if (!verbal && lex.unconfirmed.some(lowers, s.firstToken, s.endToken)) modality = 'unconfirmed';
  else if (planned) modality = 'planned';
  else if ((conditional && !refusal) || (!verbal && alleges(ctx, s))) modality = 'alleged';
  // "claimed its forces had captured": in reported speech a pluperfect is the tense shifted back, not an earlier happening.
  const reportedSpeech = lex.reporting.some(lowers, s.firstToken, first);
  let timing: Timing = 'current';
  if (planned) timing = 'future';
  else if (!reportedSpeech && lex.background.some(lowers, Math.max(s.firstToken, first - 3), first)) timing = 'background';
  else if (isPast(date, ctx.doc.published) || (!date && sentenceDates.some((d) => isPast(d, ctx.doc.published)))) timing = 'background';
  return { modality, timing };
}

/** Whether a day lies after the publication date. */
function isAhead(date: DateMention | null, published: string | null): boolean {
  return date?.precision === 'day' && date.date !== null && published !== null && date.date > published;
}

/** Whether a date lies clearly before the publication date (a week for days, else an earlier month or year). */
export function isPast(date: DateMention | null, published: string | null): boolean {
  if (!date?.date || !published) return false;
  if (date.precision === 'day') return Date.parse(published) - Date.parse(date.date) > 7 * 86_400_000;
  if (date.precision === 'month') return date.date < published.slice(0, 7);
  return date.date < published.slice(0, 4);
}
