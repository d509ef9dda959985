// Event detection: trigger matches from the pack's lexicon, each turned into a candidate with
// its actors, place, date, timing, modality, source and figures, then merged so that one
// happening gives one event (see merge.ts). Body sentences are read before the title and
// headings, so that an event keeps the body's evidence.
import type { Doc, Sentence, Token } from '../core/doc.js';
import { spanOf } from '../core/doc.js';
import type { DateMention, Entity, Event, Span } from '../model/reading.js';
import type { LanguagePack } from '../lang/types.js';
import { partitionPoint } from '../core/search.js';
import { compileEvents, isTrigger, type NotAnEvent, type TriggerMatch } from './compiled.js';
import { lowersOf, type Match } from './patterns.js';
import type { TriggerEntry } from './lexicon.js';
import { entityMentions, lastStartingBy, nearest, placeMentions, quotedAt, sameSide, tokenAt, within, type EntityMention, type PlaceMention } from './mentions.js';
import { clauseOf, clausesOf, inOtherClause, sameClause, type SentenceClauses } from './clauses.js';
import { sourceOf, stanceOf, type SentenceCtx } from './attribution.js';
import { attachActors, candidatesFor, type Actors, type Candidate } from './actors.js';
import { threatened, unreal } from './conditions.js';
import { mediatorsIn } from './mediators.js';
import { fillBothSides } from './sides.js';
import { condemned, retold } from './retold.js';
import { ASKING, VERBAL } from './ontology.js';
import { finalize, mergeInto, type Draft } from './merge.js';
import { distanceReferences, orderedClause, placeFor, type PlaceCtx } from './place.js';
import { dateline, HEAD_KINDS } from './layout.js';
import { closesFrame } from '../analyse/sentences.js';
import { CivilianActors, civilianNouns, civilianTarget, harms, isCivilians, placesFocus } from './civilians.js';

const BODY_KINDS = new Set(['paragraph', 'quote', 'caption', 'byline']);
/** How far (tokens) into their clause the object of a request reaches. */
const ASKED_REACH = 12;
/** Tokens between a late speaker's mention after a comma and its reporting verb. */
const SPEAKER_REACH = 4;
/** Tokens a weapon may stand before a destruction it made ("its jets had destroyed"). */
const WEAPON_REACH = 3;
/** Tokens between a trigger and a purpose that follows it ("launch an offensive to retake Nyala"). */
const PURPOSE_REACH = 6;
/** Tokens between a purpose word and the trigger of the aim ("pour de nouveaux entretiens"). */
const AIM_REACH = 2;
/** Modes of an attack from afar, whose destruction is its own damage. */
const STRIKES = new Set(['aerial', 'shelling', 'explosion']);
/** A list item's bullet opening a block. */
const BULLET = /^[-•*–▪►]\s/u;

/** The last happening read, of the news and of its background: what an undated or unplaced mention may continue. */
interface Previous {
  readonly news: Draft | null;
  readonly past: Draft | null;
}
const NONE_BEFORE: Previous = { news: null, past: null };

interface DocCtx extends PlaceCtx {
  readonly civilians: CivilianActors;
}

/** The events, and the entities with the civilians they were done to (./civilians.ts). */
export function detectEvents(doc: Doc, pack: LanguagePack): { events: Event[]; entities: readonly Entity[] } {
  const lex = compileEvents(pack);
  const lowers = lowersOf(doc.tokens);
  const frames = locativeCountries(doc, lowers, entityMentions(doc.entities), new Set(pack.actors.inCountry));
  const mentions = frames.size ? entityMentions(doc.entities).filter((m) => !frames.has(m)) : entityMentions(doc.entities);
  // A name that is an actor here ("selon Moscou") is no place; a country read as a place stays one.
  const places = placeMentions(doc.places).filter((p) => !overlapsMention(mentions, p));
  const references = distanceReferences(doc, places, pack.places);
  const ctx: DocCtx = {
    doc,
    lowers,
    lex,
    mentions,
    places,
    references,
    antecedents: references.size ? places.filter((p) => !references.has(p)) : places,
    placeLex: pack.places,
    quoted: doc.quotes.filter((q) => q.direct),
    civilians: new CivilianActors(civilianNouns(pack), doc.entities.length + 1, placesFocus(doc.places)),
  };
  const kindOf = (s: Sentence) => doc.article.blocks[s.block]?.kind ?? 'paragraph';
  // A bulleted item ("- Israel orders residents to leave") sums up the body, as a heading does: read after it, merged loosely.
  const summing = (s: Sentence) => HEAD_KINDS.has(kindOf(s)) || (BODY_KINDS.has(kindOf(s)) && BULLET.test(doc.article.blocks[s.block]?.text ?? ''));
  const body = doc.sentences.filter((s) => BODY_KINDS.has(kindOf(s)) && !summing(s));
  const heads = doc.sentences.filter(summing);
  const drafts: Draft[] = [];
  let previous: Previous = NONE_BEFORE;
  let lastSentence: Draft[] = [];
  for (const sentence of [...body, ...heads]) {
    const head = summing(sentence);
    if (head) previous = NONE_BEFORE;
    const held: Draft[] = [];
    const known = drafts.length;
    for (const draft of sentenceDrafts(ctx, sentence, previous)) {
      fillBothSides(ctx.lowers, doc.tokens, ctx.lex, sentence, drafts, draft);
      const merged = condemned(drafts, draft) ?? ((!head && retold(ctx.lowers, doc.tokens, ctx.lex, sentence, drafts, draft)) || mergeInto(drafts, draft, head));
      held.push(merged);
      if (!VERBAL.has(draft.plover)) previous = merged.timing === 'background' ? { ...previous, past: merged } : { ...previous, news: merged };
    }
    // No new happening here ("Aucune source n'a confirmé cette attaque"): its doubt is about the sentence before.
    if (!head && drafts.length === known) doubtPrevious(ctx, sentence, lastSentence);
    lastSentence = held;
  }
  const civilians = ctx.civilians.entities();
  return { events: finalize(drafts), entities: civilians.length ? [...doc.entities, ...civilians] : doc.entities };
}

