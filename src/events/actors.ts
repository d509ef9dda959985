// Who did what to whom around one trigger: each entity mention of the sentence gets a role from
// the marker before it ("par", "contre", "des mains de", "aux mains de", "de"), then the voice
// (passive auxiliary before the trigger) and the kind of change of control decide actor1/actor2.
// Coordinated mentions ("X et Y") go to actor*_more; in a chain "les rebelles du groupe X" the
// named group (the later mention) wins.
import type { Entity } from '../model/reading.js';
import type { TerritoryRole } from './lexicon.js';
import type { PatternSet } from './patterns.js';
import type { SentenceCtx } from './attribution.js';
import { tokenAt, type EntityMention } from './mentions.js';
import { inOtherClause, inside, type SentenceClauses } from './clauses.js';

export type Role = 'agent' | 'target' | 'from' | 'to' | 'genitive' | null;

export interface Candidate {
  readonly mention: EntityMention;
  /** First token of the mention. */
  readonly token: number;
  readonly endToken: number;
  readonly role: Role;
}

/** Fresh lists, the caller's to keep. */
export interface Actors {
  readonly actor1: Entity | null;
  readonly actor1More: Entity[];
  readonly actor2: Entity | null;
  readonly actor2More: Entity[];
}

/** Tokens a marker may stand before its mention ("par les troupes de l'EI": 4). */
const MARKER_REACH = 4;
/** Tokens between two mentions of a chain or a coordination. */
const LINK_REACH = 3;
/** Tokens from a capture verb to the owner named inside its object ("seized the headquarters of the army's division": 4). */
const OWNER_REACH = 5;

/** `object`: the trigger's own object markers, read first ("reproche aux forces X": X is the target, not a "from"). */
export function roleOf(ctx: SentenceCtx, token: number, floor: number, ceiling: number, object?: PatternSet<true>): Role {
  const { lowers, lex, doc } = ctx;
  // Markers are read from one scan of the sentence per marker set (cached by the set).
  const endsAt = (set: PatternSet<true>, end: number, from: number) => set.endsAt(lowers, from, ceiling, end);
  const roles: [Exclude<Role, null | 'genitive'>, PatternSet<true>][] = [['agent', lex.agent], ['target', lex.target], ['from', lex.from], ['to', lex.to]];
  if (object) roles.unshift(['target', object]);
  for (let skip = 0; skip <= MARKER_REACH && token - skip > floor; skip++) {
    if (skip > 0 && doc.tokens[token - skip].kind !== 'word') break;
    for (const [role, set] of roles) if (endsAt(set, token - skip, floor)) return role;
  }
  for (let skip = 0; skip <= 1 && token - skip > floor; skip++) {
    if (endsAt(lex.genitive, token - skip, floor)) return 'genitive';
  }
  return null;
}

/**
 * Mentions of the sentence (`mentions`) usable as actors of the trigger at `trigger`, with their roles;
 * `object` marks the trigger's own object markers, read only after it.
 */
export function candidatesFor(
  ctx: SentenceCtx,
  clauses: SentenceClauses,
  mentions: readonly EntityMention[],
  trigger: { first: number; end: number },
  excluded: ReadonlySet<EntityMention>,
  demoted: ReadonlySet<EntityMention>,
  object?: PatternSet<true>,
): Candidate[] {
  const s = clauses.sentence;
  const out: Candidate[] = [];
  for (const mention of mentions) {
    if (excluded.has(mention)) continue;
    const token = tokenAt(ctx.doc.tokens, mention.start);
    const endToken = tokenAt(ctx.doc.tokens, mention.end - 1) + 1;
    if (endToken > trigger.first && token < trigger.end) continue;
    if (inOtherClause(clauses, trigger.first, token)) continue;
    out.push({ mention, token, endToken, role: demoted.has(mention) ? null : roleOf(ctx, token, s.firstToken, s.endToken, token >= trigger.end ? object : undefined) });
  }
  return out;
}

