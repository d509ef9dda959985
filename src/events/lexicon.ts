// What a language pack gives the event and claim engines: token patterns (see patterns.ts),
// grouped by the role they play. Every list should be general: all the verbs, nouns and
// light-verb phrases a newswire uses for the happening, not the ones one article uses.
import type { Plover } from './ontology.js';

/** How a trigger changes who holds a place. */
export type TerritoryRole =
  /** the agent takes the place ("captured", "s'emparer de", "reprendre le contrôle de") */
  | 'gain'
  /** the subject loses the place ("perdre", "lost") */
  | 'loss'
  /** the place falls to the actor after a "to" marker ("tomber aux mains de", "fell to") */
  | 'fall';

export interface TriggerEntry {
  readonly plover: Plover;
  /** PLOVER mode (aerial, shelling, explosion, looting…), when the trigger says which. */
  readonly mode?: string;
  readonly territory?: TerritoryRole;
  /** A standing state ("soutient", "backs") rather than a happening: no event inside a subordinate clause. */
  readonly stative?: boolean;
  /** The words a pattern's gap skips are the trigger's object: "qualifier X de crime", "calling X a crime". */
  readonly objectInGap?: boolean;
  /**
   * A refusal said in the negated future ("ne participera pas aux pourparlers prévus en mai à Doha"): a statement made
   * now, not a plan; the date and place after it belong to what is refused.
   */
  readonly refusal?: boolean;
  /** A mutual act ("clashes", "talks", "agreed"): parties named together ("X and Y signed") stand on both sides. */
  readonly mutual?: boolean;
  /** Markers before an object that the general roles would misread ("reprocher à X", "imputer aux forces X"). */
  readonly objectMarkers?: readonly string[];
  readonly patterns: readonly string[];
}

