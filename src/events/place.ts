// Which place an event takes: the mentions of its clause and sentence, what they say of the place
// (a distance's reference, a destination, a topic, a river), and what "the town" refers back to.
import type { Doc, Sentence, Token } from '../core/doc.js';
import type { Place } from '../model/reading.js';
import type { PlaceLexicon } from '../geo/recognize.js';
import { isDistanceReference, isLocative } from '../geo/recognize.js';
import { isWater } from '../geo/regions.js';
import { lastStartingBy, nearest, quotedAt, tokenAt, within, type PlaceMention } from './mentions.js';
import { isTrigger, type CompiledEvents, type TriggerMatch } from './compiled.js';
import type { Match } from './patterns.js';
import type { SentenceCtx } from './attribution.js';
import { clauseOf, inOtherClause, sameClause, type SentenceClauses } from './clauses.js';
import type { Draft } from './merge.js';
import { datelineEnd, HEAD_KINDS } from './layout.js';
import { ASKING, VERBAL } from './ontology.js';

/** What the place choice reads of the document, besides the sentence's own context. */
export interface PlaceCtx extends SentenceCtx {
  readonly places: readonly PlaceMention[];
  /** The references of distances ("220 km north of X"), and the other places, which "the town" may refer back to. */
  readonly references: ReadonlySet<PlaceMention>;
  readonly antecedents: readonly PlaceMention[];
  readonly placeLex: PlaceLexicon;
  readonly quoted: readonly { start: number; end: number }[];
}

/** Tokens after a request within which a place is still where it was made ("urged all sides in Geneva"). */
const ASKED_PLACE_REACH = 4;
/** Speech acts whose object happened elsewhere: requests, and accusations ("accused X of shelling positions in Kalbajar"). */
const ELSEWHERE: ReadonlySet<string> = new Set([...ASKING, 'ACCUSE']);
/** Place kinds that "la ville" / "the city" can refer back to; a name the gazetteer lacks ('unknown') is mostly a small town. */
const CITY_KINDS = new Set(['city', 'district', 'site', 'town', 'village', 'locality', 'unknown']);

/**
 * The mentions that are the reference of a distance ("Adan Yabaal, about 220 km north of Mogadishu",
 * "située à 50 km des rives du lac Tchad"): they say where something else lies.
 */
export function distanceReferences(doc: Doc, places: readonly PlaceMention[], lex: PlaceLexicon): ReadonlySet<PlaceMention> {
  return new Set(places.filter((p) => isDistanceReference(doc.tokens, tokenAt(doc.tokens, p.start), lex)));
}

/**
 * Whether a happening (no speech act) is told in tokens [from, to): a place after it and before a
 * speech act is that happening's ("said soldiers had executed 12 men in Gayint and called on…").
 */
function deedBefore(lex: CompiledEvents, lowers: readonly string[], from: number, to: number): boolean {
  return lex.triggers.scan(lowers, from, to).some((t) => isTrigger(t) && !VERBAL.has(t.value.plover));
}

/** Whether a place mention is introduced by a locative word ("in Kabul", "près de Gao", "in the town of X"). */
function locativeMention(doc: Doc, p: PlaceMention, lex: PlaceLexicon): boolean {
  const t = tokenAt(doc.tokens, p.start);
  const before = doc.tokens[t - 1];
  return before !== undefined && isLocative(before.lower, lex);
}

/** A river, a lake or a sea is no venue for a speech act ("au sud du fleuve Litani" in an agreement's terms). */
export function venue(p: PlaceMention): boolean {
  return !p.place.feature || !isWater(p.place.feature);
}

/** Whether the trigger's clause is set before or after the main one ("after rebels attacked"): what the main clause says of time and place is not its. */
export function orderedClause(ctx: SentenceCtx, clauses: SentenceClauses, m: Match): boolean {
  const { range, subordinate } = clauseOf(clauses, m.first);
  return subordinate && ctx.lex.sequence.some(ctx.lowers, range.first, range.first + 1);
}

