// Toponym recognition over the tokens: capitalised runs matched against the gazetteer (longest
// first, multiword names with their connectors), sub-areas ("Alep-Est", "l'est d'Alep",
// "eastern Aleppo", "le nord de la ville"), and the context a resolver and a filter need.
// What counts as a preposition, a part or a title is the language pack's PlaceLexicon.
import type { Sentence, Token } from '../core/doc.js';
import { oncePer } from '../core/memo.js';
import { partitionPoint } from '../core/search.js';
import type { LanguagePack } from '../lang/types.js';
import { normalizeName, normalizeWord } from './normalize.js';
import { withStateCodes } from './state-codes.js';

export interface PlaceAlias {
  /** The name as written ("Alep-Est", "Kyïv"). */
  readonly name: string;
  /** What it denotes: a GeoNames id, or a name the gazetteer knows in a country (ISO alpha-2). */
  readonly geonameid?: number;
  readonly sameAs?: string;
  readonly country?: string;
  /** GeoNames feature code the `sameAs` entry must have ("ADM1" for "Ga." → the state of Georgia). */
  readonly feature?: string;
  /** The part of the place the name denotes ("east"), if any. */
  readonly part?: string;
  /** An adjective or a people's name ("European", "Africains"): like a country's demonym, not a place itself. */
  readonly adjective?: boolean;
  /** Read only in a span given as a place (`sitrep geocode`): in running text, more often a language or a people ("English", "Arab"). */
  readonly spanOnly?: boolean;
}

export interface PlaceLexicon {
  /** Words before a name that make it a location ("à", "en", "in", "near"). */
  readonly locatives: readonly string[];
  /** Closed-class words capitalised at a sentence start; they never begin or extend a name. */
  readonly functionWords: readonly string[];
  readonly determiners: readonly string[];
  /** Lower-case words allowed inside a multiword name ("de" in "Saint-Denis de la Réunion", "ez"). */
  readonly nameConnectors: readonly string[];
  /** Words between a part and its place: "de", "d'", "of". */
  readonly partConnectors: readonly string[];
  /** Nouns naming a part, followed by a connector: "nord", "north" → "north". */
  readonly parts: Readonly<Record<string, string>>;
  /** Adjectives naming a part, directly before the name: "eastern", "East" → "east". */
  readonly partAdjectives: Readonly<Record<string, string>>;
  /** Part nouns that are also common words ("est" is "is"): they need a determiner before them. */
  readonly ambiguousParts: readonly string[];
  /** Nouns for a piece of a place around a part word ("portion", "secteur", "part"). */
  readonly areaNouns: readonly string[];
  /** Nouns that refer back to the last city named ("ville", "city"). */
  readonly anaphors: readonly string[];
  /** Titles before a person's name ("M.", "President"): a name after one is not a place. */
  readonly personTitles: readonly string[];
  /** Capitalised words never taken as places (months, weekdays…). */
  readonly notPlaces: readonly string[];
  /** Lower-case nouns that begin longer names in this language ("mer" in "la mer Rouge", "golfe" in "le golfe d'Aden"); never a name alone. */
  readonly nameHeads: readonly string[];
  /** Common nouns that some hamlet is named after ("University", "Police"): never a place alone, though they begin names ("Union City"). */
  readonly genericNouns: readonly string[];
  /** Plural endings stripped to find a demonym ("Syrians" → "Syrian", "syriens" → "syrien"). */
  readonly demonymPlurals: readonly string[];
  /** Nouns for a settlement that name one after their connector ("the village of X", "le village de X"), known or not. */
  readonly settlementNouns: readonly string[];
  /** Units of a distance ("km", "miles"): "220 km north of X" places something away from X, not in X's north. */
  readonly distanceUnits: readonly string[];
  /** Words GeoNames appends to region names ("County", "Parish"): the build also indexes the bare name. */
  readonly regionWords: readonly string[];
  /** Words after a place name that make the pair a day's name ("Canada Day", "Saba Saba day"): not a place. */
  readonly dayNameWords: readonly string[];
  /** Capitalised words after a place name that make it a place's body ("Mansfield Police", "Dublin City Council"): the name still counts as a place. */
  readonly institutionWords: readonly string[];
  /**
   * Nouns that make a name a site's: a building, venue, institution, camp or street ("Hospital",
   * "University", "Castle", "hôpital", "camp"). Such a name is a site inside a place, never a town
   * named after one of its other words ("European Central Bank" is not Bānk, India).
   */
  readonly siteWords: readonly string[];
  /** Site words of a country's mission abroad ("Embassy", "consulat"): such a site's people's adjective says whose it is, never where. */
  readonly missionWords: readonly string[];
  /** Names the gazetteer lacks, with their GeoNames id. */
  readonly aliases: readonly PlaceAlias[];
}

