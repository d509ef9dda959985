// The places stage: recognise toponyms, drop those an entity already claims ("selon Moscou" is a
// government), resolve the rest together, and group mentions into one Place per location and part.
import type { Doc } from '../core/doc.js';
import type { Context } from '../core/context.js';
import { partitionPoint } from '../core/search.js';
import { mapped } from '../core/arrays.js';
import { oncePer } from '../core/memo.js';
import type { Place } from '../model/reading.js';
import type { Gazetteer } from './gazetteer.js';
import { NAME_MAIN, NAME_TAGGED } from './index-file.js';
import { normalizeName } from './normalize.js';
import { conjunctionsOf, isCap, listMates, recognizeToponyms, type NameIndex, type PlaceLexicon, type Toponym } from './recognize.js';
import { isLandmark, isWater } from './regions.js';
import { distanceKm, resolveNames, type Resolution } from './resolve.js';

export const NO_GAZETTEER = 'no gazetteer index: run `npm run prepare` to build it';
/** A bare name with no context is kept only if it is this well known. */
const NOTABLE_POPULATION = 100_000;

const NO_NAMES: NameIndex = { has: () => false, demonym: () => null, multiWordDemonyms: () => [], startsName: () => false };

function placeKind(feature: string | null, part: string | null): string {
  if (!feature) return 'unknown';
  if (feature.startsWith('PCL')) return 'country';
  if (feature === 'ADM1') return 'admin1';
  if (feature === 'ADM2' || feature === 'CONT' || feature === 'RGN' || isWater(feature)) return 'region';
  if (feature === 'AIRP' || isLandmark(feature)) return 'site';
  if (part || feature === 'PPLX') return 'district';
  return 'city';
}

/**
 * A test of whether an entity claims a toponym's span: "selon Moscou" is a government, not a place. A country named
 * as a state stays a place where the text locates something in it ("en Syrie", "le nord de la Syrie"), and a state
 * claims only a name it covers whole, not a longer one around its name ("Lake Chad", "le golfe de Guinée").
 */
function entityCover(doc: Doc): (t: Toponym) => boolean {
  const notStates = spanIndex(doc.entities.filter((e) => e.kind !== 'state'));
  const states = spanIndex(doc.entities.filter((e) => e.kind === 'state'));
  return (t) => notStates.overlaps(t.start, t.end) || (!t.locative && !t.part && states.covers(t.start, t.end));
}

/** Entity mentions sorted by start, with the furthest end so far, binary-searched: whether a span overlaps one, or lies inside one. */
function spanIndex(entities: Doc['entities']) {
  const spans = entities.flatMap((e) => e.mentions.map((m) => [m.start, m.end] as const)).sort((a, b) => a[0] - b[0]);
  const starts = spans.map((s) => s[0]);
  const reach: number[] = [];
  spans.forEach(([, end], i) => reach.push(Math.max(end, reach[i - 1] ?? -1)));
  // The furthest any mention starting before `bound` (or at it, when `inclusive`) reaches.
  const reachBefore = (bound: number, inclusive: boolean) => {
    const lo = partitionPoint(starts.length, (i) => (inclusive ? starts[i]! <= bound : starts[i]! < bound));
    return lo > 0 ? reach[lo - 1]! : -1;
  };
  return {
    overlaps: (start: number, end: number) => reachBefore(end, false) > start,
    covers: (start: number, end: number) => reachBefore(start, true) >= end,
  };
}

/** Options for benchmarks: count country adjectives ("Syrian") as mentions of the country, as LGL annotates them. */
export interface PlaceOptions {
  readonly demonyms?: boolean;
}

const NEAR_KM = 120;
const POPULOUS_REGION = 1_000_000;
/** A bare name not first in its sentence is taken from this size on, even far from the other places. */
const TOWN_POPULATION = 20_000;
const isRegion = (f: string) => f.startsWith('PCL') || f === 'ADM1' || f === 'CONT' || f === 'RGN' || isWater(f);

/** A loop: cheaper than a regular expression on a short word. */
function isAscii(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) > 0x7f) return false;
  return true;
}

/** Folded key of a word token, with no Unicode work for plain ASCII words. */
const foldWord = (lower: string) => (isAscii(lower) ? lower : normalizeName(lower));

/** Of the single-word `keys`, those the article also writes in lower case ("Police", "police"): common words here. */
function lowerCaseWords(doc: Doc, keys: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  if (!keys.size) return out;
  // The keys' lengths, as bits: most ASCII words have none of them, and are not looked up.
  let lengths = 0;
  for (const k of keys) lengths |= 1 << Math.min(k.length, 31);
  for (const t of doc.tokens) {
    if (t.kind !== 'word' || t.text !== t.lower) continue;
    const ascii = isAscii(t.lower);
    if (ascii && !(lengths & (1 << Math.min(t.lower.length, 31)))) continue;
    const key = ascii ? t.lower : normalizeName(t.lower);
    if (keys.has(key)) out.add(key);
  }
  return out;
}