/**
 * Countries named as where, not who: one that opens its sentence as its frame ("Au Togo, quatre soldats ont été
 * tués…", "In Mali, the army…"; one lowercase word may qualify it: "Au Niger voisin,"), and one inside a part of
 * itself after a locative ("dans le nord du Bénin", "in eastern Congo").
 */
function locativeCountries(doc: Doc, lowers: readonly string[], mentions: readonly EntityMention[], locatives: ReadonlySet<string>): Set<EntityMention> {
  const out = new Set<EntityMention>();
  const tokens = doc.tokens;
  for (const place of doc.places) {
    if (!place.part) continue;
    for (const p of place.mentions) {
      // After a locative only: "an attack on southern Israel" names its target.
      const before = tokenAt(tokens, p.start) - 1;
      if (before < 0 || !locatives.has(lowers[before])) continue;
      for (const m of within(mentions, p.start, p.end)) if (m.entity.kind === 'state') out.add(m);
    }
  }
  for (const s of doc.sentences) {
    const name = tokens[s.firstToken + 1];
    if (!name || s.firstToken + 1 >= s.endToken || !locatives.has(lowers[s.firstToken])) continue;
    const m = mentions[lastStartingBy(mentions, name.start)];
    if (!m || m.start !== name.start || m.entity.kind !== 'state') continue;
    if (closesFrame(tokens, tokenAt(tokens, m.end))) out.add(m);
  }
  return out;
}

/** "Ces chiffres n'ont pas pu être confirmés.", "The claims could not be verified.": a sentence of doubt alone is about the one before. */
function doubtPrevious(ctx: DocCtx, sentence: Sentence, before: readonly Draft[]): void {
  if (!ctx.lex.unconfirmed.some(ctx.lowers, sentence.firstToken, sentence.endToken)) return;
  for (const d of before) if (!VERBAL.has(d.plover) && (d.modality === 'asserted' || d.modality === 'alleged')) d.modality = 'unconfirmed';
}