export interface Toponym {
  readonly start: number;
  readonly end: number;
  /** Normalized name to look up; empty for an anaphor. */
  readonly key: string;
  readonly alias: PlaceAlias | null;
  readonly part: string | null;
  /** "la ville", "the city": the last city named before. */
  readonly anaphor: boolean;
  /** Preceded by a locative word ("in", "à"), or inside a part pattern. */
  readonly locative: boolean;
  /** First word of its sentence (capitalised anyway, so weaker evidence). */
  readonly initial: boolean;
  /** Index in the result of a toponym that qualifies this one ("Springfield, Illinois"). */
  qualifier: number | null;
  /** Part of a longer capitalised name ("Texas Department…", "Paris Hilton"): weak evidence. */
  readonly inName?: boolean;
  /** An adjective naming a country ("Syrian"): ISO alpha-2. Not a place; kept for callers that count it. */
  readonly demonym?: string | null;
  /** A site's name that holds no place ("Al-Shifa Hospital", "l'hôpital Al-Chifa"): its head word; `key` is then empty. */
  readonly site?: string;
  /** Made of part words only ("West Coast"): a part of wherever the text is. */
  readonly relative?: boolean;
}

/** What the recognizer asks of the gazetteer: whether a normalized name is known, and what it means. */
export interface NameIndex {
  has(key: string): boolean;
  demonym(word: string): string | null;
  /** The demonyms of more than one word, folded ("sri lankan"). */
  multiWordDemonyms(): readonly string[];
  /** Whether some longer name begins with this folded one and a space ("new" for "new york"). */
  startsName(key: string): boolean;
}

interface Compiled {
  readonly lex: PlaceLexicon;
  readonly sets: Record<
    'locatives' | 'functionWords' | 'determiners' | 'nameConnectors' | 'partConnectors' | 'ambiguousParts' | 'areaNouns' | 'anaphors' | 'personTitles' | 'notPlaces' | 'institutionWords' | 'genericNouns' | 'dayNameWords' | 'nameHeads' | 'siteWords' | 'missionWords' | 'distanceUnits' | 'regionWords' | 'settlementNouns',
    ReadonlySet<string>
  >;
  readonly parts: ReadonlyMap<string, string>;
  readonly partAdjectives: ReadonlyMap<string, string>;
  /** The words of both, the name heads and the site words: a lower-case token outside it is skipped at once. */
  readonly partWords: ReadonlySet<string>;
  readonly aliases: ReadonlyMap<string, PlaceAlias>;
  /** Folded first words of the aliases ("khan", "u" for "U.S."): a run starting with one may still grow into an alias. */
  readonly aliasHeads: ReadonlySet<string>;
  /** Last words of the index's two-word demonyms, plurals included ("lankan", "lankans"): a pair is looked up only then. */
  readonly demonymEnds: WeakMap<NameIndex, ReadonlySet<string>>;
}

