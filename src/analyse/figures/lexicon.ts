// What a language pack says about figures; read by the figures engine (./figures.ts).
import type { Figure } from '../../model/reading.js';

export type FigureKind = Figure['kind'];
export type Approx = Figure['approx'];

export interface CountedNoun {
  readonly kind: FigureKind;
  /** What one unit is, in English: "people", "strikes", "villages". */
  readonly unit: string;
}

export interface FigureLexicon {
  /** Words before a number that bound it ("plus de" → more_than, "at least" → at_least). */
  readonly approxBefore: Readonly<Record<string, Approx>>;
  /** Words right after a number that bound it ("environ", "or more"). */
  readonly approxAfter: Readonly<Record<string, Approx>>;
  /** "entre"/"between" … "et"/"and" ranges, and joins that need no lead ("à", "to", "-"). */
  readonly rangeLeads: readonly string[];
  readonly rangeJoins: readonly string[];
  readonly bareRangeJoins: readonly string[];
  /** Percent signs and words. */
  readonly percent: readonly string[];
  /** Number words that are themselves vague counts ("une dizaine", "des centaines", "dozens"). */
  readonly vague: Readonly<Record<string, { readonly value: number; readonly approx: Approx }>>;
  /** Words between a number and its noun ("de", "d'", "of"). */
  readonly links: readonly string[];
  /** Counted nouns (every inflected form) and what they count. */
  readonly nouns: Readonly<Record<string, CountedNoun>>;
  /** Stems of verbs and nouns around a count that say what happened to it ("tué", "rendu les armes", "wound"). */
  readonly cues: Readonly<Record<string, FigureKind>>;
  /** Nouns after "% of/du" that make a share a share of territory ("territoire", "ville", "territory"). */
  readonly territory: readonly string[];
}
