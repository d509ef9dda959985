// Reports of the same event → one cluster. Two reports may merge when their PLOVER types are the
// same (and their modes, when both give one), their actors agree (same code, same name, or a
// side missing in one), their places lie within a distance set by the coarser place's precision,
// and their dates agree to the coarser date's precision (an undated event is taken as one of the
// week before its article's publication). Clusters use complete linkage (a report
// joins a cluster only if it agrees with every member), so chains of near matches cannot drift.
// Reports are taken in a canonical order, which makes the result independent of the input order;
// candidate pairs come from an index by type, date and map cell, so the merge never compares all
// pairs.
import { distanceKm } from '../geo/resolve.js';
import { byDateThenId } from './order.js';
import { oncePer } from '../core/memo.js';
import { PlacePrecision, type ActorRef, type MergeReason, type PlaceRef, type Report } from '../model/picture.js';
import { Precision } from '../model/reading.js';

/** Merge distance by the coarser place's precision; `country` means the same country. */
const MAX_KM: Record<PlacePrecision, number> = {
  site: 25,
  district: 25,
  city: 25,
  region: 150,
  admin1: 150,
  country: Number.POSITIVE_INFINITY,
  unknown: Number.POSITIVE_INFINITY,
};
/** Finest first, as the model's enums list them. */
export const PLACE_FINENESS: readonly PlacePrecision[] = PlacePrecision.options;
export const DATE_FINENESS: readonly string[] = Precision.options;
/** CAMEO role codes of a state's own forces and offices: one side of a fight for the merge. */
const STATE_ROLES = new Set(['GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG']);
/** Map cell of the candidate index, in degrees. */
const CELL = 1;

/** A country code alone (SYR) is the state; with a state role (SYRMIL), its forces or offices. */
function isState(code: string): boolean {
  const role = code.slice(3, 6);
  return role === '' || STATE_ROLES.has(role);
}

function normName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Why two actors are the same, or null when they are not. */
export function sameActor(a: ActorRef, b: ActorRef): string | null {
  if (a.code && b.code) {
    if (a.code === b.code) return `code ${a.code}`;
    const [ca, cb] = [a.code.slice(0, 3), b.code.slice(0, 3)];
    if (ca === cb && isState(a.code) && isState(b.code)) return `state forces of ${ca}`;
    return null;
  }
  const [na, nb] = [normName(a.name), normName(b.name)];
  if (!na || !nb) return null;
  if (na === nb) return `name ${a.name}`;
  const [short, long] = na.length <= nb.length ? [na, nb] : [nb, na];
  if (short.length >= 3 && ` ${long} `.includes(` ${short} `)) return `name ${a.name} ~ ${b.name}`;
  return null;
}

function sideAgreement(x: ActorRef | null, y: ActorRef | null): { ok: boolean; matched: string | null } {
  if (!x || !y) return { ok: true, matched: null };
  const matched = sameActor(x, y);
  return { ok: matched !== null, matched };
}

/** How the actors of two reports agree, or null when they conflict. */
function actorAgreement(a: Report, b: Report): string | null {
  const d1 = sideAgreement(a.actor1, b.actor1);
  const d2 = sideAgreement(a.actor2, b.actor2);
  if (d1.ok && d2.ok) {
    const parts = [d1.matched ? `actor1 ${d1.matched}` : 'actor1 missing in one', d2.matched ? `actor2 ${d2.matched}` : 'actor2 missing in one'];
    return parts.join('; ');
  }
  const swapped = swappedAgreement(a, b);
  return swapped ? `sides swapped: ${swapped.join('; ')}` : null;
}

/**
 * What matches when b names a's sides the other way round ("clashes between A and B" may name
 * them in either order, but a capture has a direction), or null.
 */
function swappedAgreement(a: Report, b: Report): string[] | null {
  if (a.territory || b.territory) return null;
  const s1 = sideAgreement(a.actor1, b.actor2);
  const s2 = sideAgreement(a.actor2, b.actor1);
  const matched = [s1.matched, s2.matched].filter((m): m is string => m !== null);
  return s1.ok && s2.ok && matched.length > 0 ? matched : null;
}