const MAX_NAME_TOKENS = 6;
const low = (w: string) => normalizeName(w);
/** A lexicon word as tokens may write it in lower case: with either apostrophe ("d'", "d’"), and folded ("près", "pres"). */
function forms(w: string): string[] {
  const lower = w.toLowerCase();
  return [lower.replace(/’/g, "'"), lower.replace(/'/g, '’'), low(w)];
}

/** The country (ISO alpha-2) an adjective or its plural names ("Syrians", "russes"), if any. */
export function demonymCountry(word: string, lex: PlaceLexicon, names: NameIndex): string | null {
  return demonymOfKey(normalizeName(word), lex, names);
}

/** demonymCountry of a folded word: two or three look-ups in a table, cheaper than remembering the answer per word. */
function demonymOfKey(key: string, lex: PlaceLexicon, names: NameIndex): string | null {
  const direct = names.demonym(key);
  if (direct) return direct;
  for (const ending of lex.demonymPlurals) {
    if (key.length > ending.length + 2 && key.endsWith(ending)) {
      const country = names.demonym(key.slice(0, -ending.length));
      if (country) return country;
    }
  }
  return null;
}

function demonymEnds(c: Compiled, names: NameIndex): ReadonlySet<string> {
  let ends = c.demonymEnds.get(names);
  if (!ends) {
    const last = names.multiWordDemonyms().map((d) => d.slice(d.lastIndexOf(' ') + 1));
    ends = new Set([...last, ...last.flatMap((w) => c.lex.demonymPlurals.map((p) => w + p))]);
    c.demonymEnds.set(names, ends);
  }
  return ends;
}

/** A word naming a part or an area ("west", "western", "coast", "side"), lower case. */
const isPartWord = (c: Compiled, w: string) => c.parts.has(w) || c.partAdjectives.has(w) || c.sets.areaNouns.has(w);

/** Whether every word of a folded name names a part ("west coast", "south side", "western"): a name for a part of wherever the text is. */
export function partsOnly(key: string, lex: PlaceLexicon): boolean {
  const c = compile(lex);
  return key.split(' ').every((w) => isPartWord(c, w));
}

/** The same for tokens [from, to) of a text, which hold at least one word. */
function partWordsOnly(c: Compiled, tokens: readonly Token[], from: number, to: number): boolean {
  let words = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    if (!isPartWord(c, t.lower)) return false;
    words++;
  }
  return words > 0;
}

/** The first of `tokens` that makes a name a site's ("Hospital", "université"), or -1. */
export function siteHead(tokens: readonly Token[], lex: PlaceLexicon): number {
  const words = compile(lex).sets.siteWords;
  return tokens.findIndex((t) => t.kind === 'word' && words.has(t.lower));
}

/** Whether `token` names a country's mission abroad ("Embassy"). */
export function isMissionWord(token: Token, lex: PlaceLexicon): boolean {
  return compile(lex).sets.missionWords.has(token.lower);
}

/** How aliases are keyed: normalized, except that abbreviations keep their periods ("L.A." is not "La."). */
export function aliasKey(surface: string): string {
  return surface.includes('.') ? surface.toLowerCase().replace(/\s+/g, ' ').trim() : normalizeName(surface);
}

/** Aliases by aliasKey, each with all of its fields (absent ones undefined): of one hidden class, so code reading them stays monomorphic. */
export function aliasMap(aliases: readonly PlaceAlias[]): Map<string, PlaceAlias> {
  return new Map(aliases.map((a) => [aliasKey(a.name), { name: a.name, geonameid: a.geonameid, sameAs: a.sameAs, country: a.country, feature: a.feature, part: a.part, adjective: a.adjective, spanOnly: a.spanOnly }]));
}

const compile = oncePer((lex: PlaceLexicon): Compiled => {
  // Each word in all its forms, so that a token is looked up by its lower case alone.
  const set = (words: readonly string[]) => new Set(words.flatMap(forms));
  const map = (r: Readonly<Record<string, string>>) => new Map(Object.entries(r).flatMap(([k, v]) => forms(k).map((f) => [f, v] as const)));
  const parts = map(lex.parts);
  const partAdjectives = map(lex.partAdjectives);
  return {
    lex,
    sets: {
      locatives: set(lex.locatives),
      functionWords: set(lex.functionWords),
      determiners: set(lex.determiners),
      nameConnectors: set(lex.nameConnectors),
      partConnectors: set(lex.partConnectors),
      ambiguousParts: set(lex.ambiguousParts),
      areaNouns: set(lex.areaNouns),
      anaphors: set(lex.anaphors),
      personTitles: set(lex.personTitles),
      notPlaces: set(lex.notPlaces),
      dayNameWords: set(lex.dayNameWords),
      institutionWords: set(lex.institutionWords),
      genericNouns: set(lex.genericNouns),
      nameHeads: set(lex.nameHeads),
      siteWords: set(lex.siteWords),
      missionWords: set(lex.missionWords),
      distanceUnits: set(lex.distanceUnits),
      regionWords: set(lex.regionWords),
      settlementNouns: set(lex.settlementNouns),
    },
    parts,
    partAdjectives,
    partWords: new Set([...parts.keys(), ...partAdjectives.keys(), ...lex.nameHeads.flatMap(forms), ...lex.siteWords.flatMap(forms)]),
    aliases: aliasMap(lex.aliases.filter((a) => !a.spanOnly)),
    aliasHeads: new Set(lex.aliases.filter((a) => !a.spanOnly).map((a) => low(a.name.split(/[\s.,\-‐‑]+/).find(Boolean) ?? ''))),
    demonymEnds: new WeakMap(),
  };
});

/** One article being read: its tokens' folded keys, and whether the index knows them, on demand. */
interface Scan {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly keys: (string | undefined)[];
  readonly known: (boolean | undefined)[];
  readonly c: Compiled;
  readonly names: NameIndex;
  /** The name index's entry of `c.demonymEnds`. */
  readonly demonymEnds: ReadonlySet<string>;
  /** Keys of the runs read as names the index lacks ("adan yabaal"): other mentions of the run are that place too. */
  readonly runs: Set<string>;
}

const keyAt = (s: Scan, i: number) => (s.keys[i] ??= normalizeWord(s.tokens[i]!.text, s.tokens[i]!.lower));
/** Whether the index knows token i alone: asked of most capitalised words more than once. */
const knownAt = (s: Scan, i: number) => (s.known[i] ??= s.names.has(keyAt(s, i)));

export function recognizeToponyms(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  lexicon: PlaceLexicon,
  names: NameIndex,
): Toponym[] {
  const c = compile(lexicon);
  const scan: Scan = { text, tokens, keys: new Array(tokens.length), known: new Array(tokens.length), c, names, demonymEnds: demonymEnds(c, names), runs: new Set() };
  const out: Toponym[] = [];
  const ranges = sentences.length ? sentences : [{ firstToken: 0, endToken: tokens.length }];
  for (const s of ranges) {
    let first = s.firstToken;
    while (first < s.endToken && tokens[first]!.kind !== 'word') first++;
    for (let i = first; i < s.endToken; ) {
      // Most tokens are lower-case words that neither name a part nor begin a name: skip them here.
      if (!isCap(tokens[i]) && !c.partWords.has(tokens[i]!.lower)) {
        i++;
        continue;
      }
      const found = partPattern(scan, i, s.endToken) ?? siteAt(scan, i, s.endToken) ?? namedAfterNoun(scan, i, s.endToken, first) ?? nameAt(scan, i, s.endToken, first);
      if (found?.toponym) out.push(found.toponym);
      i = found ? found.next : i + 1;
    }
  }
  if (scan.runs.size) sameRuns(scan, out);
  const all = withStateCodes(tokens, out, names);
  for (let k = 0; k + 1 < all.length; k++) {
    if (!all[k]!.site && !all[k + 1]!.site && onlyComma(text, all[k]!.end, all[k + 1]!.start)) all[k]!.qualifier = k + 1;
  }
  return all;
}

const COMMA = 0x2c;
const WHITE_SPACE = /\s/;
/** As /\s/ (a regular expression only beyond ASCII). */
const isSpace = (code: number) => code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code > 0x7f && WHITE_SPACE.test(String.fromCharCode(code)));