/** A place lexicon's function words ("the", "of", "selon"), lower-cased, built once. */
export const functionWordsOf = oncePer((lex: PlaceLexicon): ReadonlySet<string> => new Set(lex.functionWords.map((w) => w.toLowerCase())));

/** Of the single-word `keys`, the last words of capitalised runs that are not places ("Bob Jones" → "jones"): alone, they are people or bodies. */
function surnames(doc: Doc, g: Gazetteer, keys: ReadonlySet<string>, lex: PlaceLexicon): Set<string> {
  const out = new Set<string>();
  if (!keys.size) return out;
  const functionWords = functionWordsOf(lex);
  const tokens = doc.tokens;
  const cap = (i: number) => isCap(tokens[i]);
  // The next token of a name: after a space, or after an initial's period ("Tyrise M. Bell").
  const nextInRun = (j: number) => {
    if (tokens[j + 1]?.text === '.' && tokens[j]!.text.length === 1 && cap(j + 2) && tokens[j + 2]!.start - tokens[j + 1]!.end === 1) return j + 2;
    return cap(j + 1) && tokens[j + 1]!.start - tokens[j]!.end === 1 ? j + 1 : -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    // "An Alexandria man": a capitalised article opens no name.
    if (!cap(i) || functionWords.has(tokens[i]!.lower)) continue;
    let j = i;
    for (let k = nextInRun(j); k > 0; k = nextInRun(j)) j = k;
    if (j > i) {
      const last = foldWord(tokens[j]!.lower);
      if (keys.has(last) && !out.has(last) && !g.has(normalizeName(doc.text.slice(tokens[i]!.start, tokens[j]!.end)))) out.add(last);
    }
    i = j;
  }
  return out;
}

/**
 * Which recognised names are places here. Strong evidence: a region or country, an alias, a part,
 * a locative word, a qualifier. A bare town name must be well known, or near a strong place, and
 * not a word the article also writes in lower case ("Police") nor a surname it uses ("Jones").
 */
function plausibleSet(
  doc: Doc,
  g: Gazetteer,
  lex: PlaceLexicon,
  found: readonly Toponym[],
  results: ReadonlyMap<Toponym, Resolution>,
  qualifierOf: (t: Toponym) => Toponym | null,
): Set<Toponym> {
  const singles = new Set(found.filter((t) => !t.key.includes(' ')).map((t) => t.key));
  const lower = lowerCaseWords(doc, singles);
  const people = surnames(doc, g, singles, lex);
  const qualifiers = new Set(found.map(qualifierOf));
  const strong = new Set<Toponym>();
  const weak: Toponym[] = [];
  for (const t of found) {
    const r = results.get(t);
    if (t.anaphor) continue;
    const single = !t.key.includes(' ');
    const common = single && (lower.has(t.key) || people.has(t.key));
    const f = r?.index != null ? g.feature(r.index) : '';
    // A region inside a longer name counts when it is a country or a populous region ("Texas Department…", not "Michael Eggers").
    // An airport is listed by hand under names that mean nothing else ("Heathrow"): as strong as a region.
    const region = (isRegion(f) || f === 'AIRP') && (!t.inName || f.startsWith('PCL') || g.population(r!.index!) >= POPULOUS_REGION);
    // A site is a place where the text puts something ("at Al-Shifa Hospital"), not where it names a body ("the hospital said").
    if (t.site) {
      if (t.locative) strong.add(t);
    } else if (t.alias || t.part || t.demonym || t.qualifier !== null || qualifiers.has(t) || region || (t.locative && !common)) strong.add(t);
    else if (r?.index != null && !common) weak.push(t);
  }
  const anchors = [...strong].map((t) => results.get(t)?.index).filter((i): i is number => i != null && !isRegion(g.feature(i)));
  const keys = new Set([...strong].map((t) => t.key));
  for (const t of weak) {
    const index = results.get(t)!.index!;
    const flags = g.lookupKey(t.key).find((h) => h.index === index)?.flags ?? 0;
    const [lat, lon] = g.position(index);
    const near = anchors.some((a) => a !== index && distanceKm(lat, lon, ...g.position(a)) < NEAR_KM);
    // Inside a longer name ("Washington Post", "Dublin City Council"), only a name used as a place
    // elsewhere, or one near the article's other places.
    if (t.inName) {
      if (keys.has(t.key) || near) strong.add(t);
      continue;
    }
    // How well known the name is: its largest town by that main name, whichever the context chose
    // (a stray neighbour must not turn "Mansfield" into a hamlet too small to count).
    let people = 0;
    for (const h of g.lookupKey(t.key)) if (h.flags & (NAME_MAIN | NAME_TAGGED)) people = Math.max(people, g.population(h.index));
    const known = people >= NOTABLE_POPULATION || keys.has(t.key);
    const town = !t.initial && people >= TOWN_POPULATION;
    if ((flags & (NAME_MAIN | NAME_TAGGED)) !== 0 && (known || near || town)) strong.add(t);
  }
  return strong;
}