/** Whether b names a's sides the other way round, so that its actors must be swapped to vote. */
export function sidesSwapped(a: Report, b: Report): boolean {
  const direct = [sideAgreement(a.actor1, b.actor1), sideAgreement(a.actor2, b.actor2)];
  const directMatches = direct.every((d) => d.ok) ? direct.filter((d) => d.matched).length : -1;
  return (swappedAgreement(a, b)?.length ?? -1) > directMatches;
}

function coarser(a: PlacePrecision, b: PlacePrecision): PlacePrecision {
  return PLACE_FINENESS.indexOf(a) >= PLACE_FINENESS.indexOf(b) ? a : b;
}

function located(place: PlaceRef): place is PlaceRef & { lat: number; lon: number } {
  return place.lat !== null && place.lon !== null && MAX_KM[place.precision] !== Number.POSITIVE_INFINITY;
}

/** Whether two places may be the same event's; km is null when not measured. */
function placeAgreement(a: PlaceRef | null, b: PlaceRef | null): { ok: boolean; km: number | null } {
  if (!a || !b) return { ok: true, km: null };
  if (a.geonameid !== null && a.geonameid === b.geonameid) return { ok: true, km: 0 };
  if (located(a) && located(b)) {
    const km = distanceKm(a.lat, a.lon, b.lat, b.lon);
    return { ok: km <= MAX_KM[coarser(a.precision, b.precision)], km: Math.round(km * 10) / 10 };
  }
  if (a.country && b.country) {
    // without both coordinates: the same country, and the same province unless one is the country
    const country = a.precision === 'country' || b.precision === 'country';
    const sameAdmin1 = country || !a.admin1 || !b.admin1 || a.admin1 === b.admin1;
    return { ok: a.country === b.country && sameAdmin1, km: null };
  }
  return { ok: normName(a.name) === normName(b.name), km: null };
}

function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, (m || 1) - 1, d || 1) / 86_400_000;
}

/** Day numbers of reports, computed once: the merge compares each report many times. */
const reportDay = oncePer((report: Report) => dayNumber(report.date.date!));

/** The report's date precision, from the date's own length when the reading gave none. */
export function datePrecision(report: Report): string {
  return report.date.precision ?? (['year', 'month', 'day'][report.date.date!.split('-').length - 1] ?? 'day');
}

/** Whether two dates agree to the coarser one's precision; days is the gap between day dates. */
function dateAgreement(a: Report, b: Report): { ok: boolean; days: number | null } {
  if (!a.date.date && !b.date.date) return { ok: true, days: null };
  if (!a.date.date || !b.date.date) return { ok: undatedAgreement(a.date.date ? b : a, a.date.date ? a : b), days: null };
  const pa = datePrecision(a);
  const pb = datePrecision(b);
  const p = DATE_FINENESS.indexOf(pa) >= DATE_FINENESS.indexOf(pb) ? pa : pb;
  if (p === 'day') {
    const days = Math.abs(reportDay(a) - reportDay(b));
    return { ok: days <= 1, days };
  }
  const length = p === 'month' ? 7 : 4;
  return { ok: a.date.date.slice(0, length) === b.date.date.slice(0, length), days: null };
}

/**
 * Days before and after its article's publication in which an undated event is taken to lie: an
 * article tells of recent events unless it dates them.
 */
const UNDATED_BEFORE = 7;
const UNDATED_AFTER = 1;

function publicationDay(report: Report): number | null {
  return report.published && /^\d{4}-\d{2}-\d{2}/.test(report.published) ? dayNumber(report.published.slice(0, 10)) : null;
}

/** The days an undated report may be about, or null when its article's date is unknown too. */
function undatedWindow(report: Report): string[] | null {
  const day = publicationDay(report);
  if (day === null) return null;
  return Array.from({ length: UNDATED_BEFORE + UNDATED_AFTER + 1 }, (_, i) => isoDay(day - UNDATED_BEFORE + i));
}