/** Where the event a trigger tells took place: a place of its clause, else of its sentence, else the one before it. */
export function placeFor(ctx: PlaceCtx, clauses: SentenceClauses, m: TriggerMatch, previous: Draft | null): Place | null {
  const { doc, lowers, lex } = ctx;
  const { plover, refusal } = m.value;
  const verbal = VERBAL.has(plover);
  const objectElsewhere = ELSEWHERE.has(plover) || refusal;
  const leaving = plover === 'RETREAT';
  const arriving = plover === 'MOBILIZE';
  const tokens = doc.tokens;
  const s = clauses.sentence;
  const at = tokens[m.first].start;
  // What is asked for happens elsewhere: "appelé … à laisser passer les convois bloqués à Adré".
  const inObject = (p: PlaceMention) => objectElsewhere && tokenAt(tokens, p.start) - m.end > ASKED_PLACE_REACH;
  // "se réunir jeudi pour examiner la situation à Marib": where a speech act's purpose lies is its topic, not its venue.
  const topic = (p: PlaceMention) => verbal && lex.purpose.some(lowers, m.end, tokenAt(tokens, p.start));
  const towards = (p: PlaceMention) => lex.destination.scan(lowers, Math.max(s.firstToken, tokenAt(tokens, p.start) - 4), tokenAt(tokens, p.start)).some((d) => tokenAt(tokens, p.start) - d.end <= 1);
  // "ont fui vers Goma", "fled towards the border": where a flight goes is not where it happened.
  const goneTo = (p: PlaceMention) => leaving && towards(p);
  // "said soldiers had executed 12 men in Gayint and called on…": that place is the deed's, not the speech act's.
  const reportedDeed = (p: PlaceMention) => verbal && p.start < at && deedBefore(lex, lowers, s.firstToken, tokenAt(tokens, p.start));
  const filed = datelineEnd(doc, s);
  // A headline strings its items with commas ("des insurgés attaquent Macomia, Kigali promet des renforts"): each has its own place.
  const item = HEAD_KINDS.has(doc.article.blocks[s.block]?.kind ?? '') ? commaItem(tokens, s, m) : null;
  const inItem = (p: PlaceMention) => !item || (p.start >= item.start && p.end <= item.end);
  const candidates = within(ctx.places, s.start, s.end).filter(
    (p) => p.start >= filed && inItem(p) && !quotedAt(ctx.quoted, p.start) && !inObject(p) && !goneTo(p) && !topic(p) && !reportedDeed(p) && (!verbal || venue(p)),
  );
  // "la ville de Macomia", "the village of Sotk" name the place rather than refer back to one.
  const anaphors = lex.cityAnaphors.scan(lowers, s.firstToken, s.endToken).filter((a) => !lex.genitive.longestAt(lowers, a.end, s.endToken) && !(objectElsewhere && a.first - m.end > ASKED_PLACE_REACH));
  // "La ville, située à 50 km du lac Tchad, avait été reprise": the reference of a distance is where the event is not, when the sentence names another place.
  const located = candidates.filter((p) => !ctx.references.has(p));
  const inSentence = located.length < candidates.length && (located.length || anaphors.length) ? located : candidates;
  const own = inSentence.filter((p) => sameClause(clauses, m.first, tokenAt(tokens, p.start)));
  const ownAnaphor = anaphors.find((a) => sameClause(clauses, m.first, a.first));
  // "reinforcements were sent from Mogadishu to Jowhar": a deployment happens where it goes.
  const goal = arriving ? own.find((p) => p.start > at && towards(p)) : undefined;
  // "Islamabad held talks with the TTP in Kabul": a bare name before the trigger is its subject; where the clause puts it happening wins.
  const near = nearest(own, at);
  const put = near && near.start < at && !locativeMention(doc, near, ctx.placeLex) ? nearest(own.filter((p) => p.start > at && locativeMention(doc, p, ctx.placeLex)), at) : undefined;
  const found = goal?.place ?? (put ?? near)?.place ?? (ownAnaphor && lastCity(ctx, tokens[ownAnaphor.first].start));
  // "to resume talks in Nairobi after a drone strike": nor its own places.
  if (found || verbal || orderedClause(ctx, clauses, m)) return found ?? null;
  const usable = inSentence.filter((p) => !inOtherClause(clauses, m.first, tokenAt(tokens, p.start)));
  const anaphor = anaphors.find((a) => !inOtherClause(clauses, m.first, a.first));
  return nearest(usable, at)?.place ?? (anaphor && lastCity(ctx, tokens[anaphor.first].start)) ?? previous?.place ?? null;
}

/** The characters between the commas around a match in its sentence. */
function commaItem(tokens: readonly Token[], s: Sentence, m: Match): { start: number; end: number } {
  let first = m.first;
  while (first > s.firstToken && tokens[first - 1].text !== ',') first--;
  let end = m.end;
  while (end < s.endToken && tokens[end].text !== ',') end++;
  return { start: tokens[first].start, end: tokens[end - 1].end };
}

function lastCity(ctx: PlaceCtx, offset: number): Place | null {
  for (let i = lastStartingBy(ctx.antecedents, offset); i >= 0; i--) {
    const p = ctx.antecedents[i];
    if (p.end <= offset && CITY_KINDS.has(p.place.kind)) return p.place;
  }
  return null;
}
