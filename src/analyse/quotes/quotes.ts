// Quotes: direct quotes between quotation marks with the speaker from the reporting clause
// before or after them, pull-quotes (a quotation paragraph followed by a speaker line), and
// indirect speech ("X a déclaré que…", "X said…"). Speakers are entity mentions when there is one.
import type { Doc } from '../../core/doc.js';
import { spanOf } from '../../core/doc.js';
import type { Quote } from '../../model/reading.js';
import type { QuoteLexicon } from './lexicon.js';
import { lowersOf, patternSet, type PatternSet } from '../../events/patterns.js';
import { entityMentions, tokenAt, within, type EntityMention } from '../../events/mentions.js';
import { sentenceAt } from '../../core/search.js';
import { escapeRegExp } from '../../core/regex.js';
import { oncePer } from '../../core/memo.js';

/** Quotes shorter than this with no reporting verb beside them are scare quotes, not speech. */
const MIN_UNATTRIBUTED_WORDS = 5;
/** How far (tokens) after a closing mark the reporting verb may come ("», a d'ailleurs indiqué", "” the bloc's foreign policy chief Jane Doe told"). */
const CUE_WINDOW = 10;
const MAX_QUOTE_CHARS = 3000;
const SPEAKER_LINE_MAX_WORDS = 14;
/** How far (tokens) before a quote inside a clause its reporting verb may stand ("urged allies on Monday to “stop…”"). */
const IN_CLAUSE_WINDOW = 12;

interface Compiled {
  readonly reporting: PatternSet<true>;
  readonly complementizers: PatternSet<true>;
  readonly bare: ReadonlySet<string>;
  readonly pronouns: PatternSet<true>;
  readonly frames: PatternSet<true>;
  /** Any opening mark, and each opening mark's closing one (the first pair listed wins). */
  readonly opener: RegExp;
  readonly closeOf: ReadonlyMap<string, string>;
}
const compile = oncePer((lex: QuoteLexicon): Compiled => {
  const closeOf = new Map<string, string>();
  for (const [open, close] of lex.marks) if (!closeOf.has(open)) closeOf.set(open, close);
  return {
    reporting: patternSet(lex.reporting),
    complementizers: patternSet(lex.complementizers),
    bare: new Set(lex.bareClauseStarters),
    pronouns: patternSet(lex.pronouns),
    frames: patternSet(lex.frames ?? []),
    opener: new RegExp(lex.marks.map(([open]) => escapeRegExp(open)).join('|'), 'g'),
    closeOf,
  };
});

interface Ctx {
  readonly doc: Doc;
  readonly lowers: readonly string[];
  readonly mentions: readonly EntityMention[];
  readonly lex: Compiled;
}

export function findQuotes(doc: Doc, lexicon: QuoteLexicon): Quote[] {
  const ctx: Ctx = { doc, lowers: lowersOf(doc.tokens), mentions: entityMentions(doc.entities), lex: compile(lexicon) };
  const direct = directQuotes(ctx);
  const pulled = pullQuotes(ctx, direct);
  const all = [...direct, ...pulled].sort((a, b) => a.start - b.start);
  // "X affirme que … « … », a-t-il déclaré": a pronoun speaker is the last one, of direct or reported speech.
  const quotes = [...all, ...indirectSpeech(ctx, all)].sort((a, b) => a.start - b.start);
  attributePronouns(ctx, quotes);
  return quotes.map((q, i) => ({ ...q, id: `q${i + 1}` }));
}

type Draft = Omit<Quote, 'id'> & { pronoun?: boolean };