/** Whether the tokens between two mentions are only a link word (a coordinator, a genitive, a comma). */
function linked(ctx: SentenceCtx, a: Candidate, b: Candidate, link: PatternSet<true>): boolean {
  if (b.token < a.endToken || b.token - a.endToken > LINK_REACH) return false;
  // The link right after the first mention, then at most an article: "le Rwanda de soutenir le M23" is no chain.
  const m = link.longestAt(ctx.lowers, a.endToken, b.token);
  return m !== null && (b.token === m.end || ctx.lex.articles.longestAt(ctx.lowers, m.end, b.token)?.end === b.token);
}

/** From a first mention, follow a genitive chain to its last link ("rebelles du groupe X" → X). */
function chainEnd(ctx: SentenceCtx, list: readonly Candidate[], from: Candidate): Candidate {
  let cur = from;
  for (const next of list) if (next.token >= cur.endToken && linked(ctx, cur, next, ctx.lex.genitive)) cur = next;
  return cur;
}

/** "le chef de l'ONU, Antonio Guterres": a body and, beside it, the person coded as speaking for it are one actor, no list. */
function apposed(a: Candidate, b: Candidate): boolean {
  const x = a.mention.entity;
  const y = b.mention.entity;
  return (x.kind === 'person') !== (y.kind === 'person') && x.code !== null && x.code === y.code;
}

/** Mentions coordinated with `head` ("L'aviation russe et les militaires syriens"), in text order; the person of an apposition stands for it. */
function coordinated(ctx: SentenceCtx, list: readonly Candidate[], head: Candidate, backwards: boolean): Candidate[] {
  const group = [head];
  const ordered = backwards ? [...list].reverse() : list;
  for (const c of ordered) {
    const last = group[group.length - 1];
    const next = backwards ? c.endToken <= last.token && linked(ctx, c, last, ctx.lex.coordinators) : c.token >= last.endToken && linked(ctx, last, c, ctx.lex.coordinators);
    if (!next) continue;
    if (!apposed(c, last)) group.push(c);
    else if (c.mention.entity.kind === 'person') group[group.length - 1] = c;
  }
  return backwards ? group.reverse() : group;
}

function uniqueEntities(cands: readonly Candidate[]): Entity[] {
  const seen = new Set<string>();
  return cands.map((c) => c.mention.entity).filter((e) => !seen.has(e.id) && (seen.add(e.id), true));
}

/** "seized the army's headquarters", "captured the base of the 22nd division": what was taken belonged to the loser. */
function ownerInObject(ctx: SentenceCtx, after: readonly Candidate[], from: number): Candidate | undefined {
  return after.find((c) => c.token - from <= OWNER_REACH && (c.role === 'genitive' || ctx.lex.possessive.longestAt(ctx.lowers, c.endToken, c.endToken + 1) !== null));
}

export interface AttachInput {
  readonly clauses: SentenceClauses;
  readonly trigger: { first: number; end: number };
  readonly territory: TerritoryRole | undefined;
  readonly candidates: readonly Candidate[];
  /** Stands in for a pronoun subject ("qu'elle enverrait"): the reporting clause's subject. */
  readonly pronounSubject: Entity | null;
  /** No subject is looked for before this token (an earlier trigger of the same type owns it). */
  readonly floor: number;
  /** A headline drops the passive's auxiliary ("Junta accused of air strike", "Town seized by rebels"). */
  readonly headlinePassive: boolean;
  /** No object is looked for from this token on (a later coordinated verb owns it). */
  readonly ceiling: number;
  /** "X met Y and urged Z": a coordinated verb shares the subject of the verb before it (null: unknown); undefined when not coordinated. */
  readonly sharedSubject: Entity | null | undefined;
  /** A deployment or a withdrawal: in the passive its subject moves ("des renforts seront déployés"), it is the doer. */
  readonly selfMoving?: boolean;
  /** A noun trigger ("le pillage de la pharmacie par des hommes armés"): an agent after it is its doer, not the sentence's subject. */
  readonly nominal?: boolean;
}

