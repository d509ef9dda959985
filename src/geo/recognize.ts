// Toponym recognition over the tokens: capitalised runs matched against the gazetteer (longest
// first, multiword names with their connectors), sub-areas ("Alep-Est", "l'est d'Alep",
// "eastern Aleppo", "le nord de la ville"), and the context a resolver and a filter need.
// What counts as a preposition, a part or a title is the language pack's PlaceLexicon.
import type { Sentence, Token } from '../core/doc.js';
import { normalizeName } from './normalize.js';

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
  /** Plural endings stripped to find a demonym ("Syrians" → "Syrian", "syriens" → "syrien"). */
  readonly demonymPlurals: readonly string[];
  /** Words GeoNames appends to region names ("County", "Parish"): the build also indexes the bare name. */
  readonly regionWords: readonly string[];
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
}

interface Compiled {
  readonly lex: PlaceLexicon;
  readonly sets: Record<
    'locatives' | 'functionWords' | 'determiners' | 'nameConnectors' | 'partConnectors' | 'ambiguousParts' | 'areaNouns' | 'anaphors' | 'personTitles' | 'notPlaces',
    ReadonlySet<string>
  >;
  readonly parts: ReadonlyMap<string, string>;
  readonly partAdjectives: ReadonlyMap<string, string>;
  readonly aliases: ReadonlyMap<string, PlaceAlias>;
}

const compiledCache = new WeakMap<PlaceLexicon, Compiled>();
const MAX_NAME_TOKENS = 6;
const CAPITAL = /^\p{Lu}/u;
const low = (w: string) => normalizeName(w);

/** The country (ISO alpha-2) an adjective or its plural names ("Syrians", "russes"), if any. */
export function demonymCountry(word: string, lex: PlaceLexicon, names: NameIndex): string | null {
  const direct = names.demonym(word);
  if (direct) return direct;
  const key = normalizeName(word);
  for (const ending of lex.demonymPlurals) {
    if (key.length > ending.length + 2 && key.endsWith(ending)) {
      const country = names.demonym(key.slice(0, -ending.length));
      if (country) return country;
    }
  }
  return null;
}

/** How aliases are keyed: normalized, except that abbreviations keep their periods ("L.A." is not "La."). */
export function aliasKey(surface: string): string {
  return surface.includes('.') ? surface.toLowerCase().replace(/\s+/g, ' ').trim() : normalizeName(surface);
}

function compile(lex: PlaceLexicon): Compiled {
  let c = compiledCache.get(lex);
  if (c) return c;
  const set = (words: readonly string[]) => new Set(words.map(low));
  const map = (r: Readonly<Record<string, string>>) => new Map(Object.entries(r).map(([k, v]) => [low(k), v]));
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
    },
    parts: map(lex.parts),
    partAdjectives: map(lex.partAdjectives),
    aliases: new Map(lex.aliases.map((a) => [aliasKey(a.name), a])),
  };
  compiledCache.set(lex, c);
  return c;
}

export function recognizeToponyms(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  lexicon: PlaceLexicon,
  names: NameIndex,
): Toponym[] {
  const c = compile(lexicon);
  const out: Toponym[] = [];
  const ranges = sentences.length ? sentences : [{ firstToken: 0, endToken: tokens.length }];
  for (const s of ranges) {
    let first = s.firstToken;
    while (first < s.endToken && tokens[first]!.kind !== 'word') first++;
    for (let i = first; i < s.endToken; ) {
      const found = partPattern(text, tokens, i, s.endToken, c, names) ?? nameAt(text, tokens, i, s.endToken, first, c, names);
      if (found?.toponym) out.push(found.toponym);
      i = found ? found.next : i + 1;
    }
  }
  for (let k = 0; k + 1 < out.length; k++) {
    if (/^\s*,\s*$/.test(text.slice(out[k]!.end, out[k + 1]!.start))) out[k]!.qualifier = k + 1;
  }
  return out;
}

const isCap = (t: Token | undefined) => !!t && t.kind === 'word' && CAPITAL.test(t.text);
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
function longestName(text: string, tokens: readonly Token[], i: number, end: number, c: Compiled, names: NameIndex) {
  if (!isCap(tokens[i])) return null;
  let best: { to: number; key: string; alias: PlaceAlias | null; part: string | null } | null = null;
  for (let j = i; j < end && j < i + MAX_NAME_TOKENS; j++) {
    const t = tokens[j]!;
    if (j > i && !adjacent(text, tokens[j - 1]!, t)) break;
    // "U.S.", "N.Y.": periods inside an abbreviated name.
    if (t.text === '.' && t.start === tokens[j - 1]!.end && j > i) continue;
    const cap = isCap(t) || (j > i && t.kind === 'word' && INNER_CAPITAL.test(t.text));
    if (!cap && !c.sets.nameConnectors.has(t.lower.replace('’', "'"))) break;
    if (!cap) continue;
    const key = normalizeName(text.slice(tokens[i]!.start, t.end));
    const dot = tokens[j + 1]?.text === '.' && tokens[j + 1]!.start === t.end;
    // Abbreviations ("L.A.", "La.", "Ill.") are told apart by their periods, which the span keeps.
    const dotted = dot ? c.aliases.get(aliasKey(text.slice(tokens[i]!.start, t.end + 1))) : undefined;
    const alias = dotted ?? c.aliases.get(aliasKey(text.slice(tokens[i]!.start, t.end))) ?? null;
    const to = dotted || (dot && text.slice(tokens[i]!.start, t.end).includes('.')) ? j + 2 : j + 1;
    if (alias || names.has(key)) best = { to, key, alias, part: alias?.part ?? null };
  }
  return best ?? hyphenPart(tokens[i]!, i, c, names);
}