function directQuotes(ctx: Ctx): Draft[] {
  const { doc } = ctx;
  const { opener, closeOf } = ctx.lex;
  const text = doc.text;
  const out: Draft[] = [];
  for (let i = 0; i < text.length; i++) {
    opener.lastIndex = i;
    const found = opener.exec(text);
    if (!found) break;
    i = found.index;
    const open = found[0];
    const close = closeOf.get(open)!;
    const from = i + open.length;
    const closeAt = text.indexOf(close, from);
    const paragraphEnd = text.indexOf('\n\n', from);
    if (closeAt < 0 || closeAt - from > MAX_QUOTE_CHARS || (paragraphEnd >= 0 && paragraphEnd < closeAt)) continue;
    const inner = trimSpan(text, from, closeAt);
    i = closeAt + close.length - 1;
    if (inner.end <= inner.start) continue;
    // Speech ends on its own punctuation ("…,” said X) or is followed by a comma ("», a déclaré X").
    const spoken = SPEECH_END.includes(text[inner.end - 1]) || commaAt(text, closeAt + close.length);
    const speaker = (spoken ? speakerAfter(ctx, closeAt + close.length) : null) ?? speakerBefore(ctx, from - open.length);
    if (!speaker && !hasWords(text, inner.start, inner.end, MIN_UNATTRIBUTED_WORDS)) continue;
    out.push({
      speaker: speaker?.mention?.entity.id ?? null,
      speakerName: speaker?.name ?? null,
      text: text.slice(inner.start, inner.end),
      direct: true,
      start: inner.start,
      end: inner.end,
      cue: speaker?.cue ?? null,
      pronoun: speaker?.pronoun,
    });
  }
  return out;
}

function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && SPACE.test(text[start])) start++;
  while (end > start && SPACE.test(text[end - 1])) end--;
  return { start, end };
}

const SPACE = /\s/;
const SPACES = /\s+/g;
const SPEECH_END = ',.!?…';
const COMMA_AFTER_SPACES = /\s*,/y;

/** Whether text[at…] is a comma after optional spaces. */
function commaAt(text: string, at: number): boolean {
  COMMA_AFTER_SPACES.lastIndex = at;
  return COMMA_AFTER_SPACES.test(text);
}

/** Whether the trimmed span [start, end) holds at least `min` space-separated words (counted without copying it). */
function hasWords(text: string, start: number, end: number, min: number): boolean {
  let words = 1;
  SPACES.lastIndex = start;
  // A trimmed span ends on a non-space, so a run of spaces found inside it also ends inside it.
  while (words < min && SPACES.exec(text) !== null && SPACES.lastIndex <= end) words++;
  return words >= min;
}

interface Speaker {
  readonly mention: EntityMention | null;
  readonly name: string | null;
  readonly cue: { start: number; end: number; text: string };
  readonly pronoun?: boolean;
}

/** The preferred speaker among mentions: a person, else any entity. */
function pickSpeaker(mentions: readonly EntityMention[]): EntityMention | null {
  return mentions.find((m) => m.entity.kind === 'person') ?? mentions[0] ?? null;
}

/** The preferred speaker among mentions read backwards from the last (the nearest before a cue). */
function pickSpeakerBackwards(mentions: readonly EntityMention[]): EntityMention | null {
  for (let i = mentions.length - 1; i >= 0; i--) if (mentions[i].entity.kind === 'person') return mentions[i];
  return mentions.at(-1) ?? null;
}

/** "», a déclaré John Kerry." / "”, the minister said." / "”, he added." */
function speakerAfter(ctx: Ctx, offset: number): Speaker | null {
  const { doc, lowers, lex } = ctx;
  const sentence = sentenceAt(doc.sentences, offset - 1);
  if (!sentence) return null;
  const first = tokenAt(doc.tokens, offset);
  const verb = lex.reporting.firstIn(lowers, first, Math.min(sentence.endToken, first + CUE_WINDOW), sentence.endToken);
  if (!verb) return null;
  const cue = spanOf(doc.text, doc.tokens[verb.first].start, doc.tokens[verb.end - 1].end);
  const after = within(ctx.mentions, cue.end, sentence.end);
  const before = within(ctx.mentions, offset, cue.start);
  const mention = pickSpeaker(after) ?? pickSpeaker(before);
  if (mention) return { mention, name: doc.text.slice(mention.start, mention.end), cue };
  const pronoun = lex.pronouns.some(lowers, first, Math.min(verb.end + 2, sentence.endToken)) || /-/.test(lowers[verb.first]);
  const name = nounPhrase(doc.text, cue.end, sentence.end) ?? nounPhrase(doc.text, offset, cue.start);
  return { mention: null, name: pronoun ? null : name, cue, pronoun };
}

