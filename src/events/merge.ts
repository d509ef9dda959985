// One event per happening: a candidate merges into an earlier event of the same type when
// nothing contradicts it (timing, place, stated date, actors on each side) and, across
// sentences, when they share a place or an actor. The merged event keeps the first evidence
// and fills its gaps from later mentions (a stated date beats the publication date).
// Then changes of control are read in order: a place taken without saying from whom was
// taken from its last holder.
import type { Entity, Event, Figure, Modality, Place, Precision, Span, Timing } from '../model/reading.js';
import type { TerritoryRole } from './lexicon.js';
import { acledFor, acledForTerritory, CAMEO_ROOT, VERBAL, type Plover } from './ontology.js';
import { isStateActor, sameSide } from './mentions.js';
import { isCivilians } from './civilians.js';
import { distanceKm } from '../geo/resolve.js';

export interface Draft {
  plover: Plover;
  mode: string | null;
  territoryRole: TerritoryRole | null;
  actor1: Entity | null;
  actor1More: Entity[];
  actor2: Entity | null;
  actor2More: Entity[];
  place: Place | null;
  date: { date: string | null; precision: Precision | null };
  /** Whether the date comes from a date in the text rather than the publication date. */
  dateStated: boolean;
  timing: Timing;
  modality: Modality;
  source: Entity | null;
  figures: Figure[];
  trigger: Span;
  evidence: Span;
  mentions: Span[];
  by: string;
  /** Offset of the sentence the trigger is in. */
  sentence: number;
  /** A holding ("occupied for ten months"): feeds who controls a place, is no event itself. */
  holding: boolean;
  /** Names a happening of its type already told ("a condamné l'attaque"): joins it when there is one. */
  told?: boolean;
}

/** Speech acts that say something of someone: an accusation, a call, a demand, a threat, a refusal. */
const STATEMENTS: ReadonlySet<Plover> = new Set(['ACCUSE', 'REQUEST', 'DEMAND', 'THREATEN', 'REJECT']);

/**
 * Roles (English in every pack) of people who comment on a conflict with no part in it: what they call for
 * or judge is an opinion in the article, not an event.
 */
const COMMENTATOR = /\b(?:researcher|analyst|political scientist|specialist|expert|academic|historian|sociologist|anthropologist|geographer|economist)\b/i;
const commentator = (e: Entity | null) => e !== null && e.kind === 'person' && !!e.role && COMMENTATOR.test(e.role);

const side = (actor: Entity | null, more: readonly Entity[]) => [actor, ...more].filter((e): e is Entity => e !== null);
const overlaps = (a: readonly Entity[], b: readonly Entity[]) => a.some((x) => b.some((y) => sameSide(x, y)));
const conflicts = (a: readonly Entity[], b: readonly Entity[]) => a.length > 0 && b.length > 0 && !overlaps(a, b);

/** The same place, or two places within a few kilometres ("Palmyre" and "la partie nord de la ville"). */
function samePlace(a: Place, b: Place): boolean {
  if (a.id === b.id || (a.geonameid !== null && a.geonameid === b.geonameid)) return true;
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return false;
  return distanceKm(a.lat, a.lon, b.lat, b.lon) <= NEAR_KM;
}
const NEAR_KM = 8;

/** Whether `outer`, a country or first-level region, holds `inner` ("Macomia, dans la province de Cabo Delgado"). */
function holds(outer: Place, inner: Place): boolean {
  if (outer.id === inner.id || outer.country === null || outer.country !== inner.country) return false;
  if (outer.kind === 'country') return inner.kind !== 'country';
  return outer.kind === 'admin1' && inner.kind !== 'admin1' && outer.admin1 !== null && outer.admin1 === inner.admin1;
}

/**
 * A headline names a scene loosely: by the nearest known town ("affrontements près de Bamenda" for a village
 * 20 km off) or by the region or country around it ("quatre soldats tués dans la région des Savanes").
 */
function sameScene(a: Place, b: Place): boolean {
  if (holds(a, b) || holds(b, a)) return true;
  return a.lat !== null && a.lon !== null && b.lat !== null && b.lon !== null && distanceKm(a.lat, a.lon, b.lat, b.lon) <= HEADLINE_KM;
}
const HEADLINE_KM = 50;

function datesAgree(a: Draft, b: Draft): boolean {
  if (!a.dateStated || !b.dateStated || !a.date.date || !b.date.date) return true;
  const n = Math.min(a.date.date.length, b.date.date.length);
  return a.date.date.slice(0, n) === b.date.date.slice(0, n);
}

/**
 * Whether `d` may be a re-mention of `e`. A headline (`headline`) names the actors loosely
 * ("Rebels seize…" for "Fighters from HTS captured…"): there only type, timing and place count;
 * with no place it tells a plan in the present too ("Kigali promet des renforts"): only the type counts.
 */
function compatible(e: Draft, d: Draft, headline: boolean): boolean {
  if (e.plover !== d.plover || e.holding || d.holding) return false;
  if (e.mode && d.mode && e.mode !== d.mode) return false;
  // In one sentence a place and the region around it name one scene.
  const nested = e.sentence === d.sentence && !!e.place && !!d.place && (holds(e.place, d.place) || holds(d.place, e.place));
  if (e.place && d.place && !samePlace(e.place, d.place) && !nested && !(headline && sameScene(e.place, d.place))) return false;
  if (headline && !d.place) return true;
  if (e.timing !== d.timing) return false;
  if (!datesAgree(e, d)) return false;
  const e1 = side(e.actor1, e.actor1More);
  const e2 = side(e.actor2, e.actor2More);
  const d1 = side(d.actor1, d.actor1More);
  const d2 = side(d.actor2, d.actor2More);
  if (headline) return e.place !== null && d.place !== null;
  if (conflicts(e1, d1) || conflicts(e2, d2) || overlaps(e1, d2) || overlaps(e2, d1)) return false;
  if (e.sentence === d.sentence) return true;
  // Across sentences a specific kind ("les frappes") is not folded into a general one ("l'offensive").
  if (e.mode !== d.mode) return false;
  return (e.place !== null && d.place !== null) || overlaps(e1, d1);
}