/** Whether text[from, to) is one comma between optional white space, as /^\s*,\s*$/ (no slice: asked between every two names). */
export function onlyComma(text: string, from: number, to: number): boolean {
  let k = from;
  while (k < to && isSpace(text.charCodeAt(k))) k++;
  if (k >= to || text.charCodeAt(k) !== COMMA) return false;
  for (k++; k < to; k++) if (!isSpace(text.charCodeAt(k))) return false;
  return true;
}

/** Whether text[from, to) joins two names of one list: a conjunction ("and", "et"), after a comma or not ("California or Washington"). */
function listed(text: string, from: number, to: number, conjunctions: ReadonlySet<string>): boolean {
  // Asked between every two names: most are far apart, and no conjunction fills that much.
  if (to - from > LIST_GAP) return false;
  const m = LISTED.exec(text.slice(from, to));
  return !!m && conjunctions.has(m[1]!.toLowerCase());
}
const LISTED = /^\s*,?\s+(\p{L}+)\s+$/u;
const LIST_GAP = 16;

/**
 * For each span, another that the text lists with it ("California or Washington"), in text order
 * whatever the order of the spans (those `valid` marks, if given): the one before it, else the one after it.
 */
export function listMates(text: string, spans: readonly (readonly [number, number])[], conjunctions: ReadonlySet<string>, valid?: readonly boolean[]): (number | null)[] {
  const out = new Array<number | null>(spans.length).fill(null);
  const order = spans.map((_, i) => i).filter((i) => !valid || valid[i]).sort((a, b) => spans[a]![0] - spans[b]![0]);
  for (let k = 0; k + 1 < order.length; k++) {
    const a = order[k]!;
    const b = order[k + 1]!;
    if (spans[a]![1] > spans[b]![0] || !listed(text, spans[a]![1], spans[b]![0], conjunctions)) continue;
    out[b] = a;
    out[a] ??= b;
  }
  return out;
}

/** The words that join the names of a list, as the language's actor lexicon gives them ("and", "or"). */
export const conjunctionsOf = oncePer((pack: LanguagePack): ReadonlySet<string> => new Set(pack.actors.conjunctions));

