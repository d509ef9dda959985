// The `sitrep geocode` line protocol: one JSON document a line in, {"text", "spans": [[start, end], …],
// "lang"?}, one line out per line in, in order: {"places": [{start, end, place | null, reason?}, …]}.
// A line that cannot be read gets {"places": [], "error": "SITREP_E_…: …"} and the next line goes on.
import { getPack, hasPack } from '../lang/index.js';
import { SitrepError, errorMessage } from '../errors.js';
import type { Gazetteer } from './gazetteer.js';
import { geocodeSpans, type SpanResult } from './geoparse.js';
import { NO_GAZETTEER } from './places.js';

const DEFAULT_LANG = 'en';

function parseLine(line: string): { text: string; spans: [number, number][]; lang: string } {
  let doc: unknown;
  try {
    doc = JSON.parse(line);
  } catch (error) {
    throw new SitrepError('SITREP_E_INPUT', `not JSON (${(error as Error).message})`);
  }
  const d = doc as { text?: unknown; spans?: unknown; lang?: unknown };
  if (typeof d?.text !== 'string') throw new SitrepError('SITREP_E_INPUT', 'expected {"text": string, "spans": [[start, end], …]}');
  if (!Array.isArray(d.spans) || !d.spans.every((s) => Array.isArray(s) && s.length === 2 && s.every((n) => typeof n === 'number'))) {
    throw new SitrepError('SITREP_E_INPUT', '"spans" must be an array of [start, end] number pairs');
  }
  const lang = typeof d.lang === 'string' ? d.lang : DEFAULT_LANG;
  if (!hasPack(lang)) throw new SitrepError('SITREP_E_LANG', `no language pack for "${lang}"`);
  return { text: d.text, spans: d.spans as [number, number][], lang };
}

export function geocodeLine(line: string, gazetteer: Gazetteer | null): { places: SpanResult[]; error?: string } {
  try {
    const { text, spans, lang } = parseLine(line);
    if (!gazetteer) return { places: spans.map(([start, end]) => ({ start, end, place: null, reason: NO_GAZETTEER })) };
    return { places: geocodeSpans(text, spans, getPack(lang), gazetteer) };
  } catch (error) {
    return { places: [], error: errorMessage(error) };
  }
}
