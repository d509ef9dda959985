// Scores one reading against its gold file. An event matches a gold event when its PLOVER type
// is the same, its place lies within 50 km of the gold place (or both have none), its date
// agrees to the gold's precision (±1 day for a day), and each actor the gold names matches one
// of our actors on that side by entity name or code against the gold entity's `match` list (a
// list in the gold means any one). Gold events with `required: false` count neither as misses
// nor, when found, as spurious. Modality and timing are scored on the same pairing; quotes by
// speaker + opening words; claims by source + modality.
import type { Entity, Event, Place, Reading } from '../model/reading.js';
import type { GoldEvent, GoldFile } from './gold.js';
import { distanceKm } from '../geo/resolve.js';

export const MAX_PLACE_KM = 50;

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface EventMiss {
  readonly gold: string;
  readonly plover: string;
  /** Why the closest event of the same type did not match, or that there was none. */
  readonly why: string;
}

export interface Spurious {
  readonly event: string;
  readonly description: string;
  readonly evidence: string;
}

export interface FileScore {
  readonly file: string;
  readonly events: Scores;
  readonly modality: Scores;
  readonly timing: Scores;
  readonly quotes: Scores;
  readonly claims: Scores;
  readonly misses: readonly EventMiss[];
  readonly spurious: readonly Spurious[];
  /** Gold event id → our event id. */
  readonly pairs: Readonly<Record<string, string>>;
  readonly wrong: readonly string[];
}

export function scores(c: Counts): Scores {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, precision, recall, f1 };
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();

/** The names a gold entity may be matched by: its name, its `match` list, its forms. */
function namesFor(gold: GoldFile, name: string): Set<string> {
  const entity = gold.entities.find((e) => fold(e.name) === fold(name));
  return new Set([name, ...(entity?.match ?? [])].map(fold));
}

/** What an entity may be matched by: its name, its code, and for an official (a person with a
 *  role and a country) their government's code, as CAMEO codes officials (John Kerry → USAGOV). */
function keysOf(entity: Entity): string[] {
  const keys = [entity.name, entity.code];
  if (entity.kind === 'person' && entity.role && entity.country) keys.push(`${entity.country}GOV`);
  return keys.filter((k): k is string => k !== null).map(fold);
}

function entityMatches(gold: GoldFile, entity: Entity | undefined, goldNames: string | readonly string[]): boolean {
  if (!entity) return false;
  const list = typeof goldNames === 'string' ? [goldNames] : goldNames;
  const keys = keysOf(entity);
  return list.some((n) => {
    const names = namesFor(gold, n);
    return keys.some((k) => names.has(k));
  });
}

function placeMatches(gold: GoldFile, place: Place | undefined, goldName: string | null | undefined): boolean {
  if (!goldName) return !place;
  if (!place) return false;
  const g = gold.places.find((p) => fold(p.name) === fold(goldName));
  if (g && g.lat != null && g.lon != null && place.lat !== null && place.lon !== null) {
    return distanceKm(g.lat, g.lon, place.lat, place.lon) <= MAX_PLACE_KM;
  }
  // Unresolved place (no gazetteer): fall back to its name against the gold place's name and forms.
  const names = new Set([goldName, ...(g?.forms ?? [])].map(fold));
  return names.has(fold(place.name)) || place.mentions.some((m) => names.has(fold(m.text)));
}

function dateMatches(ours: string | null, gold: string | null | undefined): boolean {
  if (!gold) return !ours;
  if (!ours) return false;
  if (gold.length === 10) return ours.length === 10 && Math.abs(Date.parse(ours) - Date.parse(gold)) <= 86_400_000;
  return ours.startsWith(gold);
}

interface Lookup {
  readonly entity: (id: string | null) => Entity | undefined;
  readonly place: (id: string | null) => Place | undefined;
}

function sideMatches(gold: GoldFile, lookup: Lookup, ids: readonly (string | null)[], goldNames: GoldEvent['actor1']): boolean {
  if (goldNames === null || goldNames === undefined) return true;
  return ids.some((id) => entityMatches(gold, lookup.entity(id), goldNames));
}

/** Which of the match conditions fail for this pair (empty when they match). */
function failures(gold: GoldFile, lookup: Lookup, g: GoldEvent, e: Event): string[] {
  const out: string[] = [];
  if (e.plover !== g.plover) out.push('type');
  if (!placeMatches(gold, lookup.place(e.place), g.place)) out.push(`place (${lookup.place(e.place)?.name ?? 'none'})`);
  if (!dateMatches(e.date.date, g.date)) out.push(`date (${e.date.date ?? 'none'})`);
  if (!sideMatches(gold, lookup, [e.actor1, ...e.actor1_more], g.actor1)) out.push(`actor1 (${lookup.entity(e.actor1)?.name ?? 'none'})`);
  if (!sideMatches(gold, lookup, [e.actor2, ...e.actor2_more], g.actor2)) out.push(`actor2 (${lookup.entity(e.actor2)?.name ?? 'none'})`);
  return out;
}