/** A word whose first letter is upper case: lower-casing changes it (cheaper than a Unicode regex on every token). */
export const isCap = (t: Token | undefined): boolean => !!t && t.kind === 'word' && t.text.charCodeAt(0) !== t.lower.charCodeAt(0);
/** Inside a name, "ez-Zor" and "al-Qaim" count as capitalised. */
const INNER_CAPITAL = /[-‐‑]\p{Lu}/u;
/** Tokens joined by at most one space (or nothing, as after an elision). */
const adjacent = (text: string, a: Token, b: Token) => b.start === a.end || (b.start - a.end === 1 && text.charCodeAt(a.end) === 0x20);

interface Found {
  /** Null when the tokens up to `next` were read and hold no place. */
  readonly toponym: Toponym | null;
  readonly next: number;
}

/** The longest known name starting at token i: [start token, end token (exclusive), key, alias]. */
function longestName(s: Scan, i: number, end: number) {
  const { text, tokens, c, names } = s;
  const head = !isCap(tokens[i]) && c.sets.nameHeads.has(tokens[i]!.lower);
  if (!isCap(tokens[i]) && !head) return null;
  let best: { to: number; key: string; alias: PlaceAlias | null; part: string | null } | null = null;
  for (let j = i; j < end && j < i + MAX_NAME_TOKENS; j++) {
    const t = tokens[j]!;
    if (j > i && !adjacent(text, tokens[j - 1]!, t)) break;
    // "U.S.", "N.Y.": periods inside an abbreviated name.
    if (t.text === '.' && t.start === tokens[j - 1]!.end && j > i) continue;
    const cap = isCap(t) || (j === i ? head : t.kind === 'word' && INNER_CAPITAL.test(t.text));
    if (!cap && !c.sets.nameConnectors.has(tokens[j]!.lower)) break;
    if (!cap) continue;
    // One token is its own text, folded once; a run is sliced and folded.
    const surface = j === i ? t.text : text.slice(tokens[i]!.start, t.end);
    const key = j === i ? keyAt(s, i) : normalizeName(surface);
    const dot = tokens[j + 1]?.text === '.' && tokens[j + 1]!.start === t.end;
    // Abbreviations ("L.A.", "La.", "Ill.") are told apart by their periods, which the span keeps.
    const dotted = dot ? c.aliases.get(aliasKey(text.slice(tokens[i]!.start, t.end + 1))) : undefined;
    const inner = surface.includes('.');
    const alias = dotted ?? c.aliases.get(inner ? aliasKey(surface) : key) ?? null;
    const to = dotted || (dot && inner) ? j + 2 : j + 1;
    if (alias || (j === i ? !head && knownAt(s, i) : names.has(key))) best = { to, key, alias, part: alias?.part ?? null };
    // Most capitalised words begin no longer name: stop before slicing and folding runs for them.
    if (j === i && !dot && !c.aliasHeads.has(key) && !names.startsName(key)) break;
  }
  return best ?? hyphenPart(tokens[i]!, i, c, names);
}

const HYPHENS = /[-‐‑]/;
const LAST_SEGMENT = /[-‐‑][^-‐‑]+$/;

/** "Alep-Est": a known name with a part word as its last hyphenated segment. */
function hyphenPart(t: Token, i: number, c: Compiled, names: NameIndex) {
  const cut = HYPHENS.test(t.text) ? t.text.search(LAST_SEGMENT) : -1;
  if (cut <= 0) return null;
  const part = c.parts.get(low(t.text.slice(cut + 1))) ?? c.partAdjectives.get(low(t.text.slice(cut + 1)));
  const key = normalizeName(t.text.slice(0, cut));
  const alias = c.aliases.get(aliasKey(t.text.slice(0, cut))) ?? null;
  if (!part || !(names.has(key) || alias)) return null;
  return { to: i + 1, key, alias, part };
}

