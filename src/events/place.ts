// Which place mentions an event may take, beyond the sentence's own reading of them.
import type { Doc } from '../core/doc.js';
import type { PlaceLexicon } from '../geo/recognize.js';
import { isDistanceReference, isLocative } from '../geo/recognize.js';
import { isWater } from '../geo/regions.js';
import { tokenAt, type PlaceMention } from './mentions.js';
import { isTrigger, type CompiledEvents } from './compiled.js';
import { VERBAL } from './ontology.js';

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
export function deedBefore(lex: CompiledEvents, lowers: readonly string[], from: number, to: number): boolean {
  return lex.triggers.scan(lowers, from, to).some((t) => isTrigger(t) && !VERBAL.has(t.value.plover));
}

/** Whether a place mention is introduced by a locative word ("in Kabul", "près de Gao", "in the town of X"). */
export function locativeMention(doc: Doc, p: PlaceMention, lex: PlaceLexicon): boolean {
  const t = tokenAt(doc.tokens, p.start);
  const before = doc.tokens[t - 1];
  return before !== undefined && isLocative(before.lower, lex);
}

/** A river, a lake or a sea is no venue for a speech act ("au sud du fleuve Litani" in an agreement's terms). */
export function venue(p: PlaceMention): boolean {
  return !p.place.feature || !isWater(p.place.feature);
}