/** Whether a dated report falls in an undated report's window (any date, when the window is unknown). */
function undatedAgreement(undated: Report, dated: Report): boolean {
  const window = undatedWindow(undated);
  if (!window) return true;
  const length = { day: 10, month: 7, year: 4 }[datePrecision(dated)] ?? 10;
  return window.some((d) => d.slice(0, length) === dated.date.date!.slice(0, length));
}

/** Why report `b` may join report `a`'s event, or null when they are different events. */
export function mergeReason(a: Report, b: Report): MergeReason | null {
  if (a.plover !== b.plover) return null;
  // an air strike and a shelling of one town on one day are two events (ACLED counts them apart)
  if (a.mode && b.mode && a.mode !== b.mode) return null;
  if ((a.timing === 'future') !== (b.timing === 'future')) return null;
  const actors = actorAgreement(a, b);
  if (actors === null) return null;
  const place = placeAgreement(a.place, b.place);
  if (!place.ok) return null;
  const date = dateAgreement(a, b);
  if (!date.ok) return null;
  return { report: b.id, joined: a.id, type: `same PLOVER type ${a.plover}${a.mode ?? b.mode ? `, mode ${a.mode ?? b.mode}` : ''}`, actors, km: place.km, days: date.days };
}

// ── candidate index ─────────────────────────────────────────────────────────────────────────

const ANY = '*';
const NONE = '-';