function nameAt(s: Scan, i: number, end: number, first: number): Found | null {
  const { text, tokens, c, names } = s;
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  // "East Aleppo", "eastern Syria": a part adjective directly before a name.
  const adjPart = c.partAdjectives.get(t.lower);
  if (adjPart && i + 1 < end && adjacent(text, t, tokens[i + 1]!)) {
    const whole = longestName(s, i, end);
    const rest = longestName(s, i + 1, end);
    // Not a common noun some hamlet is named after: "East Bank" is no part of Bānk, India.
    const generic = rest && rest.to === i + 2 && !rest.alias && c.sets.genericNouns.has(tokens[i + 1]!.lower);
    if (rest && !generic && (!whole || whole.to < rest.to)) return found(s, i, rest.to, rest.key, rest.alias, adjPart, first);
  }
  if (c.sets.nameHeads.has(t.lower) && !isCap(t)) {
    const m = longestName(s, i, end);
    return m ? found(s, i, m.to, m.key, m.alias, m.part, first) : null;
  }
  if (!isCap(t) || c.sets.functionWords.has(t.lower) || c.sets.notPlaces.has(t.lower)) return null;
  const nextCap = i + 1 < end && isCap(tokens[i + 1]) && adjacent(text, t, tokens[i + 1]!);
  // "Sri Lankan", "South Korean": a two-word adjective that is not itself a place's name.
  const pair = nextCap && s.demonymEnds.has(keyAt(s, i + 1)) ? text.slice(t.start, tokens[i + 1]!.end) : '';
  const pairKey = pair && normalizeName(pair);
  const twoWords = pairKey && !names.has(pairKey) ? demonymOfKey(pairKey, c.lex, names) : null;
  if (twoWords) {
    const after = tokens[i + 2];
    const inName = i + 2 < end && isCap(after) && adjacent(text, tokens[i + 1]!, after!);
    return found(s, i, i + 2, '', null, null, first, { demonym: twoWords, inName });
  }
  const demonymOnly = !knownAt(s, i) && demonymOfKey(keyAt(s, i), c.lex, names);
  if (demonymOnly) {
    // "American Airlines", "Russian Foreign Ministry": an adjective inside a name, kept as such (a
    // country's adjective is never a place in a reading); the word after it is part of that name.
    const f = found(s, i, i + 1, '', null, null, first, { demonym: demonymOnly, inName: nextCap });
    return nextCap ? { toponym: f.toponym, next: i + 2 } : f;
  }
  const m = longestName(s, i, end);
  if (!m) return null;
  // A compass word alone ("South", "Central") is a part of something, not the region of that name.
  if (m.to === i + 1 && !m.alias && (c.parts.has(t.lower) || c.partAdjectives.has(t.lower) || c.sets.genericNouns.has(t.lower))) return null;
  // "M. Jones",, "Gov. Perry": a name after a title is a person.
  const titleAt = prev?.text === '.' && prev.start === tokens[i - 2]?.end ? i - 2 : i - 1;
  if (titleAt >= 0 && c.sets.personTitles.has(tokens[titleAt]!.lower)) return { toponym: null, next: m.to };
  const next = tokens[m.to];
  if (m.to < end && c.sets.dayNameWords.has(next!.lower)) return { toponym: null, next: m.to + 1 };
  // "near Adan Yabaal", "to Donald Trump": a name that goes on past a known one is not that one, and the
  // locative is no evidence for the shorter name (the run is a place only where a noun says so: namedAfterNoun).
  const goesOn = !m.alias && !!prev && c.sets.locatives.has(prev.lower) && runPast(s, m.to, end) > 0;
  const demonym = m.to === i + 1 && !m.alias ? demonymOfKey(keyAt(s, i), c.lex, names) : null;
  const inName =
    (m.to < end && isCap(next) && adjacent(text, tokens[m.to - 1]!, next!) && !c.sets.notPlaces.has(tokens[m.to]!.lower) && !c.sets.institutionWords.has(tokens[m.to]!.lower)) ||
    (!!prev && i > first && isCap(prev) && adjacent(text, prev, t) && !c.sets.functionWords.has(tokens[i - 1]!.lower));
  return found(s, i, m.to, m.key, m.alias, m.part, first, goesOn ? { demonym, inName: true, locative: false } : { demonym, inName });
}

function found(
  s: Scan,
  from: number,
  to: number,
  key: string,
  alias: PlaceAlias | null,
  part: string | null,
  first: number,
  extra: { demonym: string | null; inName: boolean; locative?: boolean } = { demonym: null, inName: false },
): Found {
  const { text, tokens, c } = s;
  const prev = tokens[from - 1];
  return {
    toponym: {
      demonym: extra.demonym,
      inName: extra.inName,
      start: tokens[from]!.start,
      end: tokens[to - 1]!.end,
      key,
      alias,
      part,
      anaphor: false,
      locative: extra.locative ?? (!!prev && c.sets.locatives.has(tokens[from - 1]!.lower) && adjacent(text, prev, tokens[from]!)),
      initial: from === first,
      qualifier: null,
      relative: partWordsOnly(c, tokens, from, to),
    },
    next: to,
  };
}

/**
 * The end (exclusive) of a capitalised run going on from token `from` ("Yabaal" after "Adan"), or -1
 * when there is none, when a word of it makes the run a site's, a body's, a region's, a person's
 * or a day's name ("Damascus International Airport", "Texas Department", "Kabul Province"), or is a
 * known name itself.
 */