function sentenceDrafts(ctx: DocCtx, sentence: Sentence, previous: Previous): Draft[] {
  const { doc, lowers, lex } = ctx;
  const tokens = doc.tokens;
  const found = lex.triggers.scan(lowers, sentence.firstToken, sentence.endToken);
  // Most sentences have no trigger: nothing more to read.
  if (!found.length) return [];
  const sentenceMentions = within(ctx.mentions, sentence.start, sentence.end);
  // A pattern with a gap whose last word falls in a name ("called on the International Criminal Court")
  // is read again up to that name, where a shorter trigger ("called on") may stand.
  const matches: TriggerMatch[] = [];
  for (const f of found) {
    const name = f.end - f.first > 1 && !inName(sentenceMentions, tokens, f) ? nameAt(sentenceMentions, tokens, f.end - 1) : undefined;
    if (!name) keepTrigger(ctx, sentenceMentions, f, matches);
    else for (const m of lex.triggers.scan(lowers, f.first, tokenAt(tokens, name.start))) keepTrigger(ctx, sentenceMentions, m, matches);
  }
  if (!matches.length) return [];
  const clauses = clausesOf(doc.text, tokens, lowers, sentence, lex);
  // A participle followed by its agent ("secteurs occupés par les insurgés", "appuyée par
  // Moscou") describes a standing state: no event, and its agent is a plain mention.
  const demoted = new Set<EntityMention>();
  const aims = new Map<Match, TriggerMatch>();
  const condemned = new Set<Match>();
  /** A verb trigger → the mode of the noun that tells its manner ("killed… in an air strike"). */
  const manners = new Map<Match, string | undefined>();
  const real: TriggerMatch[] = [];
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i];
    const descriptive = describes(ctx, sentence, m, sentenceMentions);
    if (descriptive) demoted.add(descriptive);
    // What a demand, a call or a threat is about ("exigé le retrait", "called for a ceasefire") has not happened.
    const prev = i > 0 ? matches[i - 1] : undefined;
    // …and what one urges, demands or threatens to stop or do further on in its clause ("urged the military to halt air strikes").
    // …or refuses to join ("ne participerait pas à une nouvelle initiative de livraisons d'armes").
    const asked = prev !== undefined && (ASKING.has(prev.value.plover) || !!prev.value.refusal) && m.first - prev.end <= ASKED_REACH && sameClause(clauses, prev.first, m.first);
    // "a condamné « fermement » une attaque": the act a condemnation names, a noun, is the happening of its type already told
    // (not so "accusé l'armée d'avoir lancé une offensive", "accused the army of bombing": a verb tells the act it alleges).
    const noun = (lex.attributive?.determiners ?? lex.definite).some(lowers, m.first - 1, m.first);
    if (noun && prev?.value.plover === 'ACCUSE' && m.first - prev.end <= ASKED_REACH && sameClause(clauses, prev.first, m.first) && !lex.infinitives.some(lowers, prev.end, m.first)) {
      condemned.add(m);
    }
    // "l'accord prévoit le retrait des troupes et le déploiement de l'armée": what a text provides for has not happened.
    const provided = lex.provisions.some(lowers, clauseOf(clauses, m.first).range.first, m.first);
    const demanded = provided || (prev !== undefined && ((VERBAL.has(prev.value.plover) && m.first - prev.end <= 2) || asked));
    // "pour de nouveaux entretiens": a determiner or two may stand between the purpose word and the aim.
    const purpose = prev === undefined ? undefined : lex.purpose.scan(lowers, prev.end, m.first).at(-1);
    if (prev !== undefined && purpose && purpose.first - prev.end <= PURPOSE_REACH && m.first - purpose.end <= AIM_REACH) aims.set(m, prev);
    // "se réunir pour examiner le déploiement de la force", "meet to coordinate a response": what talk is for is its topic, no happening.
    const topic = prev !== undefined && aims.get(m) === prev && VERBAL.has(prev.value.plover) && !VERBAL.has(m.value.plover);
    if (prev !== undefined && mannerOf(ctx, clauses, prev, m)) {
      manners.set(prev, m.value.mode ?? manners.get(prev));
      continue;
    }
    if (!descriptive && !demanded && !topic && !referring(ctx, m) && !(VERBAL.has(m.value.plover) && lex.habitual.some(lowers, Math.max(sentence.firstToken, m.first - 1), m.first)) && !attributive(ctx, sentence, m) && !(m.value.stative && clauseOf(clauses, m.first).subordinate) && !unreal(ctx, clauses, m) && !hitByAttack(ctx, clauses, matches, i)) real.push(m);
  }
  if (!real.length) return [];
  const dated = within(doc.dates, sentence.start, sentence.end).filter((d) => d.date && !d.duration && !dateline(doc.text, sentence.start, d));
  const scope: SentenceScope = { clauses, mentions: sentenceMentions, demoted, mediators: mediatorsIn(ctx, sentence, sentenceMentions), dated, previous };
  // Whether each trigger is a verb coordinated with the one before it ("met Y and urged Z").
  const joined = real.map((m, j) => j > 0 && coordinatedVerb(ctx, real[j - 1].end, m.first, sentenceMentions));
  const drafts: Draft[] = [];
  for (let i = 0; i < real.length; i++) {
    const m = real[i];
    // An earlier trigger of the same type in the sentence owns the mentions before it:
    // "X attacked Y and killed Z" is one happening, done by X.
    let floor = sentence.firstToken;
    for (let j = i - 1; j >= 0; j--) {
      if (real[j].value.plover !== m.value.plover) continue;
      floor = real[j].end;
      break;
    }
    // "condemned the attack and called on Y": the subject is the last verb's of the same kind (a speech act's for a speech act), not the noun's between.
    const verbal = VERBAL.has(m.value.plover);
    const sameKind = joined[i] ? drafts.findLast((d) => d.actor1 && VERBAL.has(d.plover) === verbal) : undefined;
    const coordinated = joined[i] ? sameKind ?? drafts[i - 1] : undefined;
    // "HRW said soldiers had killed… and called on Y": a speech act after a reported deed is the reporter's.
    const report = verbal && coordinated && !sameKind ? sourceOf(ctx, sentence, real[i - 1].first) : null;
    const reporter = report && report.cue.end <= doc.tokens[real[i - 1].first].start ? report.mention.entity : undefined;
    // …and a later coordinated verb owns the mentions after it ("condemned the attack and called on the EU").
    const later = joined.indexOf(true, i + 1);
    // …and what a text provides for is no party to it ("l'accord prévoit le retrait des troupes").
    const ceiling = lex.provisions.scan(lowers, m.end, later > 0 ? real[later].first : sentence.endToken)[0]?.first ?? (later > 0 ? real[later].first : sentence.endToken);
    const draft = draftFor(ctx, scope, m, { floor, ceiling }, reporter ?? coordinated?.actor1);
    draft.mode ??= manners.get(m) ?? null;
    draft.told = condemned.has(m);
    // "would launch an offensive to retake Nyala": an aim is as real, and as far off, as the happening it is for.
    const aim = aims.get(m);
    const head = aim ? drafts[real.indexOf(aim)] : undefined;
    if (head) {
      draft.timing = head.timing;
      draft.modality = head.modality;
    }
    // "auraient enlevé deux religieuses et incendié des maisons": a coordinated verb shares its auxiliary's mood;
    // "condemned the attack and called on the EU": a speech act is as asserted as the one it is coordinated with.
    if (coordinated && !verbal && !VERBAL.has(coordinated.plover) && draft.modality === 'asserted') draft.modality = coordinated.modality;
    if (coordinated && verbal && VERBAL.has(coordinated.plover)) draft.modality = coordinated.modality;
    // "des renforts … seraient déployés", "reinforcements … would be sent": a noun trigger takes the mood of the verb it is the subject of.
    const before = drafts.at(-1);
    if (before?.plover === draft.plover && before.timing === 'current' && draft.timing === 'future' && sameClause(clauses, real[i - 1].first, m.first) && !coordinated) {
      before.timing = draft.timing;
      before.modality = draft.modality;
    }
    // "helicopters struck CODECO positions, killing nine and destroying a weapons cache": what a strike destroys is its damage, no
    // act of its own (houses burnt after a raid are: "enlevé deux religieuses et incendié plusieurs maisons").
    if (coordinated?.plover === 'ASSAULT' && STRIKES.has(coordinated.mode ?? '') && m.value.mode === 'looting' && draft.plover === 'COERCE') {
      draft.plover = 'ASSAULT';
      draft.mode = coordinated.mode;
    }
    // "struck the rebels, killing 12 civilians": the civilians a coordinated verb of the same act hit are among its targets, no second attack.
    if (coordinated?.plover === draft.plover && coordinated.actor2 && !isCivilians(coordinated.actor2) && draft.actor2 && isCivilians(draft.actor2)) {
      coordinated.actor2More.push(draft.actor2);
      draft.actor2 = null;
    }
    drafts.push(draft);
  }
  attachFigures(ctx, sentence, drafts);
  return drafts;
}

