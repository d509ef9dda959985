// Actors of an article: named actors from the pack's dictionary, states with their governments and
// forces ("armée syrienne", "Syrian army"), ministries, coalitions, people with their roles, capitals
// that speak for their state (metonymy), and group nouns resolved in context ("les rebelles" → the
// rebels of the country in focus). Every mention keeps its span; mentions of one canonical actor
// merge into one entity.
import type { Block, Entity } from '../../model/reading.js';
import type { Sentence, Token } from '../../core/doc.js';
import { oncePer } from '../../core/memo.js';
import { partitionPoint } from '../../core/search.js';
import { closesFrame } from '../sentences.js';
import { tokenize, type TokenLexicon } from '../tokens.js';
import { COUNTRY_BY_ISO3 } from '../../lang/shared/countries.js';
import { GENERIC_NAMES } from '../../lang/shared/actors.js';
import { normal, normalsOf } from '../common/words.js';
import { introducedNames, type IntroducedLexicon } from './introduced.js';
import { PhraseTrie } from './trie.js';
import type { ActorDef, ActorLexicon, GenericRef, RoleWords } from './lexicon.js';

type Word =
  | { t: 'named'; actor: ActorDef }
  | { t: 'country'; iso3: string }
  | { t: 'adjective'; iso3: string }
  | { t: 'capital'; iso3: string }
  | { t: 'government' }
  | { t: 'military' }
  | { t: 'generic'; ref: GenericRef }
  | { t: 'ministry' }
  | { t: 'domain'; en: string }
  | { t: 'coalition' }
  | { t: 'role'; role: RoleWords }
  | { t: 'honorific' };

interface Compiled {
  words: PhraseTrie<Word>;
  of: PhraseTrie<true>;
  ledBy: PhraseTrie<true>;
  agentBefore: PhraseTrie<true>;
  agentVerbs: PhraseTrie<true>;
  agentSkip: PhraseTrie<true>;
  groupLinks: PhraseTrie<true>;
  possessive: Set<string>;
  particles: Set<string>;
  articles: Set<string>;
  conjunctions: Set<string>;
  inCountry: Set<string>;
  introduced: IntroducedLexicon;
  /** Roles by their words, to find the office a role phrase split by an adjective names. */
  roles: Map<string, RoleWords>;
  ledSuffix: string[];
  countryWords: Map<string, string>;
  weak: Set<string>;
  landforms: Set<string>;
}

/** A person's office, for "le chef de la diplomatie américaine" → the person who holds it. */
type Office = { key: string; country: string | null };

/** One mention before entities are merged: the actor it names and what resolved it. */
interface Mention {
  start: number;
  end: number;
  actor: ActorDef | null;
  generic: GenericRef | undefined;
  office: Office | undefined;
  nested: boolean;
}

/** Every mention is made here, with every field in one order: one hidden class, so the loops over mentions stay monomorphic. */
function mention(start: number, end: number, actor: ActorDef | null, office?: Office, generic?: GenericRef): Mention {
  return { start, end, actor, generic, office, nested: false };
}

const compiled = oncePer(compile);
const NO_MENTIONS: readonly Mention[] = [];
/** How much a country named in the title, the dateline or as the place of events counts towards the focus over a passing mention. */
const PLACE_OF_EVENTS_WEIGHT = 6;
/** Tokens of a role's unknown complement before the name ("gouverneur de l'État de Borno, X"). */
const COMPLEMENT_MAX_TOKENS = 8;
/** A dash after "CITY, Country" closes a dateline: the country the reporter files from. */
const DATELINE_DASH = new Set(['—', '–', '-']);

