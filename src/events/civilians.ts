// Unarmed people as the target of violence ("gunmen killed nine villagers", "ont enlevé huit pêcheurs"):
// ACLED codes them actor2 "Civilians (Country)", CAMEO CVL. They are read here only, as what a violent
// event was done to: elsewhere a bare "les civils" is no actor ("la situation des civils" accuses no one;
// residents who tell of an attack are witnesses, no party to it). So these nouns are no mentions of the
// entities stage; the events stage adds the civilians it used to the entities, and the quotes, the claims
// and every other actor reading leave them out (`entityMentions`).
import type { Entity, Place } from '../model/reading.js';
import type { LanguagePack } from '../lang/types.js';
import type { TriggerEntry } from './lexicon.js';
import { oncePer } from '../core/memo.js';
import { worldCountries } from '../lang/shared/countries.js';
import { patternSet, type PatternSet } from './patterns.js';
import type { EntityMention } from './mentions.js';
import type { Actors } from './actors.js';
import type { SentenceCtx } from './attribution.js';
import { sameClause, type SentenceClauses } from './clauses.js';

/** Canonical name, as ACLED names the actor (its country apart). */
export const CIVILIANS = 'Civilians';

/** Whether an entity is the civilians this module made. */
export function isCivilians(e: Entity): boolean {
  return e.name === CIVILIANS && e.kind === 'group' && e.code !== null && e.code.endsWith('CVL');
}

/** The pack's nouns of unarmed people: those its figures count as civilians, and its actors' own list (residents, worshippers…). */
export const civilianNouns = oncePer((pack: LanguagePack): PatternSet<true> =>
  patternSet([
    ...Object.entries(pack.figures.nouns).filter(([, n]) => n.kind === 'civilians').map(([w]) => w),
    ...(pack.actors.civilians ?? []),
  ]),
);

const ISO3_BY_ISO2: ReadonlyMap<string, string> = new Map(worldCountries.map((c) => [c.cca2, c.cca3]));

/**
 * Violence done to someone, as ACLED's "Violence against civilians" reads it: attacks, abductions, arrests,
 * destruction; not fighting between two sides ("fled the fighting") nor a change of control.
 */
export function harms(entry: TriggerEntry): boolean {
  return (entry.plover === 'ASSAULT' || entry.plover === 'COERCE') && !entry.territory && !entry.mutual;
}

/** Tokens between a trigger and the noun of the people it hit ("killed at least 17 people, including five children": 6). */
const TARGET_REACH = 8;
/** Tokens after a noun within which a reporting verb makes it a speaker ("…, residents told Reuters"). */
const SPEAKER_REACH = 2;

/** The civilians of each country an article's events hit: one entity each, ids after the entities stage's. */
export class CivilianActors {
  private readonly byCountry = new Map<string, Entity>();
  /** Stands in for the civilians while the actors are read, before the event's place gives their country. */
  readonly placeholder: Entity = { id: '', name: CIVILIANS, kind: 'group', code: 'CVL', country: null, role: null, mentions: [] };

  constructor(
    /** The pack's nouns of unarmed people (`civilianNouns`). */
    readonly nouns: PatternSet<true>,
    private readonly firstId: number,
    /** The country the article is about (alpha-3), for an event with no place. */
    private readonly focus: string | null,
  ) {}

  /** The civilians of the event's place's country, else of the article's; the mention joins their evidence. */
  of(place: Place | null, mention: { start: number; end: number; text: string }): Entity {
    const iso3 = (place?.country && ISO3_BY_ISO2.get(place.country)) || this.focus;
    const key = iso3 ?? '';
    let e = this.byCountry.get(key);
    if (!e) {
      e = { id: `e${this.firstId + this.byCountry.size}`, name: CIVILIANS, kind: 'group', code: `${iso3 ?? ''}CVL`, country: iso3, role: null, mentions: [] };
      this.byCountry.set(key, e);
    }
    if (!e.mentions.some((m) => m.start === mention.start)) e.mentions.push(mention);
    return e;
  }

  entities(): Entity[] {
    return [...this.byCountry.values()].map((e) => ({ ...e, mentions: e.mentions.sort((a, b) => a.start - b.start) }));
  }
}

/** The country most of the article's resolved places lie in (alpha-3). */
export function placesFocus(places: readonly Place[]): string | null {
  const counts = new Map<string, number>();
  for (const p of places) if (p.country) counts.set(p.country, (counts.get(p.country) ?? 0) + p.mentions.length);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return (top && ISO3_BY_ISO2.get(top)) ?? null;
}

/** The civilians an event was done to: their mention, and who else was hit with them. */
export interface Victims {
  readonly mention: EntityMention;
  readonly more: readonly Entity[];
}

/**
 * The civilians a violent trigger was done to: a noun of unarmed people inside the trigger ("ordered residents …
 * to leave"), else, read again with the sentence's nouns of unarmed people as mentions (`attach` reads the actors
 * from a mention list), what it then takes as its target, rather than a farther one ("abducted eleven students … across
 * Cameroon's North-West"); the mention taken is the first after the trigger, else the last before it.
 */
export function civilianTarget(
  ctx: SentenceCtx,
  clauses: SentenceClauses,
  mentions: readonly EntityMention[],
  trigger: { readonly first: number; readonly end: number },
  read: Actors,
  civilians: CivilianActors,
  attach: (list: readonly EntityMention[]) => Actors,
): Victims | undefined {
  const { placeholder, nouns } = civilians;
  const sentence = clauses.sentence;
  const { lowers, lex, doc } = ctx;
  const tokens = doc.tokens;
  const found: EntityMention[] = [];
  let inside: EntityMention | undefined;
  const from = Math.max(sentence.firstToken, trigger.first - TARGET_REACH);
  for (const m of nouns.scan(lowers, from, Math.min(sentence.endToken, trigger.end + TARGET_REACH))) {
    const start = tokens[m.first].start;
    const end = tokens[m.end - 1].end;
    if (mentions.some((x) => x.start < end && start < x.end)) continue;
    // "selon des habitants", "residents said": who tells of it is a witness, not its target.
    if (lex.according.some(lowers, Math.max(sentence.firstToken, m.first - 3), m.first) || lex.reporting.some(lowers, m.end, Math.min(sentence.endToken, m.end + SPEAKER_REACH))) continue;
    // "escorting a convoy of traders when they were attacked", "des immeubles détruits l'an dernier, les habitants…": only the trigger's own clause.
    if (!sameClause(clauses, trigger.first, m.first)) continue;
    const mention = { entity: placeholder, start, end };
    if (m.first > trigger.first && m.end <= trigger.end) inside ??= mention;
    found.push(mention);
  }
  if (inside) return read.actor2 ? undefined : { mention: inside, more: [] };
  if (!found.length) return undefined;
  const again = attach([...mentions, ...found].sort((a, b) => a.start - b.start || b.end - a.end));
  if (again.actor2 !== placeholder) return undefined;
  const at = tokens[trigger.first].start;
  return { mention: found.find((x) => x.start >= at) ?? found.at(-1)!, more: again.actor2More.filter((e) => e !== placeholder) };
}