/** Keeps a trigger that is neither quoted nor inside a name. */
function keepTrigger(ctx: DocCtx, mentions: readonly EntityMention[], m: Match & { value: TriggerEntry | NotAnEvent }, out: TriggerMatch[]): void {
  if (isTrigger(m) && !quotedAt(ctx.quoted, ctx.doc.tokens[m.first].start) && !inName(mentions, ctx.doc.tokens, m)) out.push(m);
}

/** "ces frappes", "toute négociation": a noun opened by such a determiner re-mentions a happening already told, or none. */
function referring(ctx: DocCtx, m: Match): boolean {
  return m.first > 0 && ctx.lex.referring.some(ctx.lowers, m.first - 1, m.first);
}

/** "killed 22 soldiers in an ambush": a noun of the verb's type, after a preposition of manner in its clause, is how it was done. */
function mannerOf(ctx: DocCtx, clauses: SentenceClauses, verb: TriggerMatch, m: TriggerMatch): boolean {
  if (verb.value.plover !== m.value.plover || m.first - verb.end > MANNER_REACH || !sameClause(clauses, verb.first, m.first)) return false;
  for (let at = Math.max(verb.end, m.first - 4); at < m.first; at++) if (ctx.lex.manner.longestAt(ctx.lowers, at, m.first)?.end === m.first) return true;
  return false;
}
/** Tokens between a verb and the noun of its manner ("killed at least 22 soldiers in an ambush": 6). */
const MANNER_REACH = 8;

/** "gunmen attacked an aid convoy", "aid convoy attacked": aid that an attack hits is its target, no delivery told. */
function hitByAttack(ctx: DocCtx, clauses: SentenceClauses, matches: readonly TriggerMatch[], i: number): boolean {
  const m = matches[i];
  const near = (n: TriggerMatch | undefined) =>
    n !== undefined && n.value.plover === 'ASSAULT' && sameClause(clauses, n.first, m.first) && (n.first >= m.end ? n.first - m.end : m.first - n.end) <= HIT_REACH;
  if (m.value.plover === 'AID') return near(matches[i - 1]) || near(matches[i + 1]);
  // "des frappes contre des renforts houthis": reinforcements an attack is aimed at are its target, no deployment told.
  return m.value.plover === 'MOBILIZE' && near(matches[i - 1]) && ctx.lex.target.some(ctx.lowers, Math.max(matches[i - 1].end, m.first - 2), m.first);
}
/** Tokens between an attack and the aid it hits ("attacked a World Food Programme convoy"). */
const HIT_REACH = 4;

/**
 * "la capitale assiégée", "des maisons incendiées": a lone participle with no auxiliary before it, in a
 * language whose pasts are compound, qualifies a noun. A count before it ("20 civils tués") or a date
 * after it ("reprise mardi") still makes it a report.
 */
function attributive(ctx: DocCtx, sentence: Sentence, m: Match): boolean {
  const { lowers, lex, doc } = ctx;
  const rule = lex.attributive;
  if (!rule || m.end - m.first !== 1 || m.first === sentence.firstToken || !rule.participle.test(lowers[m.first])) return false;
  if (rule.determiners.some(lowers, m.first - 1, m.first) || rule.auxiliaries.some(lowers, Math.max(sentence.firstToken, m.first - 5), m.first)) return false;
  const near = doc.tokens[Math.max(sentence.firstToken, m.first - 3)].start;
  if (doc.figures.some((f) => f.end > near && f.end <= doc.tokens[m.first].start)) return false;
  const after = m.end < sentence.endToken ? doc.tokens[Math.min(sentence.endToken, m.end + 3) - 1].end : -1;
  return !doc.dates.some((d) => d.start >= doc.tokens[m.first].end && d.start < after);
}

function describes(ctx: DocCtx, sentence: Sentence, m: Match, mentions: readonly EntityMention[]): EntityMention | null {
  const { lowers, lex, doc } = ctx;
  const last = m.end - 1;
  if (!lex.participle.test(lowers[last]) || lex.passive.some(lowers, Math.max(sentence.firstToken, m.first - 3), m.first)) return null;
  for (let t = m.end; t < Math.min(sentence.endToken, m.end + 2); t++) {
    const agent = lex.agent.longestAt(lowers, t, sentence.endToken);
    if (!agent || agent.first !== m.end) continue;
    const next = mentions.find((x) => x.start >= doc.tokens[agent.end - 1].end && tokenAt(doc.tokens, x.start) - agent.end <= 2);
    return next ?? null;
  }
  return null;
}

/**
 * "met Y and urged Z", "ont rencontré Y et ont exigé", "struck X, killing Y": a coordinator or a
 * comma, and no actor, right before the second verb.
 */
function coordinatedVerb(ctx: DocCtx, from: number, to: number, mentions: readonly EntityMention[]): boolean {
  const { lowers, lex, doc } = ctx;
  const link = lex.coordinators.scan(lowers, Math.max(from, to - 3), to).at(-1);
  if (!link) return false;
  return !mentions.some((x) => x.start >= doc.tokens[link.end - 1].end && x.end <= doc.tokens[to].start);
}

