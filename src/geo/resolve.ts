// Toponym resolution with context: each name's candidates are scored on feature class (a country
// name never lands on a village), language-tagged and main names, population (a tie-breaker),
// then re-scored against the other names of the document: its focus countries and admin-1
// regions, proximity to the other places, and an explicit qualifier ("Springfield, Illinois").
// A name's candidates are computed once per gazetteer and kept; a document's repeated names are
// scored once each, and nearness is looked up in a grid, so long articles stay linear.
import { perGazetteer, type Gazetteer } from './gazetteer.js';
import { NAME_MAIN, NAME_TAGGED } from './index-file.js';
import type { PlaceAlias } from './recognize.js';
import { PointGrid } from './grid.js';
import { LANDMARK_FEATURES } from './regions.js';
import { mapped } from '../core/arrays.js';

export interface ResolveItem {
  readonly key: string;
  readonly alias: PlaceAlias | null;
  /** Index in the same list of the item that qualifies this one ("…, Illinois"). */
  readonly qualifier: number | null;
  /** Index in the same list of a name listed with this one ("California or Washington"): names listed together are of one kind. */
  readonly peer: number | null;
  /**
   * The name is a site's ("Al-Shifa Hospital", "University of Sydney"): `key` is then the place it
   * contains, if any, and a site the gazetteer lacks is placed at a town the text names.
   */
  readonly site: boolean;
  /** Where the name starts in the text: a site is placed at the town named nearest to it. */
  readonly at: number;
  /** The name is made of part words ("West Coast", "Western"): it resolves only in a country the text's other names are in. */
  readonly relative: boolean;
}

export type Resolution =
  | { readonly index: number; readonly reason?: undefined; readonly approximate?: string }
  | { readonly index: null; readonly reason: string; readonly approximate?: undefined };

/** One entry a name can denote, with what scoring reads of it, gathered once. */
interface Candidate {
  readonly index: number;
  /** Score before context: feature class, name kind, population. */
  readonly base: number;
  readonly country: string;
  /** "CC.admin1". */
  readonly region: string;
  readonly feature: string;
  readonly isCountry: boolean;
  /** A town or a district, whose point says where it is (a region's or a country's centre says little). */
  readonly local: boolean;
  readonly lat: number;
  readonly lon: number;
  /** A first-level region whose same-named town is also a candidate ("Kidal"): that town's position. */
  readonly seat: readonly [number, number] | null;
  /** A lesser namesake of a world city in another country ("London", Ohio): that city's country. */
  readonly shadow: string | null;
  /** A county named by its own name ("Pike County", "Kent"): known within its state, and named among that state's places. */
  readonly county: boolean;
}

const FEATURE_SCORE: Readonly<Record<string, number>> = {
  CONT: 8, RGN: 7, PCLI: 9, PCLD: 7.5, ADM1: 6.5, ADM2: 2.5, PPLC: 5, PPLA: 4, PPLG: 3, PPLA2: 3, PPLA3: 2, PPLA4: 1.6, PPLA5: 1.4, PPL: 1.2, PPLS: 1, PPLL: 0.8, PPLX: 0.6,
  // A sea's name beats a peopled region named after it ("Red Sea", Sudan's state) unless the article is about that country.
  OCN: 12, SEA: 12, GULF: 12, STRT: 12, CHN: 12, CNL: 12, STM: 10, LK: 10,
  // An airport outranks the hamlets that share its name ("Heathrow", Florida).
  AIRP: 6,
  // A landmark set by hand outranks the towns that share its name ("White House", Tennessee; Casablanca's old name).
  ...Object.fromEntries(LANDMARK_FEATURES.map((f) => [f, 8])),
};
const W_POPULATION = 0.55;
const W_MAIN = 0.7;
const W_TAGGED = 1.2;
const W_COUNTRY_FOCUS = 6;
const W_ADMIN1_FOCUS = 4;
/** A county named as such is known within its state: that state's votes count this many times for it. */
const W_COUNTY_ADMIN1 = 2;
const W_QUALIFIER = 15;
/** A nation's capital, or a town this populous: what its name means far beyond its country. */
const WORLD_CITY = 1_000_000;
const NEAR_KM = 200;
const W_NEAR = 3;
/** Other names near a candidate for the full W_NEAR: one stray neighbour is weaker evidence than several. */
const NEAR_NAMES = 2;
const CONTEXT_ROUNDS = 2;
/**
 * A region named after its town, read as the region: several of its other places lie farther than
 * SEAT_KM from that town, or it is named among other regions. Conflict news names a town and its
 * region alike ("Kidal") and means the town, so one or two places around it are not enough.
 */
