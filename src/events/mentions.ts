// Flat, position-sorted views of entity and place mentions, and token look-ups by offset,
// shared by the quote, event and claim engines.
import type { Entity, Place } from '../model/reading.js';
import type { Token } from '../core/doc.js';
import { memo } from '../core/memo.js';
import { partitionPoint } from '../core/search.js';
import { isCivilians } from './civilians.js';

export interface EntityMention {
  readonly entity: Entity;
  readonly start: number;
  readonly end: number;
}

export interface PlaceMention {
  readonly place: Place;
  readonly start: number;
  readonly end: number;
}

/**
 * Every entity mention, sorted; built once per entity list (the quote, event and claim stages all read it). The
 * civilians an event was done to (./civilians.ts) are left out: they speak, claim and act in no other reading.
 */
export function entityMentions(entities: readonly Entity[]): readonly EntityMention[] {
  return memo(entities, entityMentions, () =>
    entities
      .flatMap((entity) => (isCivilians(entity) ? [] : entity.mentions.map((m) => ({ entity, start: m.start, end: m.end }))))
      .sort((a, b) => a.start - b.start || b.end - a.end),
  );
}

export function placeMentions(places: readonly Place[]): PlaceMention[] {
  return places.flatMap((place) => place.mentions.map((m) => ({ place, start: m.start, end: m.end }))).sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Index of the first token that ends after `offset` (the token at or after it). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  return partitionPoint(tokens.length, (i) => tokens[i].end <= offset);
}

/** Mentions lying inside [start, end); `mentions` is sorted by start (binary search, then a short walk). */
export function within<T extends { start: number; end: number }>(mentions: readonly T[], start: number, end: number): T[] {
  const lo = partitionPoint(mentions.length, (i) => mentions[i].start < start);
  const out: T[] = [];
  for (let i = lo; i < mentions.length && mentions[i].start < end; i++) if (mentions[i].end <= end) out.push(mentions[i]);
  return out;
}

/** Index of the last item starting at or before `offset` in a list sorted by start, or -1. */
export function lastStartingBy<T extends { start: number }>(items: readonly T[], offset: number): number {
  return partitionPoint(items.length, (i) => items[i].start <= offset) - 1;
}

/** Entities that speak for a government or an army rather than a movement. */
export function isStateActor(entity: Entity): boolean {
  if (['state', 'military', 'government'].includes(entity.kind)) return true;
  return /(?:GOV|MIL|COP|SPY|JUD|LEG)$/.test(entity.code ?? '');
}

/** Whether two entities stand on the same side: the same entity, or the same state's government and forces (SYRGOV, SYRMIL). */
export function sameSide(a: Entity, b: Entity): boolean {
  return a.id === b.id || (a.country !== null && a.country === b.country && isStateActor(a) && isStateActor(b));
}

/** The item starting nearest `offset`; between equals, the earlier in the list. */
export function nearest<T extends { start: number }>(items: readonly T[], offset: number): T | undefined {
  let best: T | undefined;
  for (const item of items) if (best === undefined || Math.abs(item.start - offset) < Math.abs(best.start - offset)) best = item;
  return best;
}

/** Whether `offset` lies inside a direct quote (quotes are sorted and disjoint). */
export function quotedAt(quoted: readonly { start: number; end: number }[], offset: number): boolean {
  const q = quoted[lastStartingBy(quoted, offset)];
  return q !== undefined && offset < q.end;
}
