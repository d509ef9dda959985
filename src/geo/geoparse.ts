// Geoparsing outside the full pipeline: the places of a plain text (tokens, sentences, places),
// and the resolution of given spans (`sitrep geocode`, the gold-span benchmarks).
import type { Article, Place } from '../model/reading.js';
import type { LanguagePack } from '../lang/types.js';
import { emptyDoc } from '../core/doc.js';
import { mapped } from '../core/arrays.js';
import { oncePer } from '../core/memo.js';
import { tokenize } from '../analyse/tokens.js';
import { splitSentences } from '../analyse/sentences.js';
import { perGazetteer, type Gazetteer } from './gazetteer.js';
import { findPlaces, type PlaceOptions } from './places.js';
import { normalizeName } from './normalize.js';
import { aliasKey, aliasMap, conjunctionsOf, demonymCountry, isMissionWord, listMates, onlyComma, partsOnly, recognizeToponyms, siteHead, type PlaceAlias } from './recognize.js';
import { isLandmark } from './regions.js';
import { resolveNames, type ResolveItem } from './resolve.js';

export function plainArticle(text: string, lang: string, id = 'text'): Article {
  return {
    id, url: null, file: null, lang, title: null, published: null, publishedBasis: 'unknown', authors: [], site: null, text,
    blocks: [{ kind: 'paragraph', text, start: 0, end: text.length }], removed: [], extractor: 'plain',
  };
}

/** The places of a plain text, as the places stage finds them (without entities). */
export function geoparseText(text: string, pack: LanguagePack, gazetteer: Gazetteer | null, options: PlaceOptions = {}): Place[] {
  const doc0 = emptyDoc(plainArticle(text, pack.code), null);
  const tokens = tokenize(text, pack.tokens);
  const sentences = splitSentences(text, tokens, doc0.article.blocks, pack.tokens);
  return findPlaces({ ...doc0, tokens, sentences }, { pack, gazetteer }, options).places;
}

export interface SpanPlace {
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly geonameid: number | null;
  readonly country: string;
  readonly admin1: string | null;
  readonly feature: string;
}

export interface SpanResult {
  readonly start: number;
  readonly end: number;
  readonly place: SpanPlace | null;
  readonly reason?: string;
  /** Why the place is only near what the span names (a site placed at a town). */
  readonly approximate?: string;
}

const aliasesOf = oncePer((pack: LanguagePack): ReadonlyMap<string, PlaceAlias> => aliasMap(pack.places.aliases));

/**
 * What a span's text alone says of it; its position and its qualifier come from the list of spans.
 * Always made by `spanItemOf`, with all four fields: items of one hidden class keep geocodeSpans's
 * optimized code (a shape first met later threw it away and compiled it again).
 */
type SpanItem = Pick<ResolveItem, 'key' | 'alias' | 'site' | 'relative'>;
const spanItemOf = (key: string, alias: PlaceAlias | null, site = false, relative = false): SpanItem => ({ key, alias, site, relative });
const NO_ITEM = spanItemOf('', null);
/** A span text's item as read with one pack, then the same text's with others. */
interface PackItem {
  readonly pack: LanguagePack;
  readonly item: SpanItem;
  readonly next: PackItem | undefined;
}
const itemsOf = perGazetteer(() => new Map<string, PackItem>());
const ITEM_CACHE_SIZE = 50_000;

/** The name to look up for a span, the same for every span written alike: remembered per gazetteer and language, by the span's text. */
function itemFor(text: string, start: number, end: number, pack: LanguagePack, g: Gazetteer): SpanItem {
  const surface = text.slice(start, end);
  const cache = itemsOf(g);
  let known = cache.get(surface);
  while (known && known.pack !== pack) known = known.next;
  if (!known) {
    if (cache.size >= ITEM_CACHE_SIZE) cache.clear();
    cache.set(surface, (known = { pack, item: spanItem(surface, pack, g), next: cache.get(surface) }));
  }
  return known.item;
}

