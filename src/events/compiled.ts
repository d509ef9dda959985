// A language pack's quote, event and claim lexicons compiled once into pattern sets and regexes,
// cached per pack (packs are frozen, so the cache never goes stale).
import type { LanguagePack } from '../lang/types.js';
import { oncePer } from '../core/memo.js';
import type { TriggerEntry } from './lexicon.js';
import { PatternSet, patternSet, type Match } from './patterns.js';

/**
 * What a `notEvents` phrase matches as in the trigger set: no trigger entry at all, so that a
 * reader of the set has to ask `isTrigger` before it can read a match's type.
 */
export interface NotAnEvent {
  readonly notAnEvent: true;
}
const NOT_AN_EVENT: NotAnEvent = Object.freeze({ notAnEvent: true });

export type TriggerMatch = Match & { value: TriggerEntry };

/** Whether a match of the trigger set is a trigger, not a phrase that names no happening. */
export const isTrigger = (m: Match & { value: TriggerEntry | NotAnEvent }): m is TriggerMatch => m.value !== NOT_AN_EVENT;

export interface CompiledEvents {
  /** The triggers and the `notEvents` phrases in one set, so that the longer phrase wins over the trigger word inside it. */
  readonly triggers: PatternSet<TriggerEntry | NotAnEvent>;
  /** Each trigger entry's own object markers, when it has some. */
  readonly objectMarkers: ReadonlyMap<TriggerEntry, PatternSet<true>>;
  readonly agent: PatternSet<true>;
  readonly target: PatternSet<true>;
  readonly from: PatternSet<true>;
  readonly to: PatternSet<true>;
  readonly genitive: PatternSet<true>;
  readonly passive: PatternSet<true>;
  readonly reflexives: PatternSet<true>;
  readonly modeCues: PatternSet<string>;
  readonly conditionalPerfect: PatternSet<true>;
  readonly negations: PatternSet<true>;
  readonly referring: PatternSet<true>;
  readonly manner: PatternSet<true>;
  readonly habitual: PatternSet<true>;
  readonly provisions: PatternSet<true>;
  readonly hypotheticals: PatternSet<true>;
  readonly mediators: PatternSet<true>;
  /** The actor lexicon's articles ("the"), which may stand between names listed together. */
  readonly articles: PatternSet<true>;
  /** The actor lexicon's possessive ending ("'s"): "seized the army's headquarters" names the loser. */
  readonly possessive: PatternSet<true>;
  readonly coordinators: PatternSet<true>;
  readonly purpose: PatternSet<true>;
  readonly destination: PatternSet<true>;
  readonly subordinators: PatternSet<true>;
  readonly cityAnaphors: PatternSet<true>;
  readonly pronouns: PatternSet<true>;
  readonly background: PatternSet<true>;
  readonly then: PatternSet<true>;
  readonly sequence: PatternSet<true>;
  readonly timesOfDay: PatternSet<true>;
  readonly bothSides: PatternSet<true>;
  readonly definite: PatternSet<true>;
  readonly retold: PatternSet<true>;
  readonly future: PatternSet<true>;
  readonly conditional: PatternSet<true>;
  readonly futureForm: RegExp | null;
  readonly conditionalForm: RegExp | null;
  readonly participle: RegExp;
  readonly attributive: { readonly participle: RegExp; readonly auxiliaries: PatternSet<true>; readonly determiners: PatternSet<true> } | null;
  readonly leadingParticiple: RegExp;
  readonly according: PatternSet<true>;
  readonly announce: PatternSet<true>;
  readonly responsibility: PatternSet<true>;
  readonly alleging: PatternSet<true>;
  readonly denial: PatternSet<true>;
  readonly deniedObjects: PatternSet<true>;
  readonly unconfirmed: PatternSet<true>;
  readonly complementizers: PatternSet<true>;
  readonly infinitives: PatternSet<true>;
  /** Words that may open reported speech with no complementizer ("said it would"). */
  readonly bareClauseStarters: ReadonlySet<string>;
  /** Reporting verbs (from the quote lexicon) and announcement verbs: what introduces a source. */
  readonly reporting: PatternSet<true>;
}

export const compileEvents = oncePer(compile);

function compile(pack: LanguagePack): CompiledEvents {
  const { events: e, claims: c, quotes: q } = pack;
  const regex = (source: string | null, flags = 'u') => (source ? new RegExp(source, flags) : null);
  return {
    triggers: new PatternSet<TriggerEntry | NotAnEvent>([
      ...e.triggers.flatMap((entry) => entry.patterns.map((p) => [p, entry] as const)),
      ...(e.notEvents ?? []).map((p) => [p, NOT_AN_EVENT] as const),
    ]),
    objectMarkers: new Map(e.triggers.flatMap((entry) => (entry.objectMarkers ? [[entry, patternSet(entry.objectMarkers)] as const] : []))),
    agent: patternSet(e.roles.agent),
    target: patternSet(e.roles.target),
    from: patternSet(e.roles.from),
    to: patternSet(e.roles.to),
    genitive: patternSet(e.roles.genitive),
    passive: patternSet(e.passive),
    reflexives: patternSet(e.reflexives),
    modeCues: new PatternSet(Object.entries(e.modeCues).flatMap(([mode, cues]) => cues.map((c) => [c, mode] as const))),
    conditionalPerfect: patternSet(e.conditionalPerfect),
    negations: patternSet(e.negations ?? []),
    referring: patternSet(e.referring ?? []),
    manner: patternSet(e.manner ?? []),
    habitual: patternSet(e.habitual ?? []),
    provisions: patternSet(e.provisions ?? []),
    hypotheticals: patternSet(e.hypotheticals ?? []),
    mediators: patternSet(e.mediators ?? []),
    articles: patternSet(pack.actors.articles),
    possessive: patternSet(pack.actors.possessive),
    coordinators: patternSet(e.coordinators),
    purpose: patternSet(e.purpose),
    destination: patternSet(e.destination),
    subordinators: patternSet(e.subordinators),
    cityAnaphors: patternSet(e.cityAnaphors),
    pronouns: patternSet(e.pronouns),
    background: patternSet(e.background),
    then: patternSet(e.then ?? []),
    sequence: patternSet(e.sequence ?? []),
    timesOfDay: patternSet(e.timesOfDay ?? []),
    bothSides: patternSet(e.bothSides ?? []),
    definite: patternSet(e.definite ?? []),
    retold: patternSet(e.retold ?? []),
    future: patternSet(e.future),
    conditional: patternSet(e.conditional),
    futureForm: regex(e.futureForm),
    conditionalForm: regex(e.conditionalForm),
    participle: new RegExp(e.participle, 'u'),
    attributive: e.attributive && {
      participle: new RegExp(e.attributive.participle, 'u'),
      auxiliaries: patternSet(e.attributive.auxiliaries),
      determiners: patternSet(e.attributive.determiners),
    },
    leadingParticiple: new RegExp(e.leadingParticiple, 'iu'),
    according: patternSet(c.according),
    announce: patternSet(c.announce),
    responsibility: patternSet(c.responsibility),
    alleging: patternSet(c.alleging),
    denial: patternSet(c.denial),
    deniedObjects: patternSet(c.deniedObjects),
    unconfirmed: patternSet(c.unconfirmed),
    complementizers: patternSet(c.complementizers),
    infinitives: patternSet(c.infinitives),
    bareClauseStarters: new Set(q.bareClauseStarters),
    reporting: patternSet([...q.reporting, ...c.announce]),
  };
}
