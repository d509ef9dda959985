// What a language pack says about actors; read by the entities engine (./entities.ts).
// Canonical names and codes are English and language-neutral (src/lang/shared/actors.ts);
// a pack gives the words of its language for them.
import type { EntityKind } from '../../model/reading.js';

export interface ActorDef {
  /** Canonical English name: what gold files and other stages match on. */
  readonly name: string;
  readonly kind: EntityKind;
  /** CAMEO-style code (SYRGOV, IGOUNO…), when one applies. */
  readonly code: string | null;
  /** ISO 3166-1 alpha-3. */
  readonly country: string | null;
  readonly role?: string | null;
  /** A jihadist group: what "the jihadists" of an article that names it refer to. */
  readonly jihadist?: boolean;
}

export interface CountryWords {
  readonly iso3: string;
  /** The country's names in this language ("Syrie", "États-Unis"). */
  readonly names: readonly string[];
  /** Every inflected form of its adjective ("syrien", "syrienne", "syriens", "syriennes"). */
  readonly adjectives: readonly string[];
  /** Its capital(s) in this language ("Damas", "Moscou"). */
  readonly capitals: readonly string[];
}

/** What a context-dependent group noun refers to. */
export type GenericRef = 'rebels' | 'jihadists' | 'gangs' | 'attackers' | 'protesters' | 'government' | 'military' | 'police' | 'ministry' | 'coalition' | 'militia' | 'opposition' | 'ngo' | 'igo';

export interface RoleWords {
  /** The role as written ("secrétaire d'État", "porte-parole"). */
  readonly phrase: string;
  /** The role in English ("Secretary of State", "spokesman"). */
  readonly en: string;
  /** Roles that are the same office (a US Secretary of State is its foreign minister). */
  readonly key?: string;
  /** A military rank or command: its holder's code is the country's MIL, not GOV. */
  readonly military?: boolean;
}

export interface ActorLexicon {
  /** Named actors of this language: each canonical actor with its aliases here. */
  readonly named: readonly { readonly actor: ActorDef; readonly aliases: readonly string[] }[];
  readonly countries: readonly CountryWords[];
  /** Nouns for a state's government ("gouvernement", "régime") and its armed forces ("armée", "aviation"). */
  readonly governmentNouns: readonly string[];
  readonly militaryNouns: readonly string[];
  /** Whether the country adjective follows its noun (fr "armée syrienne") or precedes it (en "Syrian army"). */
  readonly adjectiveAfter: boolean;
  /** Words joining a noun to its complement ("de", "du", "of the"). */
  readonly of: readonly string[];
  /** Possessive endings that make a name a determiner ("'s"). */
  readonly possessive: readonly string[];
  /** Group nouns resolved in context ("les rebelles", "le régime", "the ministry"; "paramilitaries": the armed group the article names). */
  readonly generic: Readonly<Record<string, GenericRef>>;
  /**
   * Nouns of unarmed people that the figures do not already count as civilians ("residents", "worshippers"): with
   * those, the civilians an attack, an abduction or an arrest may be done to (read by the events, never as an entity).
   */
  readonly civilians?: readonly string[];
  /** Aliases that are also words written in capitals for emphasis (en "IS"): read only when the article names the actor otherwise too. */
  readonly weakAliases?: readonly string[];
  /** Nouns of a lake, river or gulf named after a country ("lac Tchad", "fleuve Niger", "golfe de Guinée"): there the name is no state. */
  readonly landforms?: readonly string[];
  /** Words between a group noun and the named group it belongs to ("du groupe armé", "of the"). */
  readonly groupLinks: readonly string[];
  /** Ministry nouns and ministry domains with their English names ("défense" → "Defence"). */
  readonly ministryNouns: readonly string[];
  readonly ministries: Readonly<Record<string, string>>;
  /** Coalition nouns and the participles saying who leads one ("menée par", "led by"); the suffix of "US-led". */
  readonly coalitionNouns: readonly string[];
  readonly ledBy: readonly string[];
  readonly ledSuffix: readonly string[];
  /** Suffixes that make a group's name lead the noun after it ("Hamas-led militants", "RSF-led alliance"): that noun is the group. */
  readonly groupLedSuffix?: readonly string[];
  /**
   * Head nouns of the organisations an article introduces with a short name in parentheses ("la Force de
   * dissuasion (Radaa)", "le groupe armé 3R (…)"), lower case, with the kind of actor each names.
   */
  readonly introducedHeads?: Readonly<Record<string, EntityKind>>;
  /** Offices people hold. */
  readonly roles: readonly RoleWords[];
  /** Titles before a name ("M.", "Mme", "Mr"). */
  readonly honorifics: readonly string[];
  /** Prepositions that put a country's name as the place of events ("en Syrie", "in Afghanistan"): the country in focus. */
  readonly inCountry: readonly string[];
  /** Words joining two country adjectives on one noun ("russes et syriennes", "Russian and Syrian"). */
  readonly conjunctions: readonly string[];
  /** Articles that may stand between a name, its comma and a role ("John Kerry, the US Secretary of State"). */
  readonly articles: readonly string[];
  /** Lower-case particles inside names ("al", "de", "bin"). */
  readonly nameParticles: readonly string[];
  /** Metonymy: words before a capital that make it an agent ("selon", "appuyée par", "according to"). */
  readonly agentBefore: readonly string[];
  /** …and verb forms after it ("affirme", "a dénoncé", "said"), past the auxiliaries in `agentSkip`. */
  readonly agentVerbs: readonly string[];
  readonly agentSkip: readonly string[];
}