/** A state's forces or government named by a phrase ("Russian airstrikes", "drones ukrainiens"), not by a name. */
function isForce(x: EntityMention): boolean {
  return x.entity.kind === 'military' || x.entity.kind === 'government';
}

/** What every trigger of one sentence reads alike. */
interface SentenceScope {
  readonly clauses: SentenceClauses;
  /** The sentence's entity mentions. */
  readonly mentions: readonly EntityMention[];
  /** Mentions that are a participle's agent ("appuyée par Moscou"): no actor role. */
  readonly demoted: ReadonlySet<EntityMention>;
  /** Third parties helping the sides ("talks brokered by Qatar"): no actor. */
  readonly mediators: ReadonlySet<EntityMention>;
  /** The sentence's dates that may date an event (no duration, no dateline). */
  readonly dated: readonly DateMention[];
  readonly previous: Previous;
}

function draftFor(
  ctx: DocCtx,
  scope: SentenceScope,
  m: TriggerMatch,
  bounds: { readonly floor: number; readonly ceiling: number },
  sharedSubject: Entity | null | undefined,
): Draft {
  const { doc, lowers, lex } = ctx;
  const { clauses, demoted, dated, previous } = scope;
  const entry = m.value;
  const tokens = doc.tokens;
  const sentence = clauses.sentence;
  const trigger = spanOf(doc.text, tokens[m.first].start, tokens[m.end - 1].end);
  const source = sourceOf(ctx, sentence, m.first);
  // The source named in the attribution ("L'Observatoire … (OSDH) indique que", "selon X") is not
  // an actor; the same entity named elsewhere in the sentence may be.
  // A source named after the trigger ("…, a rapporté Médecins sans frontières (MSF)") is no actor in any of its mentions there.
  const late = source !== null && source.cue.start > tokens[m.first].start;
  // …except who claims the deed ("revendiquée par X"): that is its doer.
  const owned = source !== null && lex.responsibility.some(lowers, tokenAt(tokens, source.cue.start), tokenAt(tokens, source.cue.end - 1) + 1);
  const attributing = (x: EntityMention) =>
    !owned &&
    (x === source?.mention ||
      (x.entity.id === source?.mention.entity.id && (late ? x.start >= source.cue.start : x.end <= source.cue.start && source.cue.start < tokens[m.first].start)));
  // "…, a claim the US military denied", "…, police said": a speaker after the trigger is no object of it.
  // Right after a comma the speaker's phrase may be longer ("…, foreign ministry spokeswoman Maria Zakharova said").
  const speaking = (x: EntityMention) => {
    if (x.start <= trigger.end) return false;
    const reach = tokens[tokenAt(tokens, x.start) - 1]?.text === ',' ? SPEAKER_REACH : 2;
    return lex.reporting.some(lowers, tokenAt(tokens, x.end), Math.min(sentence.endToken, tokenAt(tokens, x.end) + reach));
  };
  // A news agency in a dateline or a credit ("(AFP)") reports; it takes no part.
  const inSentence = scope.mentions;
  const qualifying = inSentence.filter((x) => modifying(ctx, m, x));
  // Before the trigger such an agent is not its subject either.
  const excluded = new Set<EntityMention>();
  for (const x of inSentence) if (attributing(x) || speaking(x) || x.entity.kind === 'media' || scope.mediators.has(x) || (x.end <= trigger.start && qualifying.includes(x))) excluded.add(x);
  // A labelling pattern's gap holds its object ("qualifiant les frappes russes de crimes"): actors
  // are read around the verb alone, so that the gap's mentions come after it.
  const head = entry.objectInGap ? { first: m.first, end: verbEnd(m) } : m;
  const notActing = qualifying.length ? new Set([...demoted, ...qualifying]) : demoted;
  const candidatesIn = (list: readonly EntityMention[]) => candidatesFor(ctx, clauses, list, head, excluded, notActing, lex.objectMarkers.get(entry));
  const candidates = candidatesIn(inSentence);
  // "qu'elle enverrait": a pronoun subject after the reporting clause is its source.
  // "X a affirmé avoir pris", "X claimed to have seized": the infinitive's subject is X.
  const pronoun = source && (source.infinitive || lex.pronouns.some(lowers, tokenAt(tokens, source.cue.end), m.first)) ? source.mention.entity : null;
  // "Russian airstrikes killed…", "une attaque de drones ukrainiens": the force named in the trigger made it (not one in its gap:
  // "appelle le gouvernement à" calls on it).
  const inTrigger = inSentence.find((x) => isForce(x) && x.start < tokens[head.end - 1].end && tokens[head.first].start < x.end);
  // "…, when its fighters seized…", "…, where they attacked…": a pronoun right before the trigger stands for the sentence's first actor.
  const said = lex.pronouns.scan(lowers, Math.max(sentence.firstToken, m.first - 2), m.first).at(-1);
  // "The army said… It accused the RSF…": opening the sentence, it stands for the subject of the one before.
  const antecedent = said ? (inSentence.find((x) => !excluded.has(x) && x.end <= tokens[said.first].start)?.entity ?? (said.first === sentence.firstToken ? subjectBefore(ctx, sentence) : undefined)) : undefined;
  const headlinePassive = HEAD_KINDS.has(doc.article.blocks[sentence.block]?.kind ?? '') && bareParticiple(ctx, sentence, m);
  const selfMoving = entry.plover === 'MOBILIZE' || entry.plover === 'RETREAT';
  const nominal = lex.attributive?.determiners.some(lowers, m.first - 1, m.first) ?? false;
  const reading = { clauses, trigger: head, territory: entry.territory, pronounSubject: pronoun ?? inTrigger?.entity ?? antecedent ?? null, ...bounds, sharedSubject, headlinePassive, selfMoving, nominal };
  const read = attachActors(ctx, { ...reading, candidates });
  // "protestaient contre l'enlèvement de leurs camarades par des hommes armés": a noun's agent that names no actor still says the
  // sentence's subject did not do it.
  const attached = nominal && !read.actor1More.length && read.actor1 && unnamedAgent(ctx, clauses, m, candidates) ? { ...read, actor1: null } : read;
  const done = inTrigger && !VERBAL.has(entry.plover) && !entry.territory ? doneBy(attached, inTrigger.entity) : attached;
  const threat = entry.plover === 'THREATEN' && !done.actor2 ? { ...done, actor2: threatened(ctx, clauses, m, inSentence, done.actor1) } : done;
  const actors = entry.mutual ? mutual(threat) : threat;
  // "gunmen killed nine villagers": the unarmed people it was done to.
  const victims = harms(entry)
    ? civilianTarget(ctx, clauses, inSentence, m, actors, ctx.civilians, (list) => attachActors(ctx, { ...reading, candidates: candidatesIn(list) }))
    : undefined;
  // "L'attaque a été revendiquée mercredi", "denied on Thursday that…": that date is the claim's or the denial's, not the event's.
  const claimCue = (from: number, to: number) => lex.alleging.some(lowers, from, to) || lex.denial.some(lowers, from, to);
  const claimDate = (d: DateMention) => {
    const at = tokenAt(tokens, d.start);
    // After the trigger behind a claim's or a report's verb ("…, a indiqué mardi la police"), or between a denial's verb and the trigger ("a démenti jeudi que…").
    if (at >= m.end) return claimCue(m.end, at) || lex.reporting.some(lowers, Math.max(m.end, at - 2), at);
    const cue = lex.denial.scan(lowers, sentence.firstToken, m.first).at(-1) ?? lex.alleging.scan(lowers, sentence.firstToken, m.first).at(-1);
    return cue !== undefined && cue.end <= at;
  };
  // "rejected a plan put forward by Turkey last week": a date after the object's own agent dates that modifier.
  const modifierDate = (d: DateMention) => {
    const at = tokenAt(tokens, d.start);
    return at > m.end + 2 && lex.agent.scan(lowers, m.end + 2, at).length > 0;
  };
  // A refusal is dated by its own statement ("a annoncé mercredi"), not by what it refuses ("les opérations prévues en octobre").
  const refusalDate = (d: DateMention) => d.start < trigger.start || claimDate(d);
  // "HRW said soldiers had killed 12 men in November and called on…": a speech act coordinated after a
  // report is not dated by what was reported.
  const report = sharedSubject !== undefined && VERBAL.has(entry.plover) ? lex.reporting.scan(lowers, sentence.firstToken, m.first)[0] : undefined;
  const reportedDate = (d: DateMention) => report !== undefined && tokenAt(tokens, d.start) >= report.end && d.end <= trigger.start;
  const kept = entry.refusal ? dated.filter(refusalDate) : dated.length ? dated.filter((d) => !claimDate(d) && !modifierDate(d) && !reportedDate(d)) : dated;
  // "HRW said in a report in September that soldiers had executed 14 men in May": between the report's verb and the
  // "that" of what it reports, a date is the report's when the happening has its own after it.
  const reporter = VERBAL.has(entry.plover) ? undefined : lex.reporting.scan(lowers, sentence.firstToken, m.first)[0];
  const reportDate = (d: DateMention) => reporter !== undefined && tokenAt(tokens, d.start) >= reporter.end && d.end <= trigger.start && lex.complementizers.scan(lowers, tokenAt(tokens, d.end - 1) + 1, m.first).length > 0;
  const ownAfter = reporter !== undefined && kept.some((d) => d.start >= trigger.end && ownClause(clauses, tokens, m, d));
  const eventDates = ownAfter ? kept.filter((d) => !reportDate(d)) : kept;
  // A date in another clause ("since launching an offensive in November") says nothing of this trigger's time.
  const reachable = eventDates.length ? eventDates.filter((d) => notElsewhere(clauses, tokens, m, d)) : eventDates;
  // "suspended talks on Tuesday after rebels attacked a base": a clause set before or after the main one has only its own dates.
  const ordered = orderedClause(ctx, clauses, m);
  const date = nearest(eventDates.filter((d) => ownClause(clauses, tokens, m, d)), trigger.start) ?? (ordered ? undefined : datedBefore(clauses, tokens, m, eventDates) ?? nearest(reachable, trigger.start)) ?? null;
  const stance = stanceOf(ctx, sentence, m.first, m.end, date, reachable, VERBAL.has(entry.plover), entry.refusal);
  // "occupé pendant 10 mois": a change of control with a duration describes a holding, not a capture.
  // "vit depuis deux ans sous le blocus": a state lasting a stated time has no day of its own either.
  const lasting = within(doc.dates, sentence.start, sentence.end).some((d) => d.duration && ownClause(clauses, tokens, m, d));
  const holding = entry.territory === 'gain' && lasting;
  // A background happening is no scene of the news before it ("…depuis juillet, des militaires rwandais combattaient"); news
  // with none before it may happen where the background did.
  // A plan is no scene of the news told before it ("vowed to fight until the RSF was defeated").
  const before = stance.timing === 'background' ? previous.past : stance.timing === 'future' ? null : (previous.news ?? previous.past);
  const place = placeFor(ctx, clauses, m, before);
  // "Les assaillants auraient incendié…" after "ont attaqué mardi Macomia": an undated sequel at the same place is of the same day.
  const sequel = !date && stance.timing === 'current' && before?.dateStated && place !== null && before.place?.id === place.id ? before.date : null;
  // "Les forces avaient alors pris…" after "en mai 2025": an undated background happening set "then" is of the one told before it.
  const then = !date && stance.timing === 'background' && previous.past?.date.date && lex.then.some(lowers, sentence.firstToken, sentence.endToken) ? previous.past.date : null;
  const published = doc.published;
  // "its jets destroyed a depot", "des obus ont détruit…": a destruction by a weapon is a strike of that kind.
  const weapon = entry.mode === 'looting' ? lex.modeCues.scan(lowers, Math.max(sentence.firstToken, m.first - WEAPON_REACH), m.first).at(-1)?.value : undefined;
  return {
    plover: weapon ? 'ASSAULT' : entry.plover,
    mode: weapon ?? entry.mode ?? (entry.plover === 'ASSAULT' ? modeFromClause(ctx, clauses, m) : null),
    territoryRole: entry.territory ?? null,
    actor1: actors.actor1,
    actor1More: actors.actor1More,
    actor2: victims ? ctx.civilians.of(place, spanOf(doc.text, victims.mention.start, victims.mention.end)) : actors.actor2,
    actor2More: victims ? [...victims.more] : actors.actor2More,
    place,
    date: date ? { date: date.date, precision: date.precision } : sequel ? { ...sequel } : then ? { ...then } : stance.timing !== 'background' && !lasting && published ? { date: published, precision: 'day' } : { date: null, precision: null },
    dateStated: date !== null,
    timing: stance.timing,
    // "X a affirmé avoir pris…", "X claims to have…": a side's word on its own deed (not its own words) is an allegation.
    modality: stance.modality === 'asserted' && source?.infinitive && !VERBAL.has(entry.plover) ? 'alleged' : stance.modality,
    source: source?.mention.entity ?? null,
    figures: [],
    trigger,
    evidence: evidenceOf(ctx, clauses, m),
    mentions: [],
    by: `events/${entry.territory ? `territory-${entry.territory}` : 'trigger'}:${m.pattern.source}`,
    sentence: sentence.start,
    holding,
  };
}