/** The name to look up for a span: itself, or the toponym the recognizer finds inside it ("northern Iraq"). */
function spanItem(surface: string, pack: LanguagePack, g: Gazetteer): SpanItem {
  // An abbreviation as written ("WA", "T&T"): indexed unfolded, so "wa" never meets it.
  if (g.has(surface)) return spanItemOf(surface, null);
  const key = normalizeName(surface);
  const alias = aliasesOf(pack).get(aliasKey(surface)) ?? null;
  if (alias) return spanItemOf(key, alias);
  // A demonym span ("Syrians", "Canadian", as the benchmarks annotate them) stands for its country.
  const country = demonymCountry(surface, pack.places, g);
  const index = country ? g.country(country) : undefined;
  if (index !== undefined) return spanItemOf(normalizeName(g.entry(index).name), null);
  if (g.has(key)) return spanItemOf(key, alias, false, partsOnly(key, pack.places));
  const tokens = tokenize(surface, pack.tokens);
  const found = recognizeToponyms(surface, tokens, [], pack.places, g).filter((t) => !t.anaphor);
  const head = siteHead(tokens, pack.places);
  if (head >= 0) {
    // A site's name: the place it names after its head ("University of Sydney", "Robinson College,
    // Cambridge", "hôpital de Gaza"), else before it ("Windsor Castle"); a people's adjective says
    // whose the site is, not where ("French Quarter").
    const h = tokens[head]!;
    const places = found.filter((t) => !t.site && !t.demonym && !t.alias?.adjective && (t.end <= h.start || t.start >= h.end));
    const inner = places.find((t) => t.start >= h.end) ?? places[0];
    if (inner) return spanItemOf(inner.key, inner.alias, true);
    // No place in its name: a people's institution is in their land ("European Central Bank",
    // "Russian Higher School of Economics"), except their missions abroad ("Russian Embassy").
    const people = isMissionWord(h, pack.places) ? undefined : found.find((t) => !t.site && (t.demonym || t.alias?.adjective));
    const nation = people?.demonym ? g.country(people.demonym) : undefined;
    if (nation !== undefined) return spanItemOf(normalizeName(g.entry(nation).name), null, true);
    return spanItemOf(people?.alias ? people.key : '', people?.alias ?? null, true);
  }
  // The head of the phrase ("northern Iraq", "Port of Los Angeles"; not "East Bank" → "East"), else
  // the name the span begins with, which the rest describes ("Mexican Senate").
  const end = surface.trimEnd().length;
  const tail = found.find((t) => !t.demonym && t.end === end);
  const lead = found.find((t) => t.start === 0);
  // A people's landmark-named institution is in their land ("African National Congress", "Mexican
  // Congress"): the landmark is the one the bare word means at home (the US Capitol).
  const peoples = !!lead && !!tail && lead !== tail && (!!lead.demonym || !!lead.alias?.adjective) && g.lookupKey(tail.key).some((h) => isLandmark(g.feature(h.index)));
  const inner = (peoples ? lead : tail) ?? lead;
  if (!inner) return spanItemOf(key, null);
  const nation = inner.demonym ? g.country(inner.demonym) : undefined;
  return nation !== undefined ? spanItemOf(normalizeName(g.entry(nation).name), null) : spanItemOf(inner.key, inner.alias);
}

/** Resolves each [start, end) span of `text` together (they are each other's context), in order. */
export function geocodeSpans(text: string, spans: readonly (readonly [number, number])[], pack: LanguagePack, g: Gazetteer): SpanResult[] {
  // Spans read by index, not destructured: a cold (interpreted) destructuring walks an iterator, and
  // the first pass over a batch runs mostly cold.
  const valid = mapped(spans, (span) => Number.isInteger(span[0]) && Number.isInteger(span[1]) && span[0] >= 0 && span[0] < span[1] && span[1] <= text.length);
  const peers = listMates(text, spans, conjunctionsOf(pack), valid);
  const items: ResolveItem[] = mapped(spans, (span, i) => {
    const next = spans[i + 1];
    const qualified = valid[i] && next && valid[i + 1] && onlyComma(text, span[1], next[0]);
    const { key, alias, site, relative } = valid[i] ? itemFor(text, span[0], span[1], pack, g) : NO_ITEM;
    // One shape for every item, the places stage's too (same fields in the same order): the resolver's loops read them all.
    return { key, alias, qualifier: qualified ? i + 1 : null, peer: peers[i]!, site, at: span[0], relative };
  });
  const resolved = resolveNames(g, items);
  return mapped(spans, (span, i) => {
    const start = span[0];
    const end = span[1];
    if (!valid[i]) return { start, end, place: null, reason: 'span outside the text' };
    const r = resolved[i]!;
    if (r.index === null) return { start, end, place: null, reason: r.reason };
    const e = g.entry(r.index);
    const place = { name: e.label, lat: e.lat, lon: e.lon, geonameid: e.geonameid, country: e.country, admin1: e.admin1, feature: e.feature };
    return r.approximate ? { start, end, place, approximate: r.approximate } : { start, end, place };
  });
}