function describe(lookup: Lookup, e: Event): string {
  const name = (id: string | null) => lookup.entity(id)?.name ?? '–';
  return `${e.plover}${e.mode ? '/' + e.mode : ''} ${name(e.actor1)} → ${name(e.actor2)} @ ${lookup.place(e.place)?.name ?? '–'} ${e.date.date ?? '–'} (${e.timing}, ${e.modality})`;
}

export function scoreReading(gold: GoldFile, reading: Reading, file: string): FileScore {
  const entities = new Map(reading.entities.map((e) => [e.id, e]));
  const places = new Map(reading.places.map((p) => [p.id, p]));
  const lookup: Lookup = { entity: (id) => (id ? entities.get(id) : undefined), place: (id) => (id ? places.get(id) : undefined) };
  const ordered = [...gold.events.filter((g) => g.required), ...gold.events.filter((g) => !g.required)];
  const taken = new Set<string>();
  const pairs: Record<string, string> = {};
  const misses: EventMiss[] = [];
  for (const g of ordered) {
    const hit = reading.events.find((e) => !taken.has(e.id) && failures(gold, lookup, g, e).length === 0);
    if (hit) {
      taken.add(hit.id);
      pairs[g.id] = hit.id;
    } else if (g.required) {
      const sameType = reading.events.filter((e) => e.plover === g.plover).map((e) => failures(gold, lookup, g, e)).sort((a, b) => a.length - b.length)[0];
      misses.push({ gold: g.id, plover: g.plover, why: sameType ? `closest ${g.plover} event fails on ${sameType.join(', ')}` : `no ${g.plover} event` });
    }
  }
  const required = gold.events.filter((g) => g.required);
  const matched = required.filter((g) => pairs[g.id]);
  const spuriousEvents = reading.events.filter((e) => !taken.has(e.id));
  const byId = new Map(reading.events.map((e) => [e.id, e]));
  const wrong: string[] = [];
  const aspect = (key: 'modality' | 'timing'): Scores => {
    const right = matched.filter((g) => {
      const ok = !g[key] || byId.get(pairs[g.id])?.[key] === g[key];
      if (!ok) wrong.push(`${g.id} ${key}: ${byId.get(pairs[g.id])?.[key]} (gold ${g[key]})`);
      return ok;
    }).length;
    return scores({ tp: right, fp: spuriousEvents.length + matched.length - right, fn: required.length - right });
  };
  return {
    file,
    events: scores({ tp: matched.length, fp: spuriousEvents.length, fn: required.length - matched.length }),
    modality: aspect('modality'),
    timing: aspect('timing'),
    quotes: scoreQuotes(gold, reading, lookup),
    claims: scoreClaims(gold, reading, lookup),
    misses,
    spurious: spuriousEvents.map((e) => ({ event: e.id, description: describe(lookup, e), evidence: e.evidence.text })),
    pairs,
    wrong,
  };
}

function speakerMatches(gold: GoldFile, lookup: Lookup, speaker: string | null, name: string | null, goldSpeaker: string | null): boolean {
  // No named speaker in the gold ("un habitant joint par téléphone"): right when we name no entity either.
  if (!goldSpeaker) return !speaker;
  if (entityMatches(gold, lookup.entity(speaker), goldSpeaker)) return true;
  const entity = gold.entities.find((e) => fold(e.name) === fold(goldSpeaker));
  const names = new Set([goldSpeaker, ...(entity?.forms ?? [])].map(fold));
  return name !== null && names.has(fold(name));
}

/** One-to-one greedy pairing of gold items with predicted ones. */
function pairUp<G, P>(golds: readonly G[], preds: readonly P[], same: (g: G, p: P) => boolean): Counts {
  const used = new Set<number>();
  let tp = 0;
  for (const g of golds) {
    const i = preds.findIndex((p, k) => !used.has(k) && same(g, p));
    if (i >= 0) {
      used.add(i);
      tp++;
    }
  }
  return { tp, fp: preds.length - tp, fn: golds.length - tp };
}

function scoreQuotes(gold: GoldFile, reading: Reading, lookup: Lookup): Scores {
  // Indirect speech is scored only when the gold annotates some.
  const withIndirect = gold.quotes.some((q) => !q.direct);
  const preds = reading.quotes.filter((q) => q.direct || withIndirect);
  return scores(
    pairUp(gold.quotes, preds, (g, q) => q.direct === g.direct && fold(q.text).startsWith(fold(g.starts_with)) && speakerMatches(gold, lookup, q.speaker, q.speakerName, g.speaker)),
  );
}

function scoreClaims(gold: GoldFile, reading: Reading, lookup: Lookup): Scores {
  return scores(pairUp(gold.claims, reading.claims, (g, c) => c.modality === g.modality && entityMatches(gold, lookup.entity(c.source), g.source)));
}

/** Sums the counts of several files (micro-average). */
export function total(files: readonly FileScore[], key: 'events' | 'modality' | 'timing' | 'quotes' | 'claims'): Scores {
  return scores(files.reduce((acc, f) => ({ tp: acc.tp + f[key].tp, fp: acc.fp + f[key].fp, fn: acc.fn + f[key].fn }), { tp: 0, fp: 0, fn: 0 }));
}
