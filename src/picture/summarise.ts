// One cluster of reports → one situation event: the values most reports give (the finest place
// and date among them), the per-report modalities, independent sources and figures by claimant.
import { createHash } from 'node:crypto';
import type { ActorRef, Report, ReportRef, SituationEvent, Territory } from '../model/picture.js';
import type { Modality } from '../model/reading.js';
import { claimedFigures, contradictions } from './figures.js';
import { DATE_FINENESS, PLACE_FINENESS, datePrecision, sidesSwapped, type Cluster } from './merge.js';
import { sourceGroups } from './sources.js';

/** Strongest first: the event is as sure as its surest report; the others stay listed. */
const MODALITY_STRENGTH: Modality[] = ['asserted', 'alleged', 'unconfirmed', 'denied', 'planned'];

/** A short stable id from content. */
export function contentId(prefix: string, content: string): string {
  return `${prefix}-${createHash('sha256').update(content).digest('hex').slice(0, 16)}`;
}

/** The most frequent non-null value by key; ties go to the first seen (the canonical order). */
function mostCommon<T>(values: readonly (T | null)[], key: (v: T) => string): T | null {
  const counts = new Map<string, { value: T; n: number }>();
  for (const v of values) {
    if (v === null) continue;
    const k = key(v);
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { value: v, n: 1 });
  }
  let best: { value: T; n: number } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.value ?? null;
}

export function actorKey(a: ActorRef): string {
  return a.code ?? a.name.toLowerCase();
}

function territoryKey(t: Territory): string {
  return `${t.from ? actorKey(t.from) : ''}>${t.to ? actorKey(t.to) : ''}`;
}

function finest(reports: readonly Report[], rank: (r: Report) => number): Report[] {
  const best = Math.min(...reports.map(rank));
  return reports.filter((r) => rank(r) === best);
}

export function strongestModality(modalities: readonly Modality[]): Modality {
  return [...modalities].sort((a, b) => MODALITY_STRENGTH.indexOf(a) - MODALITY_STRENGTH.indexOf(b))[0] ?? 'asserted';
}

/** The situation event of a cluster, before analyst corrections. */
export function summarise(cluster: Cluster): SituationEvent {
  const reports = cluster.reports;
  const anchor = reports[0];
  const withPlace = reports.filter((r) => r.place);
  const placeReports = withPlace.length ? finest(withPlace, (r) => PLACE_FINENESS.indexOf(r.place!.precision)) : [];
  const dated = reports.filter((r) => r.date.date);
  const dateReports = dated.length ? finest(dated, (r) => DATE_FINENESS.indexOf(datePrecision(r))) : [];
  const groups = sourceGroups(reports);
  const refs: ReportRef[] = reports.map((r, i) => ({
    id: r.id,
    articleId: r.articleId,
    eventId: r.eventId,
    site: r.site,
    url: r.url,
    published: r.published,
    source: r.source,
    modality: r.modality,
    evidence: r.evidence,
    sourceGroup: groups[i],
  }));
  const figures = claimedFigures(reports);
  // Sides oriented as the anchor names them, so that "A attacked B" and "clashes between B and A" agree.
  const sides = reports.map((r) => (sidesSwapped(anchor, r) ? [r.actor2, r.actor1] : [r.actor1, r.actor2]));
  const date = mostCommon(dateReports.map((r) => r.date), (d) => d.date!);
  return {
    id: contentId('se', anchor.id),
    plover: anchor.plover,
    mode: mostCommon(reports.map((r) => r.mode), String),
    acled: mostCommon(reports.map((r) => r.acled), (a) => `${a.event_type}/${a.sub_event_type}`),
    cameo: mostCommon(reports.map((r) => r.cameo), String),
    actor1: mostCommon(sides.map(([a1]) => a1), actorKey),
    actor2: mostCommon(sides.map(([, a2]) => a2), actorKey),
    place: mostCommon(placeReports.map((r) => r.place), (p) => String(p.geonameid ?? p.name.toLowerCase())),
    date: date?.date ?? null,
    precision: date?.precision ?? null,
    timing: mostCommon(reports.map((r) => r.timing), String) ?? anchor.timing,
    modality: strongestModality(reports.map((r) => r.modality)),
    modalities: reports.map((r) => ({ reportId: r.id, modality: r.modality })),
    territory: mostCommon(reports.map((r) => r.territory), territoryKey),
    reports: refs,
    sources: new Set(groups).size,
    articles: new Set(reports.map((r) => r.articleId)).size,
    figures,
    contradictions: contradictions(reports, figures),
    why: cluster.why,
    corrected: false,
    corrections: [],
    wrong: false,
  };
}