/**
 * "Hassan Nasrallah, tué dans une frappe israélienne", "X denounced Russian airstrikes": the force a noun
 * trigger names made it, whoever stands before it; that one, of another side, is rather what was hit.
 */
function doneBy(actors: Actors, force: Entity): Actors {
  if (actors.actor1 && sameSide(actors.actor1, force)) return actors;
  const hit = actors.actor1 && !actors.actor2 ? actors.actor1 : actors.actor2;
  return { actor1: force, actor1More: [], actor2: hit, actor2More: hit === actors.actor2 ? actors.actor2More : [] };
}

/** "par des hommes armés": an agent marker and a determiner after a noun trigger in its clause, and no actor named as agent. */
function unnamedAgent(ctx: DocCtx, clauses: SentenceClauses, m: Match, candidates: readonly Candidate[]): boolean {
  const { lowers, lex } = ctx;
  const { range } = clauseOf(clauses, m.first);
  const by = lex.agent.scan(lowers, m.end, Math.min(range.end, m.end + AGENT_REACH)).find((a) => lex.attributive?.determiners.some(lowers, a.end, a.end + 1));
  if (by === undefined || candidates.some((c) => c.role === 'agent' && c.token >= by.end)) return false;
  // "une offensive contre Tripoli, repoussée par les forces de l'Ouest": the agent of a participle between is not the noun's.
  const tokens = ctx.doc.tokens;
  const dated = (t: number) => ctx.doc.dates.some((d) => d.start <= tokens[t].start && tokens[t].end <= d.end);
  for (let t = m.end; t < by.first; t++) if (lex.participle.test(lowers[t]) && !dated(t)) return false;
  return true;
}
/** Tokens between a noun trigger and its agent marker ("le pillage de sa pharmacie dimanche par"). */
const AGENT_REACH = 8;