export function findPlaces(doc: Doc, ctx: Context, options: PlaceOptions = {}): { places: Place[]; warnings: readonly string[] } {
  const g = ctx.gazetteer;
  const all = recognizeToponyms(doc.text, doc.tokens, doc.sentences, ctx.pack.places, g ?? NO_NAMES);
  const covered = entityCover(doc);
  const found = all.filter((t) => !covered(t) && (!(t.demonym || t.alias?.adjective) || options.demonyms));
  const qualifierOf = (t: Toponym) => (t.qualifier === null ? null : all[t.qualifier]!);
  if (!g) {
    const places = group(doc, found, found.map(() => ({ index: null, reason: NO_GAZETTEER })), null);
    return { places, warnings: found.length ? [...doc.warnings, NO_GAZETTEER] : doc.warnings };
  }
  const keyOf = (t: Toponym) => (t.demonym ? normalizeName(g.entry(g.country(t.demonym) ?? 0).name) : t.key);
  const conjunctions = conjunctionsOf(ctx.pack);
  const resolveAll = (list: readonly Toponym[]) => {
    const peers = listMates(doc.text, mapped(list, (t) => [t.start, t.end] as const), conjunctions);
    const resolved = resolveNames(
      g,
      mapped(list, (t, i) => {
        const q = qualifierOf(t);
        return { key: keyOf(t), alias: t.alias, qualifier: q && list.includes(q) ? list.indexOf(q) : null, peer: peers[i]!, site: !!t.site, at: t.start, relative: !!t.relative };
      }),
    );
    return new Map(list.map((t, i) => [t, resolved[i]!]));
  };
  // Resolve, keep the plausible names, then resolve those again among themselves: a name that is
  // not a place here must not pull the others towards its country.
  const named = found.filter((t) => !t.anaphor);
  const first = resolveAll(named);
  const keep = plausibleSet(doc, g, ctx.pack.places, found, first, qualifierOf);
  const byToponym = keep.size === named.length ? first : resolveAll(named.filter((t) => keep.has(t)));
  const kept: Toponym[] = [];
  const results: Resolution[] = [];
  let lastCity: number | null = null;
  for (const t of found) {
    if (t.anaphor) {
      if (lastCity === null) continue;
      kept.push(t);
      results.push({ index: lastCity });
      continue;
    }
    if (!keep.has(t)) continue;
    const r = byToponym.get(t)!;
    kept.push(t);
    results.push(r);
    if (r.index !== null && g.feature(r.index).startsWith('PPL')) lastCity = r.index;
  }
  return { places: group(doc, kept, results, g), warnings: doc.warnings };
}

function group(doc: Doc, toponyms: readonly Toponym[], results: readonly Resolution[], g: Gazetteer | null): Place[] {
  const places = new Map<string, Place>();
  toponyms.forEach((t, i) => {
    const r = results[i]!;
    const id = r.index === null ? `?${t.key}` : String(r.index);
    const mentionText = doc.text.slice(t.start, t.end);
    // A site is a place of its own, named as written, at the place it was put.
    const groupKey = `${id}|${t.part ?? ''}|${t.site ? normalizeName(mentionText) : ''}`;
    const mention = { start: t.start, end: t.end, text: mentionText };
    const known = places.get(groupKey);
    if (known) {
      known.mentions.push(mention);
      return;
    }
    const e = r.index !== null && g ? g.entry(r.index) : null;
    const part = t.part;
    places.set(groupKey, {
      id: `place-${places.size + 1}`,
      name: e && !t.site ? labelWithPart(e.label, part) : mention.text,
      kind: t.site ? 'site' : placeKind(e?.feature ?? null, part),
      country: e?.country ?? null,
      admin1: e?.admin1 ?? null,
      lat: e?.lat ?? null,
      lon: e?.lon ?? null,
      geonameid: e?.geonameid ?? null,
      feature: e?.feature ?? null,
      part,
      ...(r.reason ? { reason: r.reason } : {}),
      ...(r.approximate ? { approximate: r.approximate } : {}),
      mentions: [mention],
    });
  });
  return [...places.values()];
}

const COMPASS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);

/** "East Aleppo" for a compass part, "Aleppo (outskirts)" otherwise. */
function labelWithPart(label: string, part: string | null): string {
  if (!part) return label;
  return COMPASS.has(part) ? `${part[0]!.toUpperCase()}${part.slice(1)} ${label}` : `${label} (${part})`;
}
