// Toponym recognition over the tokens: capitalised runs matched against the gazetteer (longest
// first, multiword names with their connectors), sub-areas ("Alep-Est", "l'est d'Alep",
// "eastern Aleppo", "le nord de la ville"), and the context a resolver and a filter need.
// What counts as a preposition, a part or a title is the language pack's PlaceLexicon.
import type { Sentence, Token } from '../core/doc.js';
import { normalizeName, normalizeWord } from './normalize.js';

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
  /** Words GeoNames appends to region names ("County", "Parish"): the build also indexes the bare name. */
  readonly regionWords: readonly string[];
  /** Words after a place name that make the pair a day's name ("Canada Day", "Saba Saba day"): not a place. */
  readonly dayNameWords: readonly string[];
  /** Capitalised words after a place name that make it a place's body ("Mansfield Police", "Dublin City Council"): the name still counts as a place. */
  readonly institutionWords: readonly string[];
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
    'locatives' | 'functionWords' | 'determiners' | 'nameConnectors' | 'partConnectors' | 'ambiguousParts' | 'areaNouns' | 'anaphors' | 'personTitles' | 'notPlaces' | 'institutionWords' | 'genericNouns' | 'dayNameWords' | 'nameHeads',
    ReadonlySet<string>
  >;
  readonly parts: ReadonlyMap<string, string>;
  readonly partAdjectives: ReadonlyMap<string, string>;
  /** The words of both, and the name heads: a lower-case token outside it is skipped at once. */
  readonly partWords: ReadonlySet<string>;
  readonly aliases: ReadonlyMap<string, PlaceAlias>;
  /** Folded first words of the aliases ("khan", "u" for "U.S."): a run starting with one may still grow into an alias. */
  readonly aliasHeads: ReadonlySet<string>;
  /** Last words of the index's two-word demonyms, plurals included ("lankan", "lankans"): a pair is looked up only then. */
  readonly demonymEnds: WeakMap<NameIndex, ReadonlySet<string>>;
}

const compiledCache = new WeakMap<PlaceLexicon, Compiled>();
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

/** How aliases are keyed: normalized, except that abbreviations keep their periods ("L.A." is not "La."). */
export function aliasKey(surface: string): string {
  return surface.includes('.') ? surface.toLowerCase().replace(/\s+/g, ' ').trim() : normalizeName(surface);
}

function compile(lex: PlaceLexicon): Compiled {
  let c = compiledCache.get(lex);
  if (c) return c;
  // Each word in all its forms, so that a token is looked up by its lower case alone.
  const set = (words: readonly string[]) => new Set(words.flatMap(forms));
  const map = (r: Readonly<Record<string, string>>) => new Map(Object.entries(r).flatMap(([k, v]) => forms(k).map((f) => [f, v] as const)));
  const parts = map(lex.parts);
  const partAdjectives = map(lex.partAdjectives);
  c = {
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
    },
    parts,
    partAdjectives,
    partWords: new Set([...parts.keys(), ...partAdjectives.keys(), ...lex.nameHeads.flatMap(forms)]),
    aliases: new Map(lex.aliases.map((a) => [aliasKey(a.name), a])),
    aliasHeads: new Set(lex.aliases.map((a) => low(a.name.split(/[\s.,\-‐‑]+/).find(Boolean) ?? ''))),
    demonymEnds: new WeakMap(),
  };
  compiledCache.set(lex, c);
  return c;
}

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
  const scan: Scan = { text, tokens, keys: new Array(tokens.length), known: new Array(tokens.length), c, names, demonymEnds: demonymEnds(c, names) };
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
      const found = partPattern(scan, i, s.endToken) ?? nameAt(scan, i, s.endToken, first);
      if (found?.toponym) out.push(found.toponym);
      i = found ? found.next : i + 1;
    }
  }
  for (let k = 0; k + 1 < out.length; k++) {
    if (onlyComma(text, out[k]!.end, out[k + 1]!.start)) out[k]!.qualifier = k + 1;
  }
  return out;
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
    if (rest && (!whole || whole.to < rest.to)) return found(s, i, rest.to, rest.key, rest.alias, adjPart, first);
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
  const demonym = m.to === i + 1 && !m.alias ? demonymOfKey(keyAt(s, i), c.lex, names) : null;
  const inName =
    (m.to < end && isCap(next) && adjacent(text, tokens[m.to - 1]!, next!) && !c.sets.notPlaces.has(tokens[m.to]!.lower) && !c.sets.institutionWords.has(tokens[m.to]!.lower)) ||
    (!!prev && i > first && isCap(prev) && adjacent(text, prev, t) && !c.sets.functionWords.has(tokens[i - 1]!.lower));
  return found(s, i, m.to, m.key, m.alias, m.part, first, { demonym, inName });
}

function found(
  s: Scan,
  from: number,
  to: number,
  key: string,
  alias: PlaceAlias | null,
  part: string | null,
  first: number,
  extra: { demonym: string | null; inName: boolean } = { demonym: null, inName: false },
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
      locative: !!prev && c.sets.locatives.has(tokens[from - 1]!.lower) && adjacent(text, prev, tokens[from]!),
      initial: from === first,
      qualifier: null,
    },
    next: to,
  };
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
  if (c.sets.anaphors.has(tokens[j]!.lower)) {
    const toponym: Toponym = {
      start: tokens[start]!.start,
      end: tokens[j]!.end,
      key: '',
      alias: null,
      part,
      anaphor: true,
      locative: true,
      initial: false,
      qualifier: null,
      inName: false,
      demonym: null,
    };
    return { toponym, next: j + 1 };
  }
  const m = longestName(s, j, end);
  if (!m) return null;
  return {
    toponym: { start: tokens[start]!.start, end: tokens[m.to - 1]!.end, key: m.key, alias: m.alias, part, anaphor: false, locative: true, initial: false, qualifier: null, inName: false, demonym: null },
    next: m.to,
  };
}
