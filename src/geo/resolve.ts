// Toponym resolution with context: each name's candidates are scored on feature class (a country
// name never lands on a village), language-tagged and main names, population (a tie-breaker),
// then re-scored against the other names of the document: its focus countries and admin-1
// regions, proximity to the other places, and an explicit qualifier ("Springfield, Illinois").
import type { Gazetteer } from './gazetteer.js';
import { NAME_MAIN, NAME_TAGGED } from './index-file.js';
import type { PlaceAlias } from './recognize.js';

export interface ResolveItem {
  readonly key: string;
  readonly alias: PlaceAlias | null;
  /** Index in the same list of the item that qualifies this one ("…, Illinois"). */
  readonly qualifier: number | null;
}

export type Resolution = { readonly index: number; readonly reason?: undefined } | { readonly index: null; readonly reason: string };

interface Candidate {
  readonly index: number;
  readonly base: number;
}

const FEATURE_SCORE: Readonly<Record<string, number>> = {
  CONT: 8, RGN: 7, PCLI: 9, PCLD: 7.5, ADM1: 6.5, ADM2: 2.5, PPLC: 5, PPLA: 4, PPLG: 3, PPLA2: 3, PPLA3: 2, PPLA4: 1.6, PPLA5: 1.4, PPL: 1.2, PPLS: 1, PPLL: 0.8, PPLX: 0.6,
};
const W_POPULATION = 0.55;
const W_MAIN = 0.7;
const W_TAGGED = 1.2;
const W_COUNTRY_FOCUS = 6;
const W_ADMIN1_FOCUS = 4;
const W_QUALIFIER = 15;
const NEAR_KM = 150;
const W_NEAR = 3;

export const UNKNOWN_NAME = 'not in the gazetteer';

export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Equirectangular distance: cheap, and close enough for a 150 km neighbourhood. */
function roughKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const x = (lon2 - lon1) * Math.cos(((lat1 + lat2) * Math.PI) / 360);
  return 111.2 * Math.sqrt(x * x + (lat2 - lat1) ** 2);
}

function candidates(g: Gazetteer, item: ResolveItem): Candidate[] {
  const a = item.alias;
  if (a?.geonameid !== undefined) {
    const index = g.geonameIndex(a.geonameid);
    return index === undefined ? [] : [{ index, base: 0 }];
  }
  const hits = a?.sameAs ? g.lookup(a.sameAs).filter((h) => (!a.country || g.countryOf(h.index) === a.country) && (!a.feature || g.feature(h.index) === a.feature)) : g.lookupKey(item.key);
  const out = hits.map((h) => {
    const f = g.feature(h.index);
    let base = (FEATURE_SCORE[f] ?? 0.5) + W_POPULATION * Math.log10(g.population(h.index) + 1);
    if (h.flags & NAME_MAIN) base += W_MAIN;
    if (h.flags & NAME_TAGGED) base += W_TAGGED;
    return { index: h.index, base };
  });
  // A region named after its capital ("Damas", "Moscow", "Hama"), or after the nation's capital
  // ("Washington"), is the city unless context says otherwise.
  for (const c of out) {
    if (g.feature(c.index) !== 'ADM1') continue;
    const capital = out.find((o) => {
      const f = g.feature(o.index);
      if (g.countryOf(o.index) !== g.countryOf(c.index)) return false;
      return f === 'PPLC' || (f === 'PPLA' && g.admin1Of(o.index) === g.admin1Of(c.index));
    });
    if (capital) (c as { base: number }).base = Math.min(c.base, capital.base - 0.5);
  }
  return out;
}

/** The same-named town of a first-level region, when the candidates hold one. */
function hasSeat(g: Gazetteer, region: Candidate, cands: readonly Candidate[]): boolean {
  if (g.feature(region.index) !== 'ADM1') return false;
  const cc = g.countryOf(region.index);
  const a1 = g.admin1Of(region.index);
  return cands.some((o) => g.feature(o.index).startsWith('PPL') && g.countryOf(o.index) === cc && g.admin1Of(o.index) === a1);
}

