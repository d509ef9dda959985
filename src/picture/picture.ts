// The situation picture as pure functions: readings → reports, reports + corrections → situation
// events and control timelines.
import type { ActorRef, Correction, Picture, PlacePrecision, PlaceRef, Report } from '../model/picture.js';
import type { Reading } from '../model/reading.js';
import { controlTimeline } from './control.js';
import { correctedEvents } from './corrections.js';
import { clusterReports } from './merge.js';
import { byDateThenId } from './order.js';
import { minhashSignature, textHash } from './sources.js';

/** What the caller knows of the article beyond its reading (e.g. a feed item's date). */
export interface ArticleMeta {
  readonly site?: string | null;
  readonly url?: string | null;
  readonly published?: string | null;
}

const PRECISIONS: ReadonlySet<string> = new Set<PlacePrecision>(['site', 'district', 'city', 'region', 'admin1', 'country']);

export function reportId(articleId: string, eventId: string): string {
  return `${articleId}#${eventId}`;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/** The reports of one reading: one per event, its ids resolved to actors and places. */
export function reportsFromReading(reading: Reading, meta: ArticleMeta = {}): Report[] {
  const { article } = reading;
  const entities = new Map(reading.entities.map((e) => [e.id, e]));
  const places = new Map(reading.places.map((p) => [p.id, p]));
  const figures = new Map(reading.figures.map((f) => [f.id, f]));
  const actor = (id: string | null): ActorRef | null => {
    const e = id ? entities.get(id) : undefined;
    return e ? { name: e.name, code: e.code, country: e.country } : null;
  };
  const place = (id: string | null): PlaceRef | null => {
    const p = id ? places.get(id) : undefined;
    if (!p) return null;
    const precision = (PRECISIONS.has(p.kind) ? p.kind : 'unknown') as PlacePrecision;
    return { name: p.name, lat: p.lat, lon: p.lon, country: p.country, admin1: p.admin1, geonameid: p.geonameid, precision };
  };
  const figureClaims = new Map(reading.claims.filter((c) => c.figure).map((c) => [c.figure!, c]));
  const url = meta.url !== undefined ? meta.url : article.url;
  const site = meta.site !== undefined ? meta.site : (article.site ?? hostOf(url));
  const published = meta.published !== undefined ? meta.published : article.published;
  const hash = textHash(article.text);
  const minhash = minhashSignature(article.text);
  return reading.events.map((ev) => ({
    id: reportId(article.id, ev.id),
    articleId: article.id,
    eventId: ev.id,
    site,
    url,
    published,
    textHash: hash,
    minhash,
    plover: ev.plover,
    mode: ev.mode,
    acled: ev.acled,
    cameo: ev.cameo,
    actor1: actor(ev.actor1),
    actor2: actor(ev.actor2),
    place: place(ev.place ?? ev.territory?.place ?? null),
    date: ev.date,
    timing: ev.timing,
    modality: ev.modality,
    source: actor(ev.source),
    evidence: ev.evidence,
    figures: ev.figures.map((f) => {
      const claim = figureClaims.get(f.figure);
      return {
        kind: f.kind,
        value: f.value,
        approx: f.approx,
        unit: f.unit,
        text: figures.get(f.figure)?.text ?? null,
        ...(claim ? { source: actor(claim.source), modality: claim.modality } : {}),
      };
    }),
    territory: ev.territory ? { from: actor(ev.territory.from), to: actor(ev.territory.to) } : null,
  }));
}

/** The picture: reports merged into situation events, corrections replayed, control derived. */
export function buildPicture(reports: readonly Report[], corrections: readonly Correction[] = []): Picture {
  const events = correctedEvents(clusterReports(reports), corrections).sort((a, b) => byDateThenId(a.date, a.id, b.date, b.id));
  return { events, control: controlTimeline(events) };
}