function insertDateKey(report: Report): string {
  return report.date.date ?? NONE;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isoDay(day: number): string {
  const d = new Date(day * 86_400_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Date keys a report can agree with (the wildcard when it has no date). */
function queryDateKeys(report: Report): string[] {
  const date = report.date.date;
  if (!date) {
    const window = undatedWindow(report);
    if (!window) return [ANY];
    return [...new Set([...window, ...window.map((d) => d.slice(0, 7)), ...window.map((d) => d.slice(0, 4))]), NONE];
  }
  const year = date.slice(0, 4);
  const precision = datePrecision(report);
  if (precision === 'day') {
    const day = dayNumber(date);
    const days = [day - 1, day, day + 1].map(isoDay);
    const months = [...new Set(days.map((d) => d.slice(0, 7)))];
    const years = [...new Set(days.map((d) => d.slice(0, 4)))];
    return [...days, ...months, ...years, NONE];
  }
  const months = precision === 'month' ? [date.slice(0, 7)] : Array.from({ length: 12 }, (_, i) => `${year}-${pad(i + 1)}`);
  const days: string[] = [];
  for (const month of months) {
    for (let d = dayNumber(`${month}-01`); isoDay(d).startsWith(month); d++) days.push(isoDay(d));
  }
  return [...days, ...months, year, NONE];
}

function cell(lat: number, lon: number): string {
  return `g:${Math.floor(lat / CELL)}:${Math.floor(lon / CELL)}`;
}

function insertPlaceKeys(place: PlaceRef | null): string[] {
  if (!place) return [NONE];
  if (located(place)) return [cell(place.lat, place.lon), ...(place.country ? [`k:${place.country}`] : [])];
  return [`c:${place.country ?? normName(place.name)}`];
}

/** Place keys a report can agree with (the wildcard when it has no place). */
function queryPlaceKeys(place: PlaceRef | null): string[] {
  if (!place) return [ANY];
  if (!located(place)) {
    const country = place.country ?? normName(place.name);
    return [`k:${country}`, `c:${country}`, NONE];
  }
  const km = MAX_KM[place.precision];
  const dLat = km / 111;
  const dLon = km / (111 * Math.max(0.05, Math.cos((place.lat * Math.PI) / 180)));
  const keys: string[] = [];
  for (let y = Math.floor((place.lat - dLat) / CELL); y <= Math.floor((place.lat + dLat) / CELL); y++) {
    for (let x = Math.floor((place.lon - dLon) / CELL); x <= Math.floor((place.lon + dLon) / CELL); x++) keys.push(`g:${y}:${x}`);
  }
  if (place.country) keys.push(`c:${place.country}`);
  keys.push(NONE);
  return keys;
}

class CandidateIndex {
  /** type|date → place key → report indexes. */
  private readonly buckets = new Map<string, Map<string, number[]>>();

  add(report: Report, i: number): void {
    const dateKey = insertDateKey(report);
    for (const placeKey of insertPlaceKeys(report.place)) {
      for (const [d, p] of [[dateKey, placeKey], [dateKey, ANY], [ANY, placeKey]]) this.push(`${report.plover}|${d}`, p, i);
    }
    this.push(`${report.plover}|${ANY}`, ANY, i);
  }

  candidates(report: Report): Set<number> {
    const found = new Set<number>();
    const places = queryPlaceKeys(report.place);
    for (const d of queryDateKeys(report)) {
      const byPlace = this.buckets.get(`${report.plover}|${d}`);
      if (!byPlace) continue;
      for (const p of places) for (const i of byPlace.get(p) ?? []) found.add(i);
    }
    return found;
  }

  private push(typeDate: string, place: string, i: number): void {
    let byPlace = this.buckets.get(typeDate);
    if (!byPlace) this.buckets.set(typeDate, (byPlace = new Map()));
    const bucket = byPlace.get(place);
    if (!bucket) byPlace.set(place, [i]);
    else if (bucket[bucket.length - 1] !== i) bucket.push(i);
  }
}

/** The canonical order: by date, then by id, so that merging never depends on input order. */
export function canonicalOrder(reports: readonly Report[]): Report[] {
  return [...reports].sort((a, b) => byDateThenId(a.date.date, a.id, b.date.date, b.id));
}

export interface Cluster {
  /** Reports in canonical order; the first is the anchor. */
  readonly reports: Report[];
  readonly why: MergeReason[];
}

/** Merges reports into clusters, one per event. */
export function clusterReports(input: readonly Report[]): Cluster[] {
  const reports = canonicalOrder(dedupeById(input));
  const index = new CandidateIndex();
  reports.forEach((r, i) => index.add(r, i));
  // Compatible pairs, found from either side (a coarse place finds the fine one near it).
  const neighbours = reports.map(() => new Set<number>());
  reports.forEach((r, i) => {
    for (const j of index.candidates(r)) {
      if (j === i || neighbours[i].has(j)) continue;
      const [a, b] = i < j ? [i, j] : [j, i];
      if (!mergeReason(reports[a], reports[b])) continue;
      neighbours[a].add(b);
      neighbours[b].add(a);
    }
  });
  const clusterOf = new Array<number>(reports.length).fill(-1);
  const members: number[][] = [];
  const why: MergeReason[][] = [];
  reports.forEach((r, i) => {
    let best = -1;
    const tried = new Set<number>();
    for (const j of neighbours[i]) {
      const c = clusterOf[j];
      if (c < 0 || tried.has(c)) continue;
      tried.add(c);
      if (!members[c].every((m) => neighbours[i].has(m))) continue;
      // the largest cluster wins; between equals, the one founded first
      if (best < 0 || members[c].length > members[best].length || (members[c].length === members[best].length && c < best)) best = c;
    }
    if (best < 0) {
      clusterOf[i] = members.length;
      members.push([i]);
      why.push([]);
      return;
    }
    clusterOf[i] = best;
    members[best].push(i);
    why[best].push(mergeReason(reports[members[best][0]], r)!);
  });
  return members.map((m, c) => ({ reports: m.map((i) => reports[i]), why: why[c] }));
}

/** The same report given twice counts once (the first given is kept). */
function dedupeById(reports: readonly Report[]): Report[] {
  const seen = new Map<string, Report>();
  for (const r of reports) if (!seen.has(r.id)) seen.set(r.id, r);
  return [...seen.values()];
}