export interface EventLexicon {
  readonly triggers: readonly TriggerEntry[];
  /**
   * Phrases holding a trigger word that name no new happening: a time set by one already told
   * ("depuis l'attaque", "since the fighting began"), an adverbial ("à la demande de"). Matched
   * with the triggers, so that the longer phrase wins over the word inside it.
   */
  readonly notEvents?: readonly string[];
  /**
   * Determiners after which a noun trigger names no new happening: pointing back to one already told ("ces
   * frappes", "cet accord"), or to none in particular ("toute négociation", "aucune attaque").
   */
  readonly referring?: readonly string[];
  /**
   * Prepositions, with their determiner, that make a noun trigger the manner of the verb of its type before it in the
   * clause ("killed 22 soldiers in an ambush"): one happening, told once.
   */
  readonly manner?: readonly string[];
  /**
   * Adverbs of a standing position right before a statement's verb ("a toujours rejeté", "has repeatedly denied"): a
   * stance held over time, not a statement made on a day.
   */
  readonly habitual?: readonly string[];
  /** Verbs of what a text provides for ("l'accord prévoit le retrait…", "the deal provides for"): what follows in the clause has not happened. */
  readonly provisions?: readonly string[];
  /** Words before a trigger that say it did not happen ("did not attack", "will not take part in the talks"): no event. */
  readonly negations?: readonly string[];
  /**
   * Words opening a condition or an open question ("if", "unless", "whether … would"), also listed as
   * subordinators: what such a clause holds, and what a conditional makes of it in the rest of the
   * sentence ("would strike … if the attacks continued"), has not happened and is not planned.
   */
  readonly hypotheticals?: readonly string[];
  /** Markers before a third party that helps the sides ("brokered by", "under the auspices of"): no side of the event. */
  readonly mediators?: readonly string[];
  /** Markers just before an actor mention that give its role. */
  readonly roles: {
    /** the doer in a passive or a noun phrase ("par", "by") */
    readonly agent: readonly string[];
    /** the target ("contre", "against", "on") */
    readonly target: readonly string[];
    /** the side a place is taken from ("des mains de", "from") */
    readonly from: readonly string[];
    /** the side a place falls to ("aux mains de", "to") */
    readonly to: readonly string[];
    /** the doer after a noun trigger ("l'offensive de X", "X's offensive" is handled by position) */
    readonly genitive: readonly string[];
  };
  /** Words before where a flight or a retreat goes ("vers Goma", "towards Chad"): not where it happened. */
  readonly destination: readonly string[];
  /** Words opening a purpose right after a trigger ("an offensive to retake X", "une offensive pour reprendre X"): an aim, not a second happening. */
  readonly purpose: readonly string[];
  /** Regex source for a past participle: one followed by an agent ("secteurs occupés par X") describes, not reports. */
  readonly participle: string;
  /** Auxiliaries of the passive, found just before a participle trigger ("été", "was"). */
  readonly passive: readonly string[];
  /** Reflexive pronouns: with one, "s'étaient emparés" is active, not passive. */
  readonly reflexives: readonly string[];
  /** Words in the clause that say how an assault was made when its trigger does not ("warplanes struck"). */
  readonly modeCues: Readonly<Record<string, readonly string[]>>;
  /** Words joining coordinated actors ("et", "and", "ainsi que"). */
  readonly coordinators: readonly string[];
  /** Words opening a subordinate or relative clause ("alors que", "qui", "while", "which"). */
  readonly subordinators: readonly string[];
  /** A sentence opening with this shape is a participial clause whose subject is the main clause's. */
  readonly leadingParticiple: string;
  /** Nouns that refer back to the last city named ("la ville", "the city"). */
  readonly cityAnaphors: readonly string[];
  /** Subject pronouns ("elle", "they"): the subject is the reporting clause's. */
  readonly pronouns: readonly string[];
  /**
   * Where every past is compound (fr), a lone participle (`participle`, stricter than the one above)
   * with no auxiliary of a compound tense before it, and no determiner right before it (that makes it
   * a noun: "l'attaque"), describes a noun ("la capitale assiégée"). Null where the simple past has
   * the participle's form (en: "destroyed").
   */
  readonly attributive: { readonly participle: string; readonly auxiliaries: readonly string[]; readonly determiners: readonly string[] } | null;
  /** Pluperfect auxiliaries and other markers of a happening before the news ("avait", "had"). */
  readonly background: readonly string[];
  /**
   * Words that set a happening at the time just told ("avaient alors pris", "at the time"): an undated
   * background event among them is of the date of the background event before it.
   */
  readonly then?: readonly string[];
  /**
   * Subordinators that order their clause before or after the main one ("after", "before"): a date outside
   * such a clause ("suspended talks on Tuesday after rebels attacked") dates the main clause, not it.
   */
  readonly sequence?: readonly string[];
  /** Phrases naming the parties together with no name ("both sides", "the two countries"): the two sides of the last happening told with both. */
  readonly bothSides?: readonly string[];
  /** The definite article(s), and linking verbs after which a noun trigger under one re-mentions a happening told ("the clashes ended"). */
  readonly definite?: readonly string[];
  readonly retold?: readonly string[];
  /** Times of day after which a subordinator is a preposition ("before dawn on Monday"): no clause opens there. */
  readonly timesOfDay?: readonly string[];
  /** Markers of a happening still to come ("va", "will", "plans to", "prévoit de"). */
  readonly future: readonly string[];
  /** Regex source for a verb in the future tense, tested on the trigger and its auxiliary. */
  readonly futureForm: string | null;
  /** Regex source for a verb in the conditional ("aurait", "enverrait"); en uses `future` words. */
  readonly conditionalForm: string | null;
  /** Words for "would"-style conditionals in languages that mark them with a word. */
  readonly conditional: readonly string[];
  /** A conditional perfect ("aurait repris", "would have sent") reports a past hearsay, never a plan. */
  readonly conditionalPerfect: readonly string[];
}

export interface ClaimLexicon {
  /** Cues before the source: "selon X", "d'après X", "according to X". */
  readonly according: readonly string[];
  /** Cues of a claim of responsibility ("revendiquée par X", "X claimed responsibility"): the doer's assertion of its own deed. */
  readonly responsibility: readonly string[];
  /** Cues of an announcement: with a conditional or future the event is planned. */
  readonly announce: readonly string[];
  /** Cues that the source alleges rather than states ("prétend", "allegedly", "claimed"). */
  readonly alleging: readonly string[];
  /** Cues of denial ("dément", "denied"). */
  readonly denial: readonly string[];
  /** What a denial may deny without saying it again ("toute responsabilité", "it", "the claims"). */
  readonly deniedObjects: readonly string[];
  /** Cues that the claim could not be checked ("n'a pu être confirmée", "could not be verified"). */
  readonly unconfirmed: readonly string[];
  /** Words after a reporting verb that open reported content ("que", "that"). */
  readonly complementizers: readonly string[];
  /** …or open it as an infinitive whose doer is the reporting verb's subject ("affirme avoir pris", "claimed to have seized"). */
  readonly infinitives: readonly string[];
}