const W_SPREAD = 4;
const SEAT_KM = 60;
const SPREAD_TOWNS = 3;
const SPREAD_PEERS = 2;
/** Per other name with a candidate close by (full within CLOSE_KM, fading to nothing at SUPPORT_KM): "Huntsville" with "Walker County". */
const W_SUPPORT = 1.5;
/** A reading of the same kind as the one its list mate has (states with a state, towns with a town): one name's support. */
const W_PEER = W_SUPPORT;
const CLOSE_KM = 30;
const SUPPORT_KM = 100;
/** At most two names' worth: a county seat named among its neighbours still yields to a capital ("Washington"). */
const MAX_SUPPORT = 2;
/** A name with more candidates than this says too little of where the article is to lend support. */
const MAX_SUPPORTERS = 60;
/** Share of a region's people (summed over its towns) from which its same-named town is what the name means. */
const TOWN_SHARE = 0.2;

export const UNKNOWN_NAME = 'not in the gazetteer';
export const SITE_IN_PLACE = 'a site the gazetteer lacks, placed at the place its name contains';
export const SITE_AT_TOWN = 'a site the gazetteer lacks, placed at the town the text names nearest to it';
export const SITE_UNPLACED = 'a site the gazetteer lacks, in no town the text names';
export const PART_ELSEWHERE = 'a name made of part words ("West Coast") whose region of that name lies in no country the text names';
/** A town a site's name contains is where the site is when it is this well known, or the text's other places lie near it. */
const KNOWN_TOWN = 100_000;

export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(a)));
}

interface CandidateCache {
  readonly byKey: Map<string, readonly Candidate[]>;
  readonly byAlias: WeakMap<PlaceAlias, readonly Candidate[]>;
}
const cacheOf = perGazetteer((): CandidateCache => ({ byKey: new Map(), byAlias: new WeakMap() }));
/** A long-running process meets endless names: the cache starts over past this many. */
const CACHE_SIZE = 100_000;

function candidatesOf(g: Gazetteer, item: ResolveItem): readonly Candidate[] {
  const cache = cacheOf(g);
  const a = item.alias;
  if (a && (a.geonameid !== undefined || a.sameAs)) {
    let cs = cache.byAlias.get(a);
    if (!cs) cache.byAlias.set(a, (cs = computeCandidates(g, item)));
    return cs;
  }
  let cs = cache.byKey.get(item.key);
  if (!cs) {
    if (cache.byKey.size >= CACHE_SIZE) cache.byKey.clear();
    cache.byKey.set(item.key, (cs = computeCandidates(g, item)));
  }
  return cs;
}