function best(cands: readonly Candidate[], score: (c: Candidate) => number): Candidate | null {
  let top: Candidate | null = null;
  let topScore = -Infinity;
  for (const c of cands) {
    const s = score(c);
    if (s > topScore) [top, topScore] = [c, s];
  }
  return top;
}

/** Resolves each item to a gazetteer entry, or leaves it unresolved with a reason; one failure never affects the others. */
export function resolveNames(g: Gazetteer, items: readonly ResolveItem[]): Resolution[] {
  const cands = items.map((item) => candidates(g, item));
  let picks = cands.map((cs) => best(cs, (c) => c.base));
  // Twice: the second round votes with the first round's context-aware choices.
  for (let round = 0; round < CONTEXT_ROUNDS; round++) picks = contextPass(g, items, cands, picks);
  return picks.map((c) => (c ? { index: c.index } : { index: null, reason: UNKNOWN_NAME }));
}

const CONTEXT_ROUNDS = 2;

function contextPass(g: Gazetteer, items: readonly ResolveItem[], cands: readonly Candidate[][], first: readonly (Candidate | null)[]): (Candidate | null)[] {
  // The document's focus: where its names most plainly are, one vote per distinct name.
  const votes = new Map<string, { index: number; key: string }>();
  first.forEach((c, i) => {
    if (c) votes.set(items[i]!.alias?.name ?? items[i]!.key, { index: c.index, key: items[i]!.key });
  });
  const voters = [...votes.values()];
  const countryVotes = new Map<string, number>();
  const admin1Votes = new Map<string, number>();
  for (const v of voters) {
    const cc = g.countryOf(v.index);
    countryVotes.set(cc, (countryVotes.get(cc) ?? 0) + 1);
    const a1 = `${cc}.${g.admin1Of(v.index)}`;
    if (!g.feature(v.index).startsWith('PCL')) admin1Votes.set(a1, (admin1Votes.get(a1) ?? 0) + 1);
  }
  // Positions of the voters that are not whole countries: what "near the other places" measures against.
  const anchors = voters.filter((v) => !g.feature(v.index).startsWith('PCL')).map((v) => ({ key: v.key, pos: g.position(v.index) }));
  return items.map((item, i) => {
    const cs = cands[i]!;
    if (cs.length <= 1) return cs[0] ?? null;
    const self = first[i]!;
    const total = voters.length - (votes.has(item.alias?.name ?? item.key) ? 1 : 0);
    const q = item.qualifier !== null ? cands[item.qualifier] ?? [] : [];
    const selfCountry = g.countryOf(self.index);
    const selfA1 = `${selfCountry}.${g.admin1Of(self.index)}`;
    return best(cs, (c) => {
      let s = c.base;
      const cc = g.countryOf(c.index);
      if (total) {
        s += (W_COUNTRY_FOCUS * ((countryVotes.get(cc) ?? 0) - (selfCountry === cc ? 1 : 0))) / total;
        const a1 = `${cc}.${g.admin1Of(c.index)}`;
        const votesA1 = admin1Votes.get(a1);
        if (votesA1 && !g.feature(c.index).startsWith('PCL')) s += (W_ADMIN1_FOCUS * (votesA1 - (selfA1 === a1 ? 1 : 0))) / total;
        // A region's centroid says little of where its towns lie: a region named after its seat
        // ("Kidal") gains nothing from being near the other places; the seat may.
        if (!hasSeat(g, c, cs)) {
          const [lat, lon] = g.position(c.index);
          if (anchors.some((o) => o.key !== item.key && roughKm(lat, lon, o.pos[0], o.pos[1]) < NEAR_KM)) s += W_NEAR;
        }
      }
      for (const qc of q) {
        const qf = g.feature(qc.index);
        if (g.countryOf(qc.index) === cc && (qf.startsWith('PCL') || (qf === 'ADM1' && g.admin1Of(qc.index) === g.admin1Of(c.index)))) {
          s += W_QUALIFIER;
          break;
        }
      }
      return s;
    });
  });
}