/** "Alep-Est": a known name with a part word as its last hyphenated segment. */
function hyphenPart(t: Token, i: number, c: Compiled, names: NameIndex) {
  const cut = t.text.search(/[-‐‑][^-‐‑]+$/);
  if (cut <= 0) return null;
  const part = c.parts.get(low(t.text.slice(cut + 1))) ?? c.partAdjectives.get(low(t.text.slice(cut + 1)));
  const key = normalizeName(t.text.slice(0, cut));
  const alias = c.aliases.get(aliasKey(t.text.slice(0, cut))) ?? null;
  if (!part || !(names.has(key) || alias)) return null;
  return { to: i + 1, key, alias, part };
}

function nameAt(text: string, tokens: readonly Token[], i: number, end: number, first: number, c: Compiled, names: NameIndex): Found | null {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  // "East Aleppo", "eastern Syria": a part adjective directly before a name.
  const adjPart = c.partAdjectives.get(t.lower);
  if (adjPart && i + 1 < end && adjacent(text, t, tokens[i + 1]!)) {
    const whole = longestName(text, tokens, i, end, c, names);
    const rest = longestName(text, tokens, i + 1, end, c, names);
    if (rest && (!whole || whole.to < rest.to)) return found(text, tokens, i, rest.to, rest.key, rest.alias, adjPart, c, first);
  }
  if (!isCap(t) || c.sets.functionWords.has(t.lower) || c.sets.notPlaces.has(low(t.text))) return null;
  const demonymOnly = !names.has(normalizeName(t.text)) && demonymCountry(t.text, c.lex, names);
  if (demonymOnly) {
    // "American Airlines": an adjective inside a name names nothing.
    if (isCap(tokens[i + 1]) && adjacent(text, t, tokens[i + 1]!)) return { toponym: null, next: i + 2 };
    return found(text, tokens, i, i + 1, '', null, null, c, first, { demonym: demonymOnly, inName: false });
  }
  const m = longestName(text, tokens, i, end, c, names);
  if (!m) return null;
  // A compass word alone ("South", "Central") is a part of something, not the region of that name.
  if (m.to === i + 1 && !m.alias && (c.parts.has(t.lower) || c.partAdjectives.has(t.lower))) return null;
  // "M. Jones",, "Gov. Perry": a name after a title is a person.
  const titleAt = prev?.text === '.' && prev.start === tokens[i - 2]?.end ? tokens[i - 2] : prev;
  if (titleAt && c.sets.personTitles.has(low(titleAt.text))) return { toponym: null, next: m.to };
  const demonym = m.to === i + 1 && !m.alias ? demonymCountry(t.text, c.lex, names) : null;
  const next = tokens[m.to];
  const inName =
    (m.to < end && isCap(next) && adjacent(text, tokens[m.to - 1]!, next!) && !c.sets.notPlaces.has(low(next!.text))) ||
    (!!prev && i > first && isCap(prev) && adjacent(text, prev, t) && !c.sets.functionWords.has(prev.lower));
  return found(text, tokens, i, m.to, m.key, m.alias, m.part, c, first, { demonym, inName });
}

function found(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  key: string,
  alias: PlaceAlias | null,
  part: string | null,
  c: Compiled,
  first: number,
  extra: { demonym: string | null; inName: boolean } = { demonym: null, inName: false },
): Found {
  const prev = tokens[from - 1];
  return {
    toponym: {
      ...extra,
      start: tokens[from]!.start,
      end: tokens[to - 1]!.end,
      key,
      alias,
      part,
      anaphor: false,
      locative: !!prev && c.sets.locatives.has(prev.lower.replace('’', "'")) && adjacent(text, prev, tokens[from]!),
      initial: from === first,
      qualifier: null,
    },
    next: to,
  };
}

/** "[det] [area] part [area] connector [det] (name | anaphor)": "l'est d'Alep", "la portion est de la ville". */
function partPattern(text: string, tokens: readonly Token[], i: number, end: number, c: Compiled, names: NameIndex): Found | null {
  const word = tokens[i]!.lower;
  const part = c.parts.get(low(word));
  if (!part) return null;
  let start = i;
  if (c.sets.areaNouns.has(tokens[start - 1]?.lower ?? '')) start--;
  const hasDet = c.sets.determiners.has((tokens[start - 1]?.lower ?? '').replace('’', "'"));
  if (hasDet) start--;
  if (c.sets.ambiguousParts.has(low(word)) && !hasDet && start === i) return null;
  let j = i + 1;
  if (c.sets.areaNouns.has(tokens[j]?.lower ?? '')) j++;
  if (j >= end || !c.sets.partConnectors.has(tokens[j]!.lower.replace('’', "'"))) return null;
  j++;
  if (j < end && c.sets.determiners.has(tokens[j]!.lower.replace('’', "'"))) j++;
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
    };
    return { toponym, next: j + 1 };
  }
  const m = longestName(text, tokens, j, end, c, names);
  if (!m) return null;
  return {
    toponym: { start: tokens[start]!.start, end: tokens[m.to - 1]!.end, key: m.key, alias: m.alias, part, anaphor: false, locative: true, initial: false, qualifier: null },
    next: m.to,
  };
}