/** The candidates of a name, best base score first (ties keep the gazetteer's order). */
function computeCandidates(g: Gazetteer, item: ResolveItem): Candidate[] {
  const a = item.alias;
  let scored: { index: number; base: number; flags: number }[];
  if (a?.geonameid !== undefined) {
    const index = g.geonameIndex(a.geonameid);
    scored = index === undefined ? [] : [{ index, base: 0, flags: 0 }];
  } else {
    const hits = a?.sameAs ? g.lookup(a.sameAs).filter((h) => (!a.country || g.countryOf(h.index) === a.country) && (!a.feature || g.feature(h.index) === a.feature)) : g.lookupKey(item.key);
    scored = mapped(hits, (h) => {
      const feature = g.feature(h.index);
      // A county's people count when it is named as such ("DeKalb County", "Kent"); its bare name
      // ("DeKalb") more often means its town.
      const people = feature === 'ADM2' && !(h.flags & NAME_MAIN) ? 0 : g.population(h.index);
      let base = (FEATURE_SCORE[feature] ?? 0.5) + W_POPULATION * Math.log10(people + 1);
      if (h.flags & NAME_MAIN) base += W_MAIN;
      if (h.flags & NAME_TAGGED) base += W_TAGGED;
      return { index: h.index, base, flags: h.flags };
    });
  }
  const towns = scored.filter((c) => g.feature(c.index).startsWith('PPL'));
  const worlds = towns.filter((c) => c.flags & (NAME_MAIN | NAME_TAGGED) && (g.feature(c.index) === 'PPLC' || g.population(c.index) >= WORLD_CITY));
  const out = mapped(scored, (c): Candidate => {
    const feature = g.feature(c.index);
    const country = g.countryOf(c.index);
    const admin1 = g.admin1Of(c.index);
    const [lat, lon] = g.position(c.index);
    let base = c.base;
    let seat: [number, number] | null = null;
    if (feature === 'ADM1') {
      // A region named after the nation's capital ("Washington"), or after a town of its own that
      // holds a good share of its people ("New York", "Alep", "Hama"; not "Quebec"), or a region
      // smaller than a town of its name abroad ("Manchester", Jamaica), is the town unless context
      // says otherwise.
      const people = g.population(c.index);
      const capital = scored.find((o) => {
        const f = g.feature(o.index);
        if (!f.startsWith('PPL')) return false;
        if (g.countryOf(o.index) !== country) return people > 0 && (o.flags & (NAME_MAIN | NAME_TAGGED)) !== 0 && g.population(o.index) >= people;
        return f === 'PPLC' || (g.admin1Of(o.index) === admin1 && g.population(o.index) >= TOWN_SHARE * people);
      });
      if (capital) base = Math.min(base, capital.base - 0.5);
      const town = towns.find((o) => g.countryOf(o.index) === country && g.admin1Of(o.index) === admin1);
      if (town) seat = g.position(town.index);
    }
    const world = worlds.includes(c) ? undefined : worlds.find((w) => w.base > base && g.countryOf(w.index) !== country);
    const shadow = world ? g.countryOf(world.index) : null;
    // A county named after its town ("Manchester", "Gaza") is not one "named as such".
    const county = feature === 'ADM2' && (c.flags & NAME_MAIN) !== 0 && !towns.some((o) => g.countryOf(o.index) === country && g.admin1Of(o.index) === admin1);
    return { index: c.index, base, county, country, region: `${country}.${admin1}`, feature, isCountry: feature.startsWith('PCL'), local: feature.startsWith('PPL') || feature === 'ADM2', lat, lon, seat, shadow };
  });
  return out.sort((x, y) => y.base - x.base);
}

/** Resolves each item to a gazetteer entry, or leaves it unresolved with a reason; one failure never affects the others. */
export function resolveNames(g: Gazetteer, items: readonly ResolveItem[]): Resolution[] {
  const cands = mapped(items, (item) => candidatesOf(g, item));
  const supported = support(cands);
  // First choices: each name alone, backed by the names around it; then the document votes.
  let picks = mapped(cands, (cs) => bestAlone(cs, supported));
  // Twice: the second round votes with the first round's context-aware choices. A round is a
  // function of the picks it starts from: one that changes none (always so when no name has two
  // readings) would be repeated identically, so the rounds stop there.
  const rounds = cands.some((cs) => cs.length > 1) ? CONTEXT_ROUNDS : 0;
  for (let round = 0; round < rounds; round++) {
    const next = contextPass(items, cands, picks, supported);
    const moved = next.some((c, i) => c !== picks[i]);
    picks = next;
    if (!moved) break;
  }
  picks = oneSense(items, cands, picks);
  const countries = new Set(picks.filter((c, i) => c && !items[i]!.relative && !items[i]!.site).map((c) => c!.country));
  return mapped(picks, (c, i) => {
    if (items[i]!.site) return placeSite(g, items, picks, i);
    if (c && items[i]!.relative && !countries.has(c.country)) return { index: null, reason: PART_ELSEWHERE };
    return c ? { index: c.index } : { index: null, reason: UNKNOWN_NAME };
  });
}

/**
 * What a name read once in full says of its other mentions: a name its qualifier placed ("Springfield,
 * Ohio") is that place where it stands bare, and the qualifier is the region that holds it ("Tacoma,
 * Washington"); a county the text names in full ("Suffolk County") is what its bare name means there,
 * unless a town of that name lies in it.
 */