/** Tokens as one lookup key: lower case, elided words joined to the next ("de l'intérieur"). */
function phraseKey(tokens: readonly Token[]): string {
  return tokens.map((t) => normal(t.text)).join(' ').replace(/' /g, "'");
}

function compile(lex: ActorLexicon, tokenLex: TokenLexicon): Compiled {
  const words = new PhraseTrie<Word>(tokenLex);
  const countryWords = new Map<string, string>();
  for (const { actor, aliases } of lex.named) for (const a of aliases) words.add(a, { t: 'named', actor });
  // "Hamas-led militants" is one word: the group named inside it.
  for (const suffix of lex.groupLedSuffix ?? []) {
    for (const { actor, aliases } of lex.named) if (actor.kind === 'armed_group') for (const a of aliases) words.add(a + suffix, { t: 'named', actor });
  }
  for (const c of lex.countries) {
    for (const n of c.names) {
      words.add(n, { t: 'country', iso3: c.iso3 });
      countryWords.set(normal(n), c.iso3);
    }
    for (const a of c.adjectives) {
      words.add(a, { t: 'adjective', iso3: c.iso3 });
      countryWords.set(normal(a), c.iso3);
    }
    for (const cap of c.capitals) if (!c.names.includes(cap)) words.add(cap, { t: 'capital', iso3: c.iso3 });
  }
  for (const n of lex.governmentNouns) words.add(n, { t: 'government' });
  for (const n of lex.militaryNouns) words.add(n, { t: 'military' });
  for (const [p, ref] of Object.entries(lex.generic)) words.add(p, { t: 'generic', ref });
  for (const n of lex.ministryNouns) words.add(n, { t: 'ministry' });
  for (const [p, en] of Object.entries(lex.ministries)) words.add(p, { t: 'domain', en });
  for (const n of lex.coalitionNouns) words.add(n, { t: 'coalition' });
  for (const role of lex.roles) words.add(role.phrase, { t: 'role', role });
  for (const h of lex.honorifics) words.add(h, { t: 'honorific' });
  const set = (list: readonly string[]) => {
    const trie = new PhraseTrie<true>(tokenLex);
    for (const p of list) trie.add(p, true);
    return trie;
  };
  return {
    words,
    of: set(lex.of),
    ledBy: set(lex.ledBy),
    agentBefore: set(lex.agentBefore),
    agentVerbs: set(lex.agentVerbs),
    agentSkip: set(lex.agentSkip),
    groupLinks: set(lex.groupLinks),
    possessive: new Set(lex.possessive.map(normal)),
    particles: new Set(lex.nameParticles.map(normal)),
    articles: new Set(lex.articles.map(normal)),
    conjunctions: new Set(lex.conjunctions.map(normal)),
    inCountry: new Set(lex.inCountry.map(normal)),
    introduced: { heads: Object.fromEntries(Object.entries(lex.introducedHeads ?? {}).map(([h, kind]) => [normal(h), kind])), articles: new Set(lex.articles.map(normal)) },
    roles: new Map(lex.roles.map((r) => [phraseKey(tokenize(r.phrase, tokenLex)), r])),
    ledSuffix: lex.ledSuffix.map(normal),
    countryWords,
    weak: new Set(lex.weakAliases ?? []),
    landforms: new Set((lex.landforms ?? []).map(normal)),
  };
}

const government = (iso3: string): ActorDef => ({ name: `${adjective(iso3)} government`, kind: 'government', code: `${iso3}GOV`, country: iso3 });
const military = (iso3: string): ActorDef => ({ name: `${adjective(iso3)} military`, kind: 'military', code: `${iso3}MIL`, country: iso3 });
/** A state's police: one of its forces (kind military), coded apart from its army. */
const police = (iso3: string): ActorDef => ({ name: `${adjective(iso3)} police`, kind: 'military', code: `${iso3}COP`, country: iso3 });
const rebels = (iso3: string | null): ActorDef =>
  iso3
    ? { name: `${adjective(iso3)} rebels`, kind: 'armed_group', code: `${iso3}REB`, country: iso3 }
    : { name: GENERIC_NAMES.rebels, kind: 'armed_group', code: null, country: null };
const state = (iso3: string): ActorDef => ({ name: COUNTRY_BY_ISO3.get(iso3)?.name ?? iso3, kind: 'state', code: iso3, country: iso3 });
function adjective(iso3: string): string {
  return COUNTRY_BY_ISO3.get(iso3)?.adjective ?? iso3;
}

export function findEntities(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  blocks: readonly Block[],
  lex: ActorLexicon,
  tokenLex: TokenLexicon,
  notNames: ReadonlySet<string> = new Set(),
): Entity[] {
  const c = compiled(lex, tokenLex);
  const normals = normalsOf(tokens);
  const reader = new Reader(tokens, normals, c, lex, notNames);
  const mentions: Mention[] = [];
  const generics: Mention[] = [];
  const weights = new Map<string, number>();
  const placedIn = new Set<string>();
  const titleEnd = blocks.find((b) => b.kind === 'title')?.end ?? -1;
  for (const s of sentences) {
    let counted = s.firstToken;
    for (let i = s.firstToken; i < s.endToken; i++) {
      for (const m of reader.at(i, s.firstToken, s.endToken)) {
        (m.actor ? mentions : generics).push(m);
      }
      // The country in focus: named most, in the title, or as the place of events ("en Syrie"); a
      // longer name counts as itself ("Soudan du Sud" is not Sudan), a lake or a river not at all.
      if (i < counted || !c.countryWords.has(normals[i]) || !/^\p{L}/u.test(tokens[i].text) || reader.inLandform(i)) continue;
      const name = reader.countryAt(i, s.endToken);
      if (!name) continue;
      counted = name.end;
      // The headline, the dateline ("BAHIR DAR, Ethiopia —") and the place of events ("in Eritrea") weigh
      // most; "in X" again weighs half, so a paragraph about a neighbour does not outweigh the headline.
      const inCountry = i > 0 && c.inCountry.has(normals[i - 1]);
      const dateline = i > s.firstToken && tokens[i - 1].text === ',' && DATELINE_DASH.has(tokens[name.end]?.text ?? '');
      const first = !placedIn.has(name.iso3);
      const weight = dateline || tokens[i].start < titleEnd || (inCountry && first) ? PLACE_OF_EVENTS_WEIGHT : inCountry ? PLACE_OF_EVENTS_WEIGHT / 2 : 1;
      if (inCountry) placedIn.add(name.iso3);
      weights.set(name.iso3, (weights.get(name.iso3) ?? 0) + weight);
    }
  }
  for (const m of introducedNames(tokens, normals, c.introduced, coverage(mentions, tokens.length))) mentions.push(mention(m.start, m.end, m.actor));
  rebindShortNames(mentions, tokens);
  const kept = settle(withoutWeakAliases([...mentions, ...holders(generics, mentions)], tokens, c));
  const focus = [...weights.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  if (focus) officialsOf(kept, focus);
  addSurnames(kept, tokens, c);
  const sectionOf = sectionCountries(blocks, sentences, tokens, normals, reader, c);
  const resolved = [...kept, ...resolveGenerics(uncovered(generics, kept, tokens.length), kept, focus, sectionOf, tokens, c)];
  return merge(resolved.filter((m) => m.actor), text, tokens);
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * "the Ambazonia Defence Forces (ADF)": a short name in parentheses right after an actor's full name is
 * that actor's in this article, though another actor elsewhere goes by it (the Allied Democratic Forces).
 */
function rebindShortNames(mentions: Mention[], tokens: readonly Token[]): void {
  // The longest mention starting, and ending, at each token ("Pakistani Taliban", not the "Taliban" inside it).
  const byStart = new Map<number, Mention>();
  const byEnd = new Map<number, Mention>();
  for (const m of mentions) {
    if (!m.actor) continue;
    if (m.end > (byStart.get(m.start)?.end ?? -1)) byStart.set(m.start, m);
    if (m.start < (byEnd.get(m.end)?.start ?? Infinity)) byEnd.set(m.end, m);
  }
  const short = new Map<string, ActorDef>();
  for (const full of byEnd.values()) {
    if (tokens[full.end]?.text !== '(') continue;
    const inner = byStart.get(full.end + 1);
    // A country's name before the parenthesis ends a longer name ("Mission des Nations unies au Soudan du Sud (Minuss)"), not the short one's.
    if (!inner?.actor || tokens[inner.end]?.text !== ')' || inner.actor.name === full.actor!.name || inner.actor.kind === 'state' || full.actor!.kind === 'state') continue;
    short.set(tokens.slice(inner.start, inner.end).map((t) => t.text).join(' '), full.actor!);
  }
  if (!short.size) return;
  for (const m of mentions) {
    const actor = m.actor && short.get(tokens.slice(m.start, m.end).map((t) => t.text).join(' '));
    if (actor) m.actor = actor;
  }
}

/**
 * A roundup's section headed by a country ("Togo : quatre soldats tués…", "Au Tchad, l'armée…") is about
 * that country: its "l'armée", "le gouvernement" are that country's, not the article's main one. So is a
 * sentence that opens on a country as its frame ("Au Niger voisin, l'armée a annoncé…", "In Mali, the army…").
 * Gives the country of the sentence or section holding a token, or null outside them.
 */
function sectionCountries(blocks: readonly Block[], sentences: readonly Sentence[], tokens: readonly Token[], normals: readonly string[], reader: Reader, c: Compiled): (token: number) => string | null {
  const framed = new Map<number, { end: number; iso3: string }>();
  for (const s of sentences) {
    const first = s.firstToken + 1;
    if (!c.inCountry.has(normals[s.firstToken]) || first >= s.endToken || reader.inLandform(first)) continue;
    const name = reader.countryAt(first, s.endToken);
    if (!name) continue;
    if (closesFrame(tokens, name.end)) framed.set(s.firstToken, { end: s.endToken, iso3: name.iso3 });
  }
  const frameOf = (token: number): string | null => {
    const s = sentences[partitionPoint(sentences.length, (i) => sentences[i].firstToken <= token) - 1];
    const frame = s && framed.get(s.firstToken);
    return frame && token < frame.end ? frame.iso3 : null;
  };
  const sections: { start: number; iso3: string | null }[] = [];
  for (const b of blocks) {
    if (b.kind !== 'heading') continue;
    let first = partitionPoint(tokens.length, (i) => tokens[i].start < b.start);
    const limit = partitionPoint(tokens.length, (i) => tokens[i].start < b.end);
    if (first < limit && c.inCountry.has(normals[first])) first++;
    const name = first < limit && !reader.inLandform(first) ? reader.countryAt(first, limit) : undefined;
    sections.push({ start: b.start, iso3: name?.iso3 ?? null });
  }
  if (!sections.some((x) => x.iso3)) return framed.size ? frameOf : () => null;
  return (token) => frameOf(token) ?? sections[partitionPoint(sections.length, (i) => sections[i].start <= tokens[token].start) - 1]?.iso3 ?? null;
}

/** Offices of a state's government and command: "President William Ruto", "le ministre de la Communication". */
const GOVERNMENT_OFFICE = /^(?:president|vice_president|prime_minister|supreme_leader|\w+_minister)$/;
const MILITARY_OFFICES = new Set(['chief_of_staff', 'military_spokesman']);

/** An official or a ministry whose state the article does not say ("le ministre de la Communication, X", "le ministère de la Défense") serves the country in focus. */
function officialsOf(mentions: Mention[], focus: string): void {
  for (const m of mentions) {
    if (m.actor?.kind === 'government' && !m.actor.country && m.actor.name.startsWith('Ministry')) {
      m.actor = { ...m.actor, name: `${adjective(focus)} ${m.actor.name}`, country: focus, code: `${focus}GOV` };
      continue;
    }
    const key = m.office?.key;
    // One coded by the body they serve (an organisation's president) serves no state.
    if (!key || m.actor?.kind !== 'person' || m.actor.country || m.actor.code) continue;
    const branch = GOVERNMENT_OFFICE.test(key) ? 'GOV' : MILITARY_OFFICES.has(key) ? 'MIL' : null;
    if (branch) m.actor = { ...m.actor, country: focus, code: m.actor.code ?? `${focus}${branch}` };
  }
}

/** "This IS a war": a weak alias counts only when the article also names its actor another way. */
function withoutWeakAliases(mentions: Mention[], tokens: readonly Token[], c: Compiled): Mention[] {
  if (!c.weak.size) return mentions;
  const isWeak = (m: Mention) => m.end - m.start === 1 && c.weak.has(tokens[m.start].text);
  const named = new Set(mentions.filter((m) => m.actor && !isWeak(m)).map((m) => m.actor!.name));
  return mentions.filter((m) => !isWeak(m) || named.has(m.actor!.name));
}

/** Longest mention first; only a state may sit inside a longer mention, a coalition ("coalition menée par les
 * États-Unis"). A person inside a force ("troupes de Bachar al-Assad") is left out: the actor there is the force. */
function settle(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Mention[] = [];
  // The kept mentions over each token (a mention spans at least one token): a clash costs the
  // mention's length, not a scan of every mention kept, which grew quadratic on long articles.
  const over = new Array<Mention[] | undefined>(mentions.reduce((n, m) => Math.max(n, m.end), 0));
  for (const m of sorted) {
    let clash = false;
    let nests = true;
    for (let t = m.start; t < m.end; t++) {
      for (const k of over[t] ?? NO_MENTIONS) {
        clash = true;
        nests &&= k.start <= m.start && m.end <= k.end && k.actor?.kind === 'coalition';
      }
    }
    if (clash && !(m.actor?.kind === 'state' && nests)) continue;
    const taken = clash ? { ...m, nested: true } : m;
    kept.push(taken);
    for (let t = m.start; t < m.end; t++) (over[t] ??= []).push(taken);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Reads the mentions that start at one token. Offsets in mentions are token indices until `merge`. */
class Reader {
  constructor(
    private readonly tokens: readonly Token[],
    private readonly normals: readonly string[],
    private readonly c: Compiled,
    private readonly lex: ActorLexicon,
    /** Capitalised words that never start a name (weekdays, months): "the leader Monday said". */
    private readonly notNames: ReadonlySet<string>,
  ) {}

  at(i: number, first: number, limit: number): readonly Mention[] {
    const words = this.c.words.matchAt(this.tokens, this.normals, i, limit);
    // Most tokens start no phrase: no list for them.
    if (!words.length) return NO_MENTIONS;
    const out: Mention[] = [];
    for (const { value: w, end } of words) {
      switch (w.t) {
        case 'named':
          out.push(mention(i, end, w.actor));
          // en: a leader's name before a government or military noun ("Assad regime", "Putin's troops").
          if (!this.lex.adjectiveAfter && w.actor.kind === 'person' && w.actor.country) {
            this.forcesAfterAdjective(out, i, end, w.actor.country, limit);
            this.forcesAfterPossessive(out, i, end, w.actor.country, limit);
          }
          break;
        case 'country':
          if (this.inLandform(i)) break;
          out.push(mention(i, end, state(w.iso3)));
          if (!this.lex.adjectiveAfter) this.forcesAfterPossessive(out, i, end, w.iso3, limit);
          break;
        case 'adjective':
          if (!this.lex.adjectiveAfter) this.forcesAfterAdjective(out, i, end, w.iso3, limit);
          break;
        case 'capital':
          if (this.isAgent(i, end, first, limit)) out.push(mention(i, end, government(w.iso3)));
          break;
        case 'government':
        case 'military':
          this.forcesOf(out, i, end, w.t, limit);
          break;
        case 'generic':
          // fr: "police haïtienne": a state's police named by its adjective.
          if (w.ref === 'police' && this.forcesOf(out, i, end, 'police', limit)) break;
          out.push(mention(i, end, null, undefined, w.ref));
          break;
        case 'ministry':
          this.ministry(out, i, end, first, limit);
          break;
        case 'coalition':
          this.coalition(out, i, end, limit);
          break;
        case 'role':
          this.person(out, i, end, w.role, first, limit);
          break;
        case 'honorific': {
          const name = this.name(end, limit);
          if (name > end) out.push(mention(end, name, { name: this.text(end, name), kind: 'person', code: null, country: null }));
          break;
        }
        default:
          break;
      }
    }
    return out;
  }

  /** The longest country name or adjective starting at token `i`. */
  countryAt(i: number, limit: number): { iso3: string; end: number } | undefined {
    const found = this.c.words.matchAt(this.tokens, this.normals, i, limit).find((m) => m.value.t === 'country' || m.value.t === 'adjective');
    return found && 'iso3' in found.value ? { iso3: found.value.iso3, end: found.end } : undefined;
  }

  /** "lac Tchad", "golfe de Guinée": a country's name after a landform's noun (and "de"). */
  inLandform(i: number): boolean {
    const before = (k: number) => (k >= 0 ? this.normals[k]! : '');
    return this.c.landforms.has(before(i - 1)) || (this.c.of.matchAt(this.tokens, this.normals, i - 1, i).length > 0 && this.c.landforms.has(before(i - 2)));
  }

  private word(i: number, limit: number, ...kinds: Word['t'][]) {
    return this.c.words.matchAt(this.tokens, this.normals, i, limit).find((m) => kinds.includes(m.value.t));
  }

  private skip(trie: PhraseTrie<true>, i: number, limit: number): number {
    return trie.matchAt(this.tokens, this.normals, i, limit)[0]?.end ?? i;
  }

  /** fr: "armée syrienne", "forces de Damas", "troupes de Bachar al-Assad", "régime Assad"; whether it found the state. */
  private forcesOf(out: Mention[], i: number, end: number, kind: 'government' | 'military' | 'police', limit: number): boolean {
    const make = kind === 'government' ? government : kind === 'police' ? police : military;
    const before = out.length;
    const adj = this.lex.adjectiveAfter ? this.word(end, limit, 'adjective') : undefined;
    if (adj && adj.value.t === 'adjective') {
      out.push(mention(i, adj.end, make(adj.value.iso3)));
      // "interventions russes et syriennes": the second adjective names a second force.
      const other = adj.end < limit && this.c.conjunctions.has(normal(this.tokens[adj.end].text)) ? this.word(adj.end + 1, limit, 'adjective') : undefined;
      if (other && other.value.t === 'adjective') out.push(mention(adj.end + 1, other.end, make(other.value.iso3)));
      return true;
    }
    const after = this.skip(this.c.of, end, limit);
    const target = this.word(after, limit, 'country', 'capital', 'named');
    if (!target) return false;
    const v = target.value;
    if (v.t === 'country' || v.t === 'capital') {
      if (after > end) out.push(mention(i, target.end, make(v.iso3)));
    } else if (v.t === 'named' && v.actor.kind === 'person' && v.actor.country) {
      out.push(mention(i, target.end, make(v.actor.country)));
    } else if (v.t === 'named' && v.actor.kind === 'armed_group' && after > end) {
      // "les troupes de l'EI" are the group itself.
      out.push(mention(i, target.end, v.actor));
    }
    return out.length > before;
  }

  /** en: "Syrian army", "US troops". */
  private forcesAfterAdjective(out: Mention[], i: number, end: number, iso3: string, limit: number): void {
    let noun = this.word(end, limit, 'government', 'military', 'generic');
    // "Russian and Syrian forces": the first adjective shares the noun; its mention is the adjective alone.
    let span = -1;
    if (!noun && end < limit && this.c.conjunctions.has(normal(this.tokens[end].text))) {
      const other = this.word(end + 1, limit, 'adjective');
      noun = other ? this.word(other.end, limit, 'government', 'military', 'generic') : undefined;
      span = end;
    }
    if (!noun) return;
    const stop = span >= 0 ? span : noun.end;
    const v = noun.value;
    const ref = v.t === 'generic' ? v.ref : v.t;
    if (ref === 'government') out.push(mention(i, stop, government(iso3)));
    else if (ref === 'military') out.push(mention(i, stop, military(iso3)));
    else if (ref === 'police') out.push(mention(i, stop, police(iso3)));
    else if (ref === 'rebels') out.push(mention(i, stop, rebels(iso3)));
  }

  /** en: "Russia's military". */
  private forcesAfterPossessive(out: Mention[], i: number, end: number, iso3: string, limit: number): void {
    if (end < limit && this.c.possessive.has(normal(this.tokens[end].text))) this.forcesAfterAdjective(out, i, end + 1, iso3, limit);
  }

  /** A capital speaks for its state after "selon", "backed by", or before a verb of saying or deciding. */
  private isAgent(i: number, end: number, first: number, limit: number): boolean {
    for (let k = Math.max(first, i - 5); k < i; k++) {
      if (this.c.agentBefore.matchAt(this.tokens, this.normals, k, i).some((m) => m.end === i)) return true;
    }
    if (end < limit && this.c.possessive.has(normal(this.tokens[end].text))) return true;
    let j = end;
    for (let n = 0; n < 6 && j < limit; n++) {
      if (this.c.agentVerbs.matchAt(this.tokens, this.normals, j, limit).length) return true;
      const next = this.skip(this.c.agentSkip, j, limit);
      if (next === j) break;
      j = next;
    }
    return false;
  }

  /** "ministère russe de la Défense", "Russian Defence Ministry", "Ministry of Defence". */
  private ministry(out: Mention[], i: number, end: number, first: number, limit: number): void {
    let start = i;
    let stop = end;
    let iso3: string | null = null;
    let domain: string | null = null;
    const take = (m: { value: Word; end: number } | undefined, at: number): number => {
      if (!m) return at;
      if (m.value.t === 'adjective' || m.value.t === 'country') iso3 ??= m.value.iso3;
      else if (m.value.t === 'domain') domain ??= m.value.en;
      else return at;
      return m.end;
    };
    // After the noun: adjective, "de la" + domain, adjective.
    stop = take(this.word(stop, limit, 'adjective'), stop);
    const afterOf = this.skip(this.c.of, stop, limit);
    if (afterOf > stop) {
      const d = this.word(afterOf, limit, 'domain', 'country');
      if (d) stop = take(d, afterOf);
    }
    if (this.lex.adjectiveAfter) stop = take(this.word(stop, limit, 'adjective'), stop);
    // Before it (en): "Russian Defence Ministry", "Russia's defence ministry".
    for (let k = Math.max(first, i - 4); k < start; k++) {
      const d = this.word(k, limit, 'domain', 'adjective', 'country');
      if (!d) continue;
      let e = d.end;
      if (d.value.t === 'country' && e < limit && this.c.possessive.has(normal(this.tokens[e].text))) e++;
      if (e === start || this.word(e, limit, 'domain', 'adjective')?.end === start) {
        take(d, k);
        const inner = e < start ? this.word(e, limit, 'domain', 'adjective') : undefined;
        take(inner, e);
        start = k;
        break;
      }
    }
    if (!domain && !iso3) return;
    const name = `${iso3 ? adjective(iso3) + ' ' : ''}Ministry${domain ? ' of ' + domain : ''}`;
    out.push(mention(start, stop, { name, kind: 'government', code: iso3 ? `${iso3}GOV` : null, country: iso3 }));
  }

  /** "la coalition menée par les États-Unis", "the US-led coalition". */
  private coalition(out: Mention[], i: number, end: number, limit: number): void {
    const led = this.skip(this.c.ledBy, end, limit);
    if (led > end) {
      let j = led;
      for (let n = 0; n < 2 && j < limit && !this.word(j, limit, 'country', 'capital', 'adjective'); n++) j++;
      const who = this.word(j, limit, 'country', 'capital', 'adjective');
      if (who && 'iso3' in who.value) out.push(mention(i, who.end, coalitionOf(who.value.iso3)));
      return;
    }
    const before = this.tokens[i - 1];
    if (!before) return;
    const lower = normal(before.text);
    for (const suffix of this.c.ledSuffix) {
      const iso3 = lower.endsWith(suffix) ? this.c.countryWords.get(lower.slice(0, -suffix.length)) : undefined;
      if (iso3) out.push(mention(i - 1, end, coalitionOf(iso3)));
    }
  }

  /** A role, its complement (country, ministry, organisation) and the name it introduces. */
  private bodyBefore(i: number, first: number, limit: number): ActorDef | null {
    if (this.lex.adjectiveAfter) return null;
    const ministry = i > first ? this.word(i - 1, limit, 'ministry') : undefined;
    if (ministry && ministry.end === i) {
      const sub: Mention[] = [];
      this.ministry(sub, i - 1, i, first, limit);
      if (sub[0]) return sub[0].actor;
    }
    for (let k = Math.max(first, i - 4); k < i; k++) {
      const named = this.word(k, limit, 'named');
      if (named && named.end === i && named.value.t === 'named' && named.value.actor.kind !== 'person') return named.value.actor;
    }
    return null;
  }

  private person(out: Mention[], i: number, end: number, found: RoleWords, first: number, limit: number): void {
    let role = found;
    let j = end;
    let domainFrom = -1;
    let iso3: string | null = null;
    let of: string | null = null;
    let domain: string | null = null;
    // en: "US Secretary of State John Kerry": the adjective before the role.
    const prev = i > 0 ? this.word(i - 1, limit, 'adjective') : undefined;
    if (prev && prev.end === i && prev.value.t === 'adjective') iso3 = prev.value.iso3;
    // en: "Russian Defence Ministry spokesman", "UN envoy": the body before the role.
    const body = this.bodyBefore(i, first, limit);
    let bodyCode: string | null = null;
    if (body) {
      of = `the ${body.name}`;
      iso3 ??= body.country;
      bodyCode = body.code;
    }
    for (let n = 0; n < 3; n++) {
      const adj = this.word(j, limit, 'adjective');
      if (adj && adj.value.t === 'adjective') {
        iso3 ??= adj.value.iso3;
        j = adj.end;
        continue;
      }
      const afterOf = this.skip(this.c.of, j, limit);
      if (afterOf === j) break;
      const sub: Mention[] = [];
      const m = this.c.words.matchAt(this.tokens, this.normals, afterOf, limit)[0];
      if (!m) break;
      if (m.value.t === 'domain') {
        // "ministre turc de la Défense": the office's field.
        domain ??= m.value.en;
        domainFrom = j;
        j = m.end;
        continue;
      }
      if (m.value.t === 'ministry') this.ministry(sub, afterOf, m.end, afterOf, limit);
      else if (!this.lex.adjectiveAfter) {
        // en: "spokesman for the Russian defence ministry".
        for (let q = afterOf + 1; q < Math.min(limit, afterOf + 4) && !sub.length; q++) {
          const noun = this.word(q, limit, 'ministry');
          if (noun) this.ministry(sub, q, noun.end, afterOf, limit);
        }
        if (sub[0] && sub[0].start !== afterOf) sub.length = 0;
      }
      const target = sub[0]?.actor ?? (m.value.t === 'named' ? m.value.actor : m.value.t === 'country' ? state(m.value.iso3) : null);
      if (!target) break;
      of = target.kind === 'state' ? target.name : `the ${target.name}`;
      iso3 ??= target.country;
      if (target.kind !== 'state') bodyCode ??= target.code;
      j = sub[0]?.end ?? m.end;
    }
    // "ministre russe des Affaires étrangères" is the office "ministre des Affaires étrangères" of Russia.
    const whole = domain ? this.c.roles.get(`${phraseKey(this.tokens.slice(i, end))} ${phraseKey(this.tokens.slice(domainFrom, j))}`) : undefined;
    if (whole) {
      role = whole;
      domain = null;
    }
    let k = this.afterComplement(j, limit);
    // "président de la Commission de l'Union africaine, X": a body named inside a complement the lexicon does not know is the one X serves.
    for (let q = j; q < k && !of; q++) {
      const named = this.word(q, limit, 'named');
      if (!named || named.end > k || named.value.t !== 'named' || named.value.actor.kind === 'person') continue;
      of = `the ${named.value.actor.name}`;
      iso3 ??= named.value.actor.country;
      bodyCode = named.value.actor.code;
    }
    const title = domain ? `${domain} ${role.en}` : role.en;
    const english = of ? `${title} of ${of}` : iso3 ? `${adjective(iso3)} ${title}` : title;
    if (k < limit && this.tokens[k].text === ',') k++;
    // A capitalised title before the name belongs to the role ("Chief Executive Bob Iger").
    for (let more = this.word(k, limit, 'role'); more; more = this.word(k, limit, 'role')) k = more.end;
    const name = this.name(k, limit);
    const key = role.key ?? (domain ? `${domain} ${role.en}`.toLowerCase().replace(/\s+/g, '_') : undefined);
    const office = key ? { key, country: iso3 } : undefined;
    // Coded as the body the person speaks for, else as the state's government or military (PETRARCH's way).
    const code = bodyCode ?? (iso3 ? `${iso3}${role.military ? 'MIL' : 'GOV'}` : null);
    const person = (from: number, to: number): ActorDef => ({ name: this.text(from, to), kind: 'person', code, country: iso3, role: english });
    const before = this.nameBefore(i, first, limit);
    const known = this.word(k, limit, 'named');
    if (known && known.end === name && known.value.t === 'named' && known.value.actor.kind === 'person') {
      // "President Volodymyr Zelenskyy": the dictionary's person, with their code.
      out.push(mention(k, name, known.value.actor, office));
    } else if (name - k >= 2 || (name > k && k === j)) {
      out.push(mention(k, name, person(k, name), office));
    } else if (before >= 0) {
      // Apposition after the name: "John Kerry, the US Secretary of State".
      out.push(mention(before, this.nameEnd(before), person(before, this.nameEnd(before)), office));
    } else if (office) {
      out.push(mention(i, j, null, office));
    }
  }

  /**
   * "le gouverneur de l'État de Borno, Babagana Zulum": a complement the lexicon does not know, up to
   * the comma before a name of two words or more; else `j` itself.
   */
  private afterComplement(j: number, limit: number): number {
    if (!this.c.of.matchAt(this.tokens, this.normals, j, limit).length) return j;
    for (let c = j + 1; c < Math.min(limit, j + COMPLEMENT_MAX_TOKENS); c++) {
      if (this.tokens[c].text !== ',') continue;
      return this.name(c + 1, limit) - (c + 1) >= 2 ? c : j;
    }
    return j;
  }

  private text(from: number, to: number): string {
    return this.tokens.slice(from, to).map((t, k) => t.text + (t.space && k < to - from - 1 ? ' ' : '')).join('');
  }

  /** The start of a name of two words or more that ends at ", (article) (adjective) role" before token `i`, or -1. */
  private nameBefore(i: number, first: number, limit: number): number {
    let b = i;
    if (b > first && this.word(b - 1, limit, 'adjective')?.end === b) b--;
    if (b > first && this.c.articles.has(normal(this.tokens[b - 1].text))) b--;
    if (b <= first || this.tokens[b - 1].text !== ',') return -1;
    const end = b - 1;
    let s = end;
    while (s > first && end - s < 4 && /^\p{Lu}\p{Ll}/u.test(this.tokens[s - 1].text)) s--;
    // "In Syria, the envoy…", "Selon Jean Dupont, analyste…": a capitalised preposition opening the sentence starts no name.
    if (this.c.inCountry.has(normal(this.tokens[s].text)) || this.c.agentBefore.matchAt(this.tokens, this.normals, s, end).some((m) => m.end === s + 1)) s++;
    return end - s >= 2 && this.name(s, end) === end ? s : -1;
  }

  private nameEnd(start: number): number {
    let e = start;
    while (this.tokens[e].text !== ',') e++;
    return e;
  }

  /** The end of a capitalised name starting at `i` ("John Kerry", "Bachar Al-Assad", "Abu Bakr al-Baghdadi"). */
  name(i: number, limit: number): number {
    if (i < limit && this.notNames.has(normal(this.tokens[i].text))) return i;
    let j = i;
    while (j < limit) {
      const t = this.tokens[j].text;
      if (/^\p{Lu}\p{Ll}/u.test(t) || /^\p{Lu}\.?$/u.test(t)) j++;
      else if (j > i && this.c.particles.has(normal(t)) && j + 1 < limit && /^\p{Lu}/u.test(this.tokens[j + 1].text)) j++;
      // "Ahmed al-Mismari", "Abdel Fattah el-Sissi": a particle joined to the surname by a hyphen.
      else if (j > i && /^\p{Ll}+-\p{Lu}/u.test(t) && this.c.particles.has(normal(t.slice(0, t.indexOf('-'))))) j++;
      else break;
      if (j - i >= 4) break;
    }
    return j;
  }
}

function coalitionOf(iso3: string): ActorDef {
  return { name: `${adjective(iso3)}-led coalition`, kind: 'coalition', code: null, country: iso3 };
}

/** A person named in full is also every later mention of the full name or the surname alone. */
function addSurnames(kept: Mention[], tokens: readonly Token[], c: Compiled): void {
  const people = kept.filter((m) => m.actor?.kind === 'person' && m.end - m.start >= 2);
  const surnames = new Map(people.map((m) => [tokens[m.end - 1].text, m]));
  // No closure over `i` in this loop: it would cost a context object per token.
  for (let i = 0; i < tokens.length; i++) {
    const person = surnames.get(tokens[i].text);
    if (!person || covers(kept, i) || c.countryWords.has(normal(tokens[i].text))) continue;
    const n = person.end - person.start;
    const full = i - n + 1 >= 0 && sameWords(tokens, person.start, i - n + 1, n);
    const start = full && !covers(kept, i - n + 1) ? i - n + 1 : i;
    kept.push(mention(start, i + 1, person.actor, person.office));
  }
  kept.sort((a, b) => a.start - b.start);
}

/** 1 at each token that lies in one of the mentions. */
function coverOf(mentions: readonly Mention[], tokenCount: number): Uint8Array {
  const covered = new Uint8Array(tokenCount);
  for (const m of mentions) covered.fill(1, m.start, m.end);
  return covered;
}

/** Whether token i lies in one of the mentions. */
function coverage(mentions: readonly Mention[], tokenCount: number): (i: number) => boolean {
  const covered = coverOf(mentions, tokenCount);
  return (i) => covered[i] === 1;
}

/** Whether a mention covers token `i`. */
function covers(mentions: readonly Mention[], i: number): boolean {
  for (const m of mentions) if (m.start <= i && i < m.end) return true;
  return false;
}

/** Whether the `n` tokens from `a` and from `b` have the same texts. */
function sameWords(tokens: readonly Token[], a: number, b: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (tokens[a + k].text !== tokens[b + k].text) return false;
  return true;
}

/** The mentions that share no token with any of `kept`, in one pass over each (mentions span whole tokens). */
function uncovered(mentions: Mention[], kept: readonly Mention[], tokenCount: number): Mention[] {
  const covered = coverOf(kept, tokenCount);
  return mentions.filter((m) => covered.subarray(m.start, m.end).indexOf(1) < 0);
}

/** A role without a name ("le chef de la diplomatie américaine"): the person holding that office in the article. */
function holders(offices: Mention[], mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const o of offices) {
    if (o.generic || !o.office) continue;
    // Only an office with its country ("le chef de la diplomatie américaine"): a bare "president" may be anyone's.
    if (!o.office.country) continue;
    const holder = mentions.find((k) => k.actor && k.office?.key === o.office!.key && k.office.country === o.office!.country);
    // Unnamed ("le président libanais a plaidé…"), the office speaks for its state.
    const { key, country } = o.office;
    out.push({ ...o, actor: holder?.actor ?? { name: `${adjective(country)} ${key.replace(/_/g, ' ')}`, kind: 'government', code: `${country}${MILITARY_OFFICES.has(key) ? 'MIL' : 'GOV'}`, country } });
  }
  return out;
}

function resolveGenerics(generics: Mention[], kept: Mention[], focus: string | null, sectionOf: (token: number) => string | null, tokens: readonly Token[], c: Compiled): Mention[] {
  const jihadist = mostMentioned(kept.filter((m) => m.actor?.jihadist));
  // "the rebels", "les paramilitaires": the (non-jihadist) armed group the article names most; rebels only of the country in focus.
  const groups = kept.filter((m) => m.actor?.kind === 'armed_group' && !m.actor.jihadist && m.actor.code !== null);
  const namedRebels = mostMentioned(groups.filter((m) => !focus || m.actor!.country === focus));
  const militia = mostMentioned(groups);
  const out: Mention[] = [];
  const sorted = [...generics].sort((a, b) => b.end - b.start - (a.end - a.start));
  const taken: Mention[] = [];
  for (const g of sorted) {
    if (taken.some((t) => overlaps(t, g))) continue;
    taken.push(g);
    if (!g.generic) continue;
    // "les rebelles du groupe armé État islamique": the group named right after.
    const link = c.groupLinks.matchAt(tokens, normalsOf(tokens), g.end)[0]?.end ?? g.end;
    // …or right before it: "M23 rebels", "Houthi fighters".
    const named = kept.find((k) => (k.start === link || k.end === g.start) && k.actor && k.actor.kind === 'armed_group');
    if (named && (g.generic === 'rebels' || g.generic === 'jihadists' || g.generic === 'gangs')) {
      out.push({ ...g, actor: named.actor });
      continue;
    }
    const before = kept.filter((k) => k.end <= g.start && k.actor);
    switch (g.generic) {
      case 'rebels':
        out.push({ ...g, actor: namedRebels ?? rebels(focus) });
        break;
      case 'militia':
        if (militia) out.push({ ...g, actor: militia });
        break;
      case 'ngo':
      case 'igo': {
        // "the monitor said", "selon l'agence onusienne": the body of that kind named last before.
        const last = before.reverse().find((k) => k.actor!.kind === g.generic);
        if (last) out.push({ ...g, actor: last.actor });
        break;
      }
      case 'opposition':
        // The political opposition of the country in focus (CAMEO OPP), not its armed rebels.
        if (focus) out.push({ ...g, actor: { name: `${adjective(focus)} opposition`, kind: 'group', code: `${focus}OPP`, country: focus } });
        break;
      case 'jihadists':
        out.push({ ...g, actor: jihadist ?? { name: GENERIC_NAMES.jihadists, kind: 'armed_group', code: null, country: null } });
        break;
      // Criminal armed groups (CAMEO CRM) and demonstrators (civilians, CVL) of the country in focus.
      case 'gangs':
        out.push({ ...g, actor: focus ? { name: `${adjective(focus)} gangs`, kind: 'armed_group', code: `${focus}CRM`, country: focus } : { name: GENERIC_NAMES.gangs, kind: 'armed_group', code: null, country: null } });
        break;
      case 'attackers': {
        // "les assaillants", "the attackers": the armed group named last before, by name or as a group ("les gangs").
        const last = [...before, ...out.filter((k) => k.end <= g.start)].filter((k) => k.actor!.kind === 'armed_group').sort((a, b) => a.end - b.end).at(-1);
        if (last) out.push({ ...g, actor: last.actor });
        break;
      }
      case 'protesters':
        out.push({ ...g, actor: focus ? { name: `${adjective(focus)} protesters`, kind: 'group', code: `${focus}CVL`, country: focus } : { name: GENERIC_NAMES.protesters, kind: 'group', code: null, country: null } });
        break;
      case 'government':
      case 'military':
      case 'police': {
        const state = sectionOf(g.start) ?? focus;
        if (state) out.push({ ...g, actor: g.generic === 'government' ? government(state) : g.generic === 'police' ? police(state) : military(state) });
        break;
      }
      case 'ministry': {
        const last = before.reverse().find((k) => k.actor!.name.includes('Ministry'));
        if (last) out.push({ ...g, actor: last.actor });
        break;
      }
      case 'coalition': {
        const last = before.reverse().find((k) => k.actor!.kind === 'coalition');
        if (last) out.push({ ...g, actor: last.actor });
        break;
      }
      default:
        break;
    }
  }
  return out;
}

function mostMentioned(mentions: Mention[]): ActorDef | null {
  const counts = new Map<string, { actor: ActorDef; n: number }>();
  for (const m of mentions) {
    const e = counts.get(m.actor!.name) ?? { actor: m.actor!, n: 0 };
    e.n++;
    counts.set(m.actor!.name, e);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.actor ?? null;
}

/** One entity per canonical actor (name and code), ids in order of first mention; token indices become offsets. */
function merge(mentions: Mention[], text: string, tokens: readonly Token[]): Entity[] {
  const byKey = new Map<string, Entity>();
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  // "President Trump" and "Donald Trump" are one person: a one-word name joins the full name ending with it.
  const full = new Map<string, ActorDef>();
  for (const m of sorted) if (m.actor!.kind === 'person' && m.actor!.name.includes(' ')) full.set(m.actor!.name.split(' ').pop()!, m.actor!);
  for (const m of sorted) {
    const actor = m.actor!.kind === 'person' && !m.actor!.name.includes(' ') ? (full.get(m.actor!.name) ?? m.actor!) : m.actor!;
    const start = tokens[m.start].start;
    const end = tokens[m.end - 1].end;
    const name = actor.name;
    const key = `${name}|${actor.code ?? ''}`;
    let e = byKey.get(key);
    if (!e) {
      e = { id: '', name, kind: actor.kind, code: actor.code, country: actor.country, role: actor.role ?? null, mentions: [] };
      byKey.set(key, e);
    }
    if (!e.role && actor.role) e.role = actor.role;
    if (!e.country && actor.country) e.country = actor.country;
    e.mentions.push({ start, end, text: text.slice(start, end) });
  }
  return [...byKey.values()].map((e, i) => ({ ...e, id: `e${i + 1}` }));
}
