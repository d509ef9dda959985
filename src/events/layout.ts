// Where a sentence stands in the article: a headline, or a dispatch opening on its dateline.
import type { Doc, Sentence } from '../core/doc.js';
import type { DateMention } from '../model/reading.js';
import { within } from './mentions.js';

/** Blocks whose sentences are headlines. */
export const HEAD_KINDS: ReadonlySet<string> = new Set(['title', 'heading']);

/** "BANGKOK, March 19 —", "Genève, 8 novembre 2024 (AFP) —": a dateline's date is the report's, not an event's. */
export function dateline(text: string, sentenceStart: number, d: DateMention): boolean {
  return d.start - sentenceStart <= DATELINE_CHARS && /^\s*(?:\([^)]{1,40}\)\s*)?[—–-]\s/.test(text.slice(d.end, d.end + 48));
}
const DATELINE_CHARS = 40;

/** Where a sentence's dateline ends ("YEREVAN, Feb 14 (Reuters) -"), or its start when it has none: the city there is where the report was filed. */
export function datelineEnd(doc: Doc, s: Sentence): number {
  const dated = within(doc.dates, s.start, s.end).find((d) => dateline(doc.text, s.start, d));
  if (dated) return dated.end;
  // Undated: "PESHAWAR — ", "KYIV, Ukraine – ": a city in capitals opening the sentence, then a dash.
  const undated = UNDATED_DATELINE.exec(doc.text.slice(s.start, s.start + DATELINE_CHARS + 24));
  return s.start + (undated?.[0].length ?? 0);
}
const UNDATED_DATELINE = /^\p{Lu}{2}[\p{Lu}\p{M}'’. ]*(?:,[^,—–\n]{1,30}){0,2}\s+[—–-]{1,2}\s/u;