function oneSense(items: readonly ResolveItem[], cands: readonly (readonly Candidate[])[], picks: (Candidate | null)[]): (Candidate | null)[] {
  const placed = new Map<readonly Candidate[], Candidate>();
  const holders = new Map<number, Candidate>();
  const qualified = new Set<number>();
  picks.forEach((c, i) => {
    const q = items[i]!.qualifier;
    const holder = c && q !== null ? cands[q]!.find((qc) => qualifies(qc, c)) : undefined;
    if (holder) {
      placed.set(cands[i]!, c!);
      holders.set(q!, holder);
      qualified.add(i);
    }
  });
  // Bare: no qualifier, or a next name that is none ("Nashville, Toronto, Denver").
  if (placed.size) picks = mapped(picks, (c, i) => holders.get(i) ?? ((!qualified.has(i) && placed.get(cands[i]!)) || c));
  const counties = new Set<number>();
  for (const c of picks) if (c?.feature === 'ADM2') counties.add(c.index);
  if (!counties.size) return picks;
  // Per candidate list (a name's mentions share one): the county it means, or null.
  const meant = new Map<readonly Candidate[], Candidate | null>();
  return mapped(picks, (c, i) => {
    if (!c || c.feature === 'ADM2') return c;
    const cs = cands[i]!;
    let county = meant.get(cs);
    if (county === undefined) {
      county = cs.find((o) => counties.has(o.index)) ?? null;
      if (county && cs.some((o) => o.feature.startsWith('PPL') && o.region === county!.region && distanceKm(o.lat, o.lon, county!.lat, county!.lon) <= SEAT_KM)) county = null;
      meant.set(cs, county);
    }
    return county ?? c;
  });
}

/**
 * Where a site is: the town its name contains when that town is well known or near the text's other
 * places ("Windsor Castle"; "Cornell University" is a person's), or the region it contains ("University
 * of California"), else the town the text names nearest to it, approximately; a site in no town named
 * stays unresolved.
 */
function placeSite(g: Gazetteer, items: readonly ResolveItem[], picks: readonly (Candidate | null)[], i: number): Resolution {
  const own = picks[i];
  const isTown = (j: number) => j !== i && !!picks[j]?.local && !items[j]!.site;
  if (own && (!own.local || g.population(own.index) >= KNOWN_TOWN || picks.some((p, j) => isTown(j) && p!.index !== own.index && distanceKm(own.lat, own.lon, p!.lat, p!.lon) <= NEAR_KM))) {
    return { index: own.index, approximate: SITE_IN_PLACE };
  }
  const at = items[i]!.at;
  let town = -1;
  for (let j = 0; j < items.length; j++) {
    if (isTown(j) && (town < 0 || Math.abs(items[j]!.at - at) < Math.abs(items[town]!.at - at))) town = j;
  }
  return town >= 0 ? { index: picks[town]!.index, approximate: SITE_AT_TOWN } : { index: null, reason: SITE_UNPLACED };
}

/** The first best candidate by its base score and the support of the names around it: the first of all when none has support (best base first). */
function bestAlone(cs: readonly Candidate[], supported: ReadonlyMap<Candidate, number>): Candidate | null {
  if (!supported.size) return cs[0] ?? null;
  let top: Candidate | null = null;
  let topScore = -Infinity;
  for (let k = 0; k < cs.length; k++) {
    const c = cs[k]!;
    const score = c.base + W_SUPPORT * (supported.get(c) ?? 0);
    if (!top || score > topScore) {
      top = c;
      topScore = score;
    }
  }
  return top;
}

/**
 * How much the document's other names back each local candidate: for each other name, how close its
 * nearest candidate lies, whichever of them that name turns out to be. Two small towns named
 * together are most likely the two that lie near each other.
 */
function support(cands: readonly (readonly Candidate[])[]): Map<Candidate, number> {
  const out = new Map<Candidate, number>();
  const names = [...new Set(cands)];
  // Only a name whose best reading is local takes support (below): with none, there is nothing to measure.
  if (names.length < 2 || !names.some((cs) => cs.length > 1 && cs[0]!.local)) return out;
  const grid = new PointGrid<number>();
  names.forEach((cs, id) => {
    if (cs.length > MAX_SUPPORTERS) return;
    for (let k = 0; k < cs.length; k++) if (cs[k]!.local) grid.add(cs[k]!.lat, cs[k]!.lon, id);
  });
  // Per other name, the weight of its closest candidate to the one looked at, and the names met in
  // the order first met (the sum adds them in that order): arrays by name id, reset after each.
  const closest: number[] = new Array<number>(names.length).fill(0);
  const met: number[] = [];
  let metCount = 0;
  let self = -1;
  const visit = (other: number, km: number) => {
    const w = km <= CLOSE_KM ? 1 : (SUPPORT_KM - km) / (SUPPORT_KM - CLOSE_KM);
    if (other !== self && w > closest[other]!) {
      if (closest[other] === 0) met[metCount++] = other;
      closest[other] = w;
    }
    return false;
  };
  names.forEach((cs, id) => {
    // A name that most plainly means a country or a region ("Mexico") is not outvoted by towns of that name.
    if (cs.length <= 1 || !cs[0]!.local) return;
    self = id;
    for (let j = 0; j < cs.length; j++) {
      const c = cs[j]!;
      if (!c.local) continue;
      grid.some(c.lat, c.lon, SUPPORT_KM, visit);
      let sum = 0;
      for (let k = 0; k < metCount; k++) {
        sum += closest[met[k]!]!;
        closest[met[k]!] = 0;
      }
      metCount = 0;
      if (sum) out.set(c, Math.min(MAX_SUPPORT, sum));
    }
  });
  return out;
}