function runPast(s: Scan, from: number, end: number): number {
  const { text, tokens, c, names } = s;
  let j = from;
  for (; j < end && j < from + MAX_NAME_TOKENS && isCap(tokens[j]) && adjacent(text, tokens[j - 1]!, tokens[j]!); j++) {
    const w = tokens[j]!.lower;
    if (c.sets.functionWords.has(w) || c.sets.notPlaces.has(w)) break;
    if (c.sets.genericNouns.has(w) || c.sets.siteWords.has(w) || c.sets.institutionWords.has(w) || c.sets.regionWords.has(w) || c.sets.dayNameWords.has(w)) return -1;
    // "Far North Queensland", "Sidney Crosby": a known name goes on with another one, no longer name of a place.
    if (c.sets.personTitles.has(w) || isPartWord(c, w) || knownAt(s, j) || demonymOfKey(keyAt(s, j), c.lex, names)) return -1;
  }
  return j === from ? -1 : j;
}

/** Tokens [from, to) as a place's name the index lacks: left unresolved, read wherever the article writes it. */
function runToponym(s: Scan, from: number, to: number, first: number): Found {
  const key = normalizeName(s.text.slice(s.tokens[from]!.start, s.tokens[to - 1]!.end));
  s.runs.add(key);
  return found(s, from, to, key, null, null, first, { demonym: null, inName: false, locative: true });
}

/**
 * "the town of Adan Yabaal", "le village de Sotk": a capitalised run after a noun for a settlement
 * and its connector names a place, which the index may lack, or know only by a shorter name.
 */
function namedAfterNoun(s: Scan, i: number, end: number, first: number): Found | null {
  const { tokens, c } = s;
  const t = tokens[i]!;
  if (i < 2 || !isCap(t) || !c.sets.partConnectors.has(tokens[i - 1]!.lower) || !c.sets.settlementNouns.has(tokens[i - 2]!.lower)) return null;
  const m = longestName(s, i, end);
  if (m) {
    const past = m.alias ? -1 : runPast(s, m.to, end);
    return past > 0 ? runToponym(s, i, past, first) : found(s, i, m.to, m.key, m.alias, m.part, first, { demonym: null, inName: false, locative: true });
  }
  const to = c.sets.functionWords.has(t.lower) || c.sets.notPlaces.has(t.lower) ? -1 : runPast(s, i, end);
  return to > 0 ? runToponym(s, i, to, first) : null;
}

/** The mentions of a known name that begin a run read elsewhere as a name the index lacks ("Adan" of "Adan Yabaal") become that run. */
function sameRuns(s: Scan, out: Toponym[]): void {
  const { tokens, runs } = s;
  for (let k = 0; k < out.length; k++) {
    const t = out[k]!;
    if (!t.inName || t.site || t.demonym || t.part || runs.has(t.key)) continue;
    const from = partitionPoint(tokens.length, (x) => tokens[x]!.start < t.start);
    const to = partitionPoint(tokens.length, (x) => tokens[x]!.end <= t.end);
    const past = runPast(s, to, tokens.length);
    if (past < 0 || !runs.has(normalizeName(s.text.slice(t.start, tokens[past - 1]!.end)))) continue;
    const run = runToponym(s, from, past, t.initial ? from : -1).toponym!;
    out[k] = run;
    // A known name further in the run ("Yabaal", were it one) is part of it.
    let inside = 0;
    while (k + 1 + inside < out.length && out[k + 1 + inside]!.start < run.end) inside++;
    out.splice(k + 1, inside);
  }
}

const MAX_SITE_TOKENS = 8;

/**
 * A site's name that holds no place: a capitalised run ending in a site word or going on after one
 * through "of" ("Al-Shifa Hospital", "East Bank Middle School", "Church of Our Lady"), or a lower-case
 * site word before a name ("l'hôpital Al-Chifa"), unless the whole run is a name the index knows. A
 * site whose name holds a place ("University of Cincinnati", "l'hôpital de Gaza") is read as that
 * place, and one holding a people's adjective ("the Russian Museum") as that adjective.
 */