export function attachActors(ctx: SentenceCtx, input: AttachInput): Actors {
  const { clauses, trigger, candidates } = input;
  const sub = inside(clauses.subordinates, trigger.first);
  const before = candidates.filter((c) => c.endToken <= trigger.first);
  const lead = clauses.leading;
  // A trigger inside a leading participial clause takes no object from the main clause.
  const after = candidates.filter((c) => c.token >= trigger.end && c.token < input.ceiling && (!lead || trigger.first >= lead.end || c.token < lead.end));
  const mainAfter = candidates.filter((c) => c.token >= trigger.end && c.token < input.ceiling);
  // Before the trigger only an agent marker counts ("Fighters from X captured…" has X as subject).
  const plainBefore = before.filter((c) => c.role !== 'agent' && c.token >= input.floor);
  // The subject: the last plain mention before the trigger in its clause; an infinitive or
  // participial clause without one takes the enclosing clause's subject.
  const coordinatedVerb = input.sharedSubject !== undefined;
  let subject = coordinatedVerb ? undefined : plainBefore.filter((c) => !sub || c.token >= sub.first).at(-1) ?? (sub ? plainBefore.at(-1) : undefined);
  if (!subject && lead && trigger.first < lead.end) subject = mainAfter.find((c) => c.token >= lead.end && c.role === null);
  const auxFrom = Math.max(clauses.sentence.firstToken, trigger.first - 3);
  const passive = input.headlinePassive || (ctx.lex.passive.some(ctx.lowers, auxFrom, trigger.first) && !ctx.lex.reflexives.some(ctx.lowers, auxFrom, trigger.first));
  const firstWith = (role: Role) => {
    const found = after.find((c) => c.role === role) ?? (role === 'agent' ? before.filter((c) => c.role === role).at(-1) : undefined);
    return found ? chainEnd(ctx, after, found) : undefined;
  };
  const agent = firstWith('agent');
  const to = firstWith('to');
  const from = firstWith('from');
  const target = firstWith('target');
  // "l'offensive de Daech": the doer of a noun trigger follows it through a genitive right after it, not
  // through one inside its object ("a frappé un centre de commandement du Hamas").
  const ofRightAfter = ctx.lex.genitive.longestAt(ctx.lowers, trigger.end, clauses.sentence.endToken) !== null;
  const genitiveAfter = coordinatedVerb || !ofRightAfter ? undefined : after.find((c) => c.role === 'genitive' && c.token - trigger.end <= 3);
  const notSubject = (c: Candidate) => !subject || c.mention.entity.id !== subject.mention.entity.id;
  const objectFirst = after.find((c) => c.role === null && notSubject(c)) ?? after.find((c) => c.role === 'genitive' && notSubject(c));
  const object = objectFirst ? chainEnd(ctx, after, objectFirst) : undefined;

  let a1: Candidate | undefined;
  let a2: Candidate | undefined;
  let a1Entity: Entity | null = null;
  switch (input.territory) {
    case 'loss':
      a1 = to ?? agent;
      a2 = subject;
      break;
    case 'fall':
      a1 = to ?? agent;
      a2 = subject;
      break;
    case 'gain':
      a1 = passive ? agent : subject ?? genitiveAfter ?? agent;
      a2 = from ?? (passive ? subject : ownerInObject(ctx, after, trigger.end));
      break;
    default:
      a1 = passive || (input.nominal && agent && agent.token >= trigger.end)
        ? agent ?? (input.selfMoving ? subject : undefined)
        : subject ?? (genitiveAfter ? chainEnd(ctx, after, genitiveAfter) : undefined) ?? agent;
      a2 = passive ? (input.selfMoving ? target : subject ?? target) : target ?? object;
  }
  if (!a1 && !passive && input.territory !== 'fall' && input.territory !== 'loss') a1Entity = input.sharedSubject ?? input.pronounSubject;
  const more1 = a1 ? uniqueEntities(coordinated(ctx, a1.endToken <= trigger.first ? before : after, a1, a1.endToken <= trigger.first)) : [];
  const more2 = a2 ? uniqueEntities(coordinated(ctx, a2.endToken <= trigger.first ? before : after, a2, a2.endToken <= trigger.first)) : [];
  const actor1: Entity | null = more1[0] ?? a1Entity;
  let actor2: Entity | null = more2[0] ?? null;
  if (actor2 && actor1 && actor2.id === actor1.id) actor2 = null;
  return {
    actor1,
    actor1More: more1.slice(1).filter((e) => e.id !== actor2?.id),
    actor2,
    actor2More: more2.slice(1).filter((e) => e.id !== actor1?.id),
  };
}