/**
 * Whether the other names read a seat region `c` as the region: several of those picked inside it
 * lie away from its town and fewer near it, or it is named among its peers ("Texas, Missouri and New York").
 */
function spreadOver(votes: ReadonlyMap<string, { pick: Candidate; key: string }>, c: Candidate, key: string): boolean {
  const seat = c.seat!;
  const peers = new Set<number>();
  const away = new Set<number>();
  const near = new Set<number>();
  // forEach, not an iterator: no result object per vote while this code is cold.
  votes.forEach(({ pick, key: other }) => {
    if (other === key || pick.isCountry || pick.country !== c.country) return;
    if (pick.feature === 'ADM1') peers.add(pick.index);
    else if (pick.region === c.region) (distanceKm(seat[0], seat[1], pick.lat, pick.lon) > SEAT_KM ? away : near).add(pick.index);
  });
  return peers.size + away.size > near.size && (peers.size >= SPREAD_PEERS || away.size >= SPREAD_TOWNS);
}

/** What kind of place a reading is, as a list keeps its names to one: a country, a first-level region, a town or district, or its feature (a sea, a continent). */
function kindOf(c: Candidate): string {
  return c.isCountry ? 'PCL' : c.local ? 'PPL' : c.feature;
}

/** Whether a qualifier's candidate `qc` ("…, Illinois", "…, France") contains `c`, or is `c` itself ("Washington, D.C."). */
function qualifies(qc: Candidate, c: Candidate): boolean {
  return qc.index === c.index || (qc.country === c.country && (qc.isCountry || (qc.feature === 'ADM1' && qc.region === c.region)));
}

const NONE: readonly Candidate[] = [];

/** A name's pick for one candidate list and qualifier, and the other lists scored under that name. */
interface Scored {
  readonly cs: readonly Candidate[];
  readonly q: readonly Candidate[];
  readonly pick: Candidate | null;
  readonly next: Scored | undefined;
}