function siteAt(s: Scan, i: number, end: number): Found | null {
  const { text, tokens, c, names } = s;
  const t = tokens[i]!;
  const lowerHead = !isCap(t);
  if (lowerHead ? !c.sets.siteWords.has(t.lower) : c.sets.functionWords.has(t.lower)) return null;
  let head = lowerHead ? i : -1;
  let last = -1;
  for (let k = i; k < end && k < i + MAX_SITE_TOKENS; k++) {
    const u = tokens[k]!;
    if (k > i && !adjacent(text, tokens[k - 1]!, u)) break;
    if (u.text === '.' && k > i && isCap(tokens[k - 1]) && u.start === tokens[k - 1]!.end) continue;
    if (isCap(u)) {
      last = k;
      // The head: the last site word, unless another capitalised word follows it directly ("Bank" in "East Bank Mayor" is none).
      if (!lowerHead && c.sets.siteWords.has(u.lower)) head = k;
      else if (!lowerHead && head === k - 1) head = -1;
    } else if (k > i && !c.sets.partConnectors.has(u.lower) && !c.sets.determiners.has(u.lower)) break;
  }
  if (head < 0 || last <= i) return null;
  if (names.has(normalizeName(text.slice(t.start, tokens[last]!.end)))) return null;
  for (let k = i; k <= last; k++) {
    const u = tokens[k]!;
    if (k === head || !isCap(u) || c.sets.genericNouns.has(u.lower) || c.sets.siteWords.has(u.lower) || c.partAdjectives.has(u.lower) || c.parts.has(u.lower)) continue;
    if (demonymOfKey(keyAt(s, k), c.lex, names)) return null;
    const m = longestName(s, k, last + 1);
    if (m && !(k < head && m.to > head)) return null;
  }
  const before = tokens[i - 1];
  // "at the Barclays Center", "à l'hôpital": a locative before a determiner counts too.
  const locative = !!before && (c.sets.locatives.has(before.lower) || (c.sets.determiners.has(before.lower) && !!tokens[i - 2] && c.sets.locatives.has(tokens[i - 2]!.lower)));
  const toponym: Toponym = {
    start: t.start, end: tokens[last]!.end, key: '', alias: null, part: null, anaphor: false, locative, initial: false, qualifier: null, inName: false, demonym: null, site: tokens[head]!.lower,
  };
  return { toponym, next: last + 1 };
}

/**
 * Whether the name at token k is the reference of a distance: "220 km north of X", "20 miles from
 * the city", "à 30 km au nord de X" (a unit, then part words, connectors and determiners).
 */
function afterDistance(c: Compiled, tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 6; j--) {
    const w = tokens[j]!.lower;
    if (c.sets.distanceUnits.has(w)) return j < k - 1;
    if (!c.sets.determiners.has(w) && !c.sets.partConnectors.has(w) && !c.sets.locatives.has(w) && !isPartWord(c, w)) return false;
  }
  return false;
}

/** The same for a mention starting at token k, for callers outside the recognizer. */
export function isDistanceReference(tokens: readonly Token[], k: number, lex: PlaceLexicon): boolean {
  return afterDistance(compile(lex), tokens, k);
}

/** Whether a lower-case word puts a name after it as a location ("in", "près", "à"). */
export function isLocative(lower: string, lex: PlaceLexicon): boolean {
  return compile(lex).sets.locatives.has(lower);
}

/** "[det] [area] part [area] connector [det] (name | anaphor)": "l'est d'Alep", "la portion est de la ville". */
function partPattern(s: Scan, i: number, end: number): Found | null {
  const { tokens, c } = s;
  const word = tokens[i]!.lower;
  const part = c.parts.get(word);
  if (!part) return null;
  let start = i;
  if (start > 0 && c.sets.areaNouns.has(tokens[start - 1]!.lower)) start--;
  const hasDet = start > 0 && c.sets.determiners.has(tokens[start - 1]!.lower);
  if (hasDet) start--;
  if (c.sets.ambiguousParts.has(word) && !hasDet && start === i) return null;
  let j = i + 1;
  if (j < end && c.sets.areaNouns.has(tokens[j]!.lower)) j++;
  if (j >= end || !c.sets.partConnectors.has(tokens[j]!.lower)) return null;
  j++;
  if (j < end && c.sets.determiners.has(tokens[j]!.lower)) j++;
  if (j >= end) return null;
  // "220 km north of Mogadishu" lies away from the city: the name alone is read, with no part.
  if (afterDistance(c, tokens, j)) return null;
  if (c.sets.anaphors.has(tokens[j]!.lower)) {
    // Fields in found()'s order: toponyms of one hidden class, so their readers stay monomorphic.
    const toponym: Toponym = {
      demonym: null,
      inName: false,
      start: tokens[start]!.start,
      end: tokens[j]!.end,
      key: '',
      alias: null,
      part,
      anaphor: true,
      locative: true,
      initial: false,
      qualifier: null,
    };
    return { toponym, next: j + 1 };
  }
  const m = longestName(s, j, end);
  if (!m) return null;
  return {
    toponym: { demonym: null, inName: false, start: tokens[start]!.start, end: tokens[m.to - 1]!.end, key: m.key, alias: m.alias, part, anaphor: false, locative: true, initial: false, qualifier: null },
    next: m.to,
  };
}