/** "John Kerry a déclaré : « … »" / "The minister said: “…”". */
function speakerBefore(ctx: Ctx, openAt: number): Speaker | null {
  const { doc, lowers, lex } = ctx;
  const sentence = sentenceAt(doc.sentences, openAt);
  if (!sentence) return null;
  // Inside a clause ("urged allies to “stop counting”", "dénonçant une « campagne »") only a named speaker counts.
  const introduced = introducedAt(doc.text, sentence.start, openAt);
  const last = tokenAt(doc.tokens, openAt);
  const from = introduced ? sentence.firstToken : Math.max(sentence.firstToken, last - IN_CLAUSE_WINDOW);
  // The reporting verb nearest the quote.
  const verb = lex.reporting.lastIn(lowers, from, last, last);
  if (!verb) return introduced ? framed(ctx, sentence.firstToken, openAt) : null;
  const cue = spanOf(doc.text, doc.tokens[verb.first].start, doc.tokens[verb.end - 1].end);
  const before = within(ctx.mentions, sentence.start, cue.start);
  const mention = pickSpeakerBackwards(before);
  if (mention) return { mention, name: doc.text.slice(mention.start, mention.end), cue };
  if (!introduced) return null;
  return { mention: null, name: nounPhrase(doc.text, sentence.start, cue.start), cue, pronoun: lex.pronouns.some(lowers, sentence.firstToken, verb.first) };
}

/** "Pour Anna Berg, politologue, « … »", "…, selon X, « … »": a frame of opinion right before a name gives the quote after a comma its speaker (the nearest such). */
function framed(ctx: Ctx, firstToken: number, openAt: number): Speaker | null {
  const { doc } = ctx;
  const frames = ctx.lex.frames.scan(ctx.lowers, firstToken, tokenAt(doc.tokens, openAt));
  for (let i = frames.length - 1; i >= 0; i--) {
    const frame = frames[i];
    const cue = spanOf(doc.text, doc.tokens[frame.first].start, doc.tokens[frame.end - 1].end);
    const mention = within(ctx.mentions, cue.end, openAt)[0];
    if (mention && tokenAt(doc.tokens, mention.start) - frame.end <= FRAME_REACH) return { mention, name: doc.text.slice(mention.start, mention.end), cue };
  }
  return null;
}
/** Tokens between a frame of opinion and its speaker ("Pour le chercheur X"). */
const FRAME_REACH = 2;

/** Whether [start, end) ends on a colon or a comma, and spaces ("X a déclaré : « … »"). */
function introducedAt(text: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i >= start && SPACE.test(text[i])) i--;
  return i >= start && (text[i] === ':' || text[i] === ',');
}

// Capitalised words, with lower-case particles ("de", "al-Assad") only before a capital:
// the alternatives are disjoint so a long non-name fails fast instead of backtracking.
const PROPER_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|\p{Ll}{1,3}-\p{Lu}[\p{L}'’.-]*|\p{Ll}{1,3}(?=\s+\p{Lu})))*$/u;
/** Longer than any name worth testing. */
const NAME_MAX_CHARS = 80;

/**
 * A short noun phrase standing alone in [start, end) ("the minister"), or null. Of an apposition
 * ("Abu X, the group's leader", "le porte-parole, Igor K.") the part that is a proper name wins.
 */
function nounPhrase(text: string, start: number, end: number): string | null {
  const parts = text.slice(start, end).split(',').map((p) => p.replace(/^[\s;:]+|[\s;:.!?]+$/g, '')).filter((p) => /\p{L}/u.test(p));
  const phrase = parts.find((p) => p.length <= NAME_MAX_CHARS && p.includes(' ') && PROPER_NAME.test(p)) ?? parts[0];
  const words = phrase?.split(/\s+/) ?? [];
  return phrase && words.length <= 8 ? phrase : null;
}

/**
 * "he added", "a-t-il ajouté": the speaker is the previous quote's, unless a person is named between
 * that quote and this one ("…, selon le gouverneur, Ivan Fedorov. « … », a-t-il écrit"): then that person.
 */
function attributePronouns(ctx: Ctx, quotes: Draft[]): void {
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (!q.pronoun || q.speaker || q.speakerName) continue;
    const from = i > 0 ? quotes[i - 1].end : 0;
    const person = within(ctx.mentions, from, q.start).findLast((m) => m.entity.kind === 'person');
    if (person) quotes[i] = { ...q, speaker: person.entity.id, speakerName: ctx.doc.text.slice(person.start, person.end) };
    else if (i > 0) quotes[i] = { ...q, speaker: quotes[i - 1].speaker, speakerName: quotes[i - 1].speakerName };
  }
  for (const q of quotes) delete q.pronoun;
}