function contextPass(
  items: readonly ResolveItem[],
  cands: readonly (readonly Candidate[])[],
  first: readonly (Candidate | null)[],
  supported: ReadonlyMap<Candidate, number>,
): (Candidate | null)[] {
  // The document's focus: where its names most plainly are, one vote per distinct name. A name's
  // vote moves as soon as its pick does, so that two names never keep swapping on each other's
  // previous choice ("Richmond" and "Madison County" both in Kentucky, or both in Virginia).
  const nameOf = (i: number) => items[i]!.alias?.name ?? items[i]!.key;
  const votes = new Map<string, { pick: Candidate; key: string }>();
  const countryVotes = new Map<string, number>();
  const admin1Votes = new Map<string, number>();
  // What "near the other places" measures against: the voters that are not whole countries (a
  // point stays in the grid after its name moves on; only the name's current pick counts).
  const anchors = new PointGrid<Candidate>();
  const picked = new Map<Candidate, number>();
  const count = (pick: Candidate, by: number) => {
    picked.set(pick, (picked.get(pick) ?? 0) + by);
    countryVotes.set(pick.country, (countryVotes.get(pick.country) ?? 0) + by);
    if (!pick.isCountry) admin1Votes.set(pick.region, (admin1Votes.get(pick.region) ?? 0) + by);
  };
  const vote = (name: string, key: string, pick: Candidate) => {
    const before = votes.get(name);
    if (before?.pick === pick) return false;
    if (before) count(before.pick, -1);
    votes.set(name, { pick, key });
    count(pick, 1);
    if (!pick.isCountry) anchors.add(pick.lat, pick.lon, pick);
    return true;
  };
  first.forEach((c, i) => c && vote(nameOf(i), items[i]!.key, c));
  // Mentions of one name with one qualifier score alike while no vote moves: once each, until one does.
  const done = new Map<string, Scored>();
  // The current name's pick, the candidate looked at, and the distinct anchors near it, up to
  // NEAR_NAMES (a point may be in the grid twice); one visitor for the whole pass. A first-level
  // region is no neighbour of its own towns: its votes count for them already.
  let self: Candidate | null = null;
  let looked: Candidate | null = null;
  const nearBy: Candidate[] = [];
  let near = 0;
  const visitNear = (a: Candidate) => {
    if (!(picked.get(a)! > (a === self ? 1 : 0))) return false;
    if (a.feature === 'ADM1' && a.region === looked!.region) return false;
    for (let k = 0; k < near; k++) if (nearBy[k] === a) return false;
    nearBy[near++] = a;
    return near >= NEAR_NAMES;
  };
  return mapped(items, (item, i) => {
    const cs = cands[i]!;
    if (cs.length <= 1) return cs[0] ?? null;
    const name = nameOf(i);
    self = votes.get(name)?.pick ?? null;
    const qualifier = item.qualifier !== null ? cands[item.qualifier] : undefined;
    const q = qualifier?.length ? qualifier : NONE;
    let known = done.get(name);
    while (known && (known.cs !== cs || known.q !== q)) known = known.next;
    if (known) return known.pick;
    const total = votes.size - (self ? 1 : 0);
    let pick: Candidate | null = null;
    let top = -Infinity;
    // Indexed loops: this one runs for every candidate of every name, cold at first (an interpreted for…of makes an iterator each time).
    for (let j = 0; j < cs.length; j++) {
      const c = cs[j]!;
      const backed = supported.get(c) ?? 0;
      let s = c.base + W_SUPPORT * backed;
      let own = backed > 0;
      let qualified = false;
      for (let k = 0; k < q.length; k++) {
        if (qualifies(q[k]!, c)) {
          s += W_QUALIFIER;
          own = qualified = true;
          break;
        }
      }
      // Names listed together are of one kind: "California or Washington" are states, not a state and a capital.
      const mate = item.peer !== null ? first[item.peer] : null;
      if (mate && kindOf(mate) === kindOf(c)) s += W_PEER;
      if (total) {
        const focus = (W_COUNTRY_FOCUS * ((countryVotes.get(c.country) ?? 0) - (self?.country === c.country ? 1 : 0))) / total;
        const votesA1 = (admin1Votes.get(c.region) ?? 0) - (self && !self.isCountry && self.region === c.region ? 1 : 0);
        if (votesA1 > 0 && !c.isCountry) {
          s += ((c.county ? W_COUNTY_ADMIN1 : 1) * W_ADMIN1_FOCUS * votesA1) / total;
          own = true;
        }
        // A region's centroid says little of where its towns lie: a region named after its seat
        // ("Kidal") gains nothing from being near the other places; the seat may. Looked up only
        // when the bonus could still make this candidate the best.
        if (!c.seat && s + focus + W_NEAR > top) {
          near = 0;
          looked = c;
          anchors.some(c.lat, c.lon, NEAR_KM, visitNear);
          s += (W_NEAR * near) / NEAR_NAMES;
          if (near) own = true;
        }
        // A town that shares its name with a world city abroad ("London", Ohio) takes the article's
        // country for evidence only beside evidence of its own: its region, neighbours or a qualifier.
        if (!c.shadow || own) s += focus;
        // The region rather than its town when the article's other places in it lie mostly away
        // from that town ("New York" among upstate towns, not among the boroughs), or are regions.
        // 0 added rather than the addition skipped: one seldom taken is code the optimizer never saw run, and the first met discards this loop's optimized code.
        if (c.seat) s += spreadOver(votes, c, item.key) ? W_SPREAD : 0;
      }
      // Its world city's country named too ("Moscow and Washington" beside "the U.S."): the name is
      // that city's whatever the namesake's neighbours say, unless a qualifier says otherwise.
      if (c.shadow && !qualified && (countryVotes.get(c.shadow) ?? 0) > (self?.country === c.shadow ? 1 : 0)) s = c.base;
      if (s > top) {
        pick = c;
        top = s;
      }
    }
    if (pick && vote(name, item.key, pick)) done.clear();
    else done.set(name, { cs, q, pick, next: done.get(name) });
    return pick;
  });
}