/** The first actor named in the sentence before `sentence`, in the same paragraph or the one before: what a pronoun opening it stands for. */
function subjectBefore(ctx: DocCtx, sentence: Sentence): Entity | undefined {
  const sentences = ctx.doc.sentences;
  const before = sentences[partitionPoint(sentences.length, (k) => sentences[k].start < sentence.start) - 1];
  if (!before || sentence.block - before.block > 1) return undefined;
  return within(ctx.mentions, before.start, before.end).find((x) => x.entity.kind !== 'media' && !quotedAt(ctx.quoted, x.start))?.entity;
}

/** "Congo's government and the M23 signed a deal", "clashes between X and Y": the first party of another side named with the subject is the other side. */
function mutual(actors: Actors): Actors {
  // "affrontements entre l'armée et des séparatistes": with no subject, two sides named together after the noun.
  const named = actors.actor2;
  const against = !actors.actor1 && named ? actors.actor2More.find((x) => !sameSide(x, named)) : undefined;
  if (named && against) return { actor1: named, actor1More: [], actor2: against, actor2More: actors.actor2More.filter((x) => x !== against) };
  const first = actors.actor1;
  const other = first && !actors.actor2 ? actors.actor1More.find((x) => !sameSide(x, first)) : undefined;
  if (!other) return actors;
  return { actor1: first, actor1More: actors.actor1More.filter((x) => x !== other), actor2: other, actor2More: [] };
}