/** A paragraph of speech with no quotation marks, followed by a short line naming the speaker. */
function pullQuotes(ctx: Ctx, direct: readonly Draft[]): Draft[] {
  const { doc } = ctx;
  const blocks = doc.article.blocks;
  const out: Draft[] = [];
  for (let b = 0; b + 1 < blocks.length; b++) {
    const body = blocks[b];
    const line = blocks[b + 1];
    if (body.kind === 'title' || body.kind === 'heading' || !/[.!?…]$/.test(body.text.trim())) continue;
    if (direct.some((q) => q.start < body.end && q.end > body.start)) continue;
    const lineText = line.text.trim();
    if (/[.!?:;]$/.test(lineText) || lineText.split(/\s+/).length > SPEAKER_LINE_MAX_WORDS) continue;
    const speaker = speakerLine(ctx, line.start, line.end);
    if (!speaker) continue;
    out.push({
      speaker: speaker.mention?.entity.id ?? null,
      speakerName: speaker.name,
      text: body.text,
      direct: true,
      start: body.start,
      end: body.end,
      cue: spanOf(doc.text, line.start, line.end),
    });
  }
  return out;
}

// "Le secrétaire d'État américain, John Kerry": a title, a comma, then a capitalised name at the end.
const ROLE_AND_NAME = /,\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)+)\s*$/u;

function speakerLine(ctx: Ctx, start: number, end: number): { mention: EntityMention | null; name: string } | null {
  const lineText = ctx.doc.text.slice(start, end);
  const persons = within(ctx.mentions, start, end).filter((m) => m.entity.kind === 'person');
  const last = persons.at(-1);
  if (last && ctx.doc.text.slice(last.end, end).trim() === '') return { mention: last, name: ctx.doc.text.slice(last.start, last.end) };
  const named = ROLE_AND_NAME.exec(lineText);
  return named ? { mention: null, name: named[1] } : null;
}

/** "X a déclaré que …", "X said (that) …": reported speech, direct=false. */
function indirectSpeech(ctx: Ctx, direct: readonly Draft[]): Draft[] {
  const { doc, lowers, lex } = ctx;
  const out: Draft[] = [];
  let lastSpeaker: Pick<Draft, 'speaker' | 'speakerName'> | null = null;
  for (const sentence of doc.sentences) {
    if (direct.some((q) => q.start < sentence.end && q.end > sentence.start)) continue;
    for (const verb of lex.reporting.scan(lowers, sentence.firstToken, sentence.endToken)) {
      const next = verb.end;
      if (next >= sentence.endToken) continue;
      const comp = lex.complementizers.longestAt(lowers, next, sentence.endToken);
      if (!comp && !lex.bare.has(lowers[next])) continue;
      const contentStart = comp ? comp.end : next;
      if (contentStart >= sentence.endToken) continue;
      const cue = spanOf(doc.text, doc.tokens[verb.first].start, doc.tokens[(comp ? comp.end : verb.end) - 1].end);
      const before = within(ctx.mentions, sentence.start, cue.start);
      const mention = pickSpeakerBackwards(before);
      let who: Pick<Draft, 'speaker' | 'speakerName'> | null = null;
      if (mention) who = { speaker: mention.entity.id, speakerName: doc.text.slice(mention.start, mention.end) };
      else if (lex.pronouns.some(lowers, Math.max(sentence.firstToken, verb.first - 3), verb.first)) who = lastSpeaker;
      if (!who) continue;
      const content = trimSpan(doc.text, doc.tokens[contentStart].start, sentence.end);
      const end = /[.!?…]$/.test(doc.text.slice(content.start, content.end)) ? content.end - 1 : content.end;
      out.push({ ...who, text: doc.text.slice(content.start, end), direct: false, start: content.start, end, cue });
      lastSpeaker = who;
      break;
    }
  }
  return out;
}