/** Merges `d` into a compatible earlier draft, or appends it; returns the draft that holds it. */
export function mergeInto(drafts: Draft[], d: Draft, headline = false): Draft {
  // A headline with no place is about the article's first happening of its type; anything else re-mentions the latest.
  const forward = headline && !d.place;
  for (let k = 0; k < drafts.length; k++) {
    const e = drafts[forward ? k : drafts.length - 1 - k];
    if (!compatible(e, d, headline) && !(headline && compatible(e, d, false))) continue;
    e.mode ??= d.mode;
    e.territoryRole ??= d.territoryRole;
    if (headline && !compatible(e, d, false)) {
      e.mentions.push(d.trigger);
      return e;
    }
    e.actor1 ??= d.actor1;
    e.actor2 ??= d.actor2;
    const known = (x: Entity) => [e.actor1, e.actor2, ...e.actor1More, ...e.actor2More].some((y) => y?.id === x.id);
    for (const x of side(d.actor1, d.actor1More)) if (!known(x)) e.actor1More.push(x);
    for (const x of side(d.actor2, d.actor2More)) if (!known(x)) e.actor2More.push(x);
    if (!e.place || (d.place && holds(e.place, d.place))) e.place = d.place;
    if (!e.dateStated && d.dateStated) {
      e.date = d.date;
      e.dateStated = true;
    }
    e.source ??= d.source;
    e.figures.push(...d.figures.filter((f) => !e.figures.includes(f)));
    e.mentions.push(d.trigger, ...d.mentions);
    return e;
  }
  drafts.push(d);
  return d;
}

/**
 * Fills the side a place was taken from with its last holder in text order, then, for a place
 * taken first in the text, in the order of the events' dates ("retaken on Wednesday, after it fell on Monday").
 */
function readControl(drafts: readonly Draft[]): void {
  const territorial = drafts.filter((d) => d.territoryRole && d.place);
  fillHolders(territorial);
  fillHolders([...territorial].sort((a, b) => (a.date.date ?? '').localeCompare(b.date.date ?? '')));
}

function fillHolders(drafts: readonly Draft[]): void {
  const holder = new Map<string, Entity>();
  for (const d of drafts) {
    const taker = d.actor1;
    const last = holder.get(d.place!.id);
    if (!d.actor2 && last && !(taker && sameSide(last, taker))) d.actor2 = last;
    if (taker) holder.set(d.place!.id, taker);
  }
}

/** A retreat or surrender with no counterpart is made to the side last fought in the article. */
function readOpponents(drafts: readonly Draft[]): void {
  drafts.forEach((d, i) => {
    if (d.plover !== 'RETREAT' || d.actor2 || !d.actor1) return;
    const me = d.actor1;
    for (const e of drafts.slice(0, i).reverse()) {
      // An attack on civilians (./civilians.ts) was fought against no one.
      if (e.plover !== 'ASSAULT' || (e.actor2 && isCivilians(e.actor2))) continue;
      const opponent = overlaps(side(e.actor1, e.actor1More), [me]) ? e.actor2 : overlaps(side(e.actor2, e.actor2More), [me]) ? e.actor1 : null;
      if (opponent) {
        d.actor2 = opponent;
        return;
      }
    }
  });
}

export function finalize(drafts: Draft[]): Event[] {
  readControl(drafts);
  readOpponents(drafts);
  return drafts
    // A statement is known by who makes it: without its speaker ("Junta accused of…") it is no event (talks may be).
    .filter((d) => !d.holding && (d.actor1 || d.actor2 || d.place) && (d.actor1 || !STATEMENTS.has(d.plover)) && !(VERBAL.has(d.plover) && commentator(d.actor1)))
    .map((d, i) => {
      const territorial = d.territoryRole !== null;
      return {
        id: `ev${i + 1}`,
        plover: d.plover,
        mode: d.mode,
        acled: territorial ? acledForTerritory(d.actor1 ? isStateActor(d.actor1) : null) : acledFor(d.plover, d.mode, d.actor2 !== null && isCivilians(d.actor2)),
        cameo: CAMEO_ROOT[d.plover],
        actor1: d.actor1?.id ?? null,
        actor2: d.actor2?.id ?? null,
        actor1_more: d.actor1More.filter((e) => e.id !== d.actor1?.id).map((e) => e.id),
        actor2_more: d.actor2More.filter((e) => e.id !== d.actor2?.id).map((e) => e.id),
        place: d.place?.id ?? null,
        date: d.date,
        timing: d.timing,
        modality: d.modality,
        source: (d.source ?? (VERBAL.has(d.plover) ? d.actor1 : null))?.id ?? null,
        figures: d.figures.map((f) => ({ kind: f.kind, value: f.value, unit: f.unit, approx: f.approx, figure: f.id })),
        territory: territorial ? { place: d.place?.id ?? null, from: d.actor2?.id ?? null, to: d.actor1?.id ?? null } : null,
        trigger: d.trigger,
        evidence: d.evidence,
        mentions: d.mentions,
        by: d.by,
      } satisfies Event;
    });
}