/**
 * "des renforts … de la mission dirigée par le Kenya", "rebels backed by Rwanda": the agent of a participle
 * that qualifies another noun than the trigger is no agent of the trigger: after it a plain mention ("frappes
 * contre des secteurs occupés par les insurgés"), before it no actor (right after the trigger, "l'offensive
 * menée par X", it is the trigger's doer).
 */
function modifying(ctx: DocCtx, m: Match, x: EntityMention): boolean {
  const { lowers, lex, doc } = ctx;
  const t = tokenAt(doc.tokens, x.start);
  const marker = lex.agent.scan(lowers, Math.max(0, t - 3), t).at(-1);
  const participle = marker ? marker.first - 1 : -1;
  if (!marker || participle < 0 || !lex.participle.test(lowers[participle])) return false;
  // A passive main verb ("L'attaque a été revendiquée par X") is no qualifier; nor a claim of the deed ("l'attaque …, revendiquée par X"): X did it.
  if (lex.passive.some(lowers, Math.max(0, participle - 2), participle) || lex.responsibility.longestAt(lowers, participle, t)) return false;
  return participle < m.first || participle >= m.end + 2;
}

/** "accused of", "seized by", "accusée de": a participle followed by its agent or its complement, as a headline writes a passive. */
function bareParticiple(ctx: DocCtx, sentence: Sentence, m: Match): boolean {
  const { lowers, lex } = ctx;
  if (m.end >= sentence.endToken || !lex.participle.test(lowers[m.end - 1])) return false;
  return lex.agent.longestAt(lowers, m.end, sentence.endToken) !== null || lex.genitive.longestAt(lowers, m.end, sentence.endToken) !== null;
}

/** The name (no state's force) that token `t` lies in. */
function nameAt(mentions: readonly EntityMention[], tokens: readonly Token[], t: number): EntityMention | undefined {
  return mentions.find((x) => !isForce(x) && x.start <= tokens[t].start && tokens[t].end <= x.end);
}

// Closures named in a function body cost a property definition each time they are made (the
// loader keeps function names): the per-sentence and per-trigger helpers are module functions.

/**
 * "Forces de soutien rapide", "Groupe de soutien à l'islam": a trigger word inside a name is no trigger
 * (inside a state's force, "Russian airstrikes", it still is).
 */
function inName(mentions: readonly EntityMention[], tokens: readonly Token[], m: Match): boolean {
  return mentions.some((x) => !isForce(x) && x.start <= tokens[m.first].start && tokens[m.end - 1].end <= x.end);
}

/** "since October 2023, when its fighters seized…", "en mai 2014, lorsque…": a clause opening right after a date happened then. */
function datedBefore(clauses: SentenceClauses, tokens: readonly Token[], m: Match, dates: readonly DateMention[]): DateMention | undefined {
  const { range, subordinate } = clauseOf(clauses, m.first);
  if (!subordinate) return undefined;
  return dates.find((d) => {
    const end = tokenAt(tokens, d.end - 1) + 1;
    return range.first >= end && range.first - end <= 1;
  });
}

/** Whether `x` is in the trigger's clause. */
function ownClause(clauses: SentenceClauses, tokens: readonly Token[], m: Match, x: { start: number }): boolean {
  return sameClause(clauses, m.first, tokenAt(tokens, x.start));
}

/** Whether `x` is in no clause apart from the trigger's. */
function notElsewhere(clauses: SentenceClauses, tokens: readonly Token[], m: Match, x: { start: number }): boolean {
  return !inOtherClause(clauses, m.first, tokenAt(tokens, x.start));
}

/** One past the run of words a match starts with, before its first gap. */
function verbEnd(m: Match): number {
  let end = m.first + 1;
  while (m.hits.includes(end)) end++;
  return end;
}

/** "Russian warplanes struck…": the weapon named in the trigger's clause gives the mode. */
function modeFromClause(ctx: DocCtx, clauses: SentenceClauses, m: Match): string | null {
  const { range } = clauseOf(clauses, m.first);
  const cue = ctx.lex.modeCues.scan(ctx.lowers, range.first, range.end).find((c) => sameClause(clauses, m.first, c.first));
  return cue?.value ?? null;
}

/** The trigger's clause as evidence (the whole sentence for a main clause). */
function evidenceOf(ctx: DocCtx, clauses: SentenceClauses, m: Match): Span {
  const { range } = clauseOf(clauses, m.first);
  const tokens = ctx.doc.tokens;
  return spanOf(ctx.doc.text, tokens[range.first].start, tokens[range.end - 1].end);
}

/** Each figure of the sentence goes to the nearest trigger in the sentence. */
function attachFigures(ctx: DocCtx, sentence: Sentence, drafts: Draft[]): void {
  if (!drafts.length) return;
  for (const f of ctx.doc.figures) {
    if (f.start < sentence.start || f.end > sentence.end) continue;
    // The nearest trigger; between equals, the earlier.
    let best = drafts[0];
    for (const d of drafts) if (Math.abs(d.trigger.start - f.start) < Math.abs(best.trigger.start - f.start)) best = d;
    best.figures.push(f);
  }
}

/** Whether an entity mention (at most NAME_REACH characters longer on either side) overlaps `p`. */
function overlapsMention(mentions: readonly EntityMention[], p: PlaceMention): boolean {
  const first = partitionPoint(mentions.length, (i) => mentions[i].start < p.start - NAME_REACH);
  for (let i = first; i < mentions.length && mentions[i].start < p.end; i++) if (mentions[i].end <= p.end + NAME_REACH && p.start < mentions[i].end) return true;
  return false;
}
const NAME_REACH = 200;
