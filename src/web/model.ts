// What the page shows, normalised from the API's JSON. The API's shapes are read tolerantly
// (the picture's `SituationEvent` with nested place and actors, or the store's flat columns),
// so a field added or renamed upstream degrades one cell of the page, not the page.
export interface ViewActor {
  name: string;
  code: string | null;
}

export interface ViewPlace {
  id: string | null;
  name: string;
  lat: number | null;
  lon: number | null;
  country: string | null;
}

export interface ViewEvent {
  id: string;
  plover: string;
  mode: string | null;
  acled: string | null;
  cameo: string | null;
  actor1: ViewActor | null;
  actor2: ViewActor | null;
  place: ViewPlace | null;
  /** Map position (the place's), NaN when unknown. */
  lat: number;
  lon: number;
  date: string | null;
  precision: string | null;
  timing: string;
  modality: string;
  sources: number;
  reportCount: number;
  wrong: boolean;
  corrected: boolean;
  territory: { from: string | null; to: string | null } | null;
}

export interface ViewReport {
  id: string;
  articleId: string;
  eventId: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  claimant: string | null;
  modality: string;
  evidence: { start: number; end: number; text: string } | null;
}

export interface ViewFigure {
  kind: string;
  value: number;
  approx: string;
  unit: string | null;
  claimant: string;
  modality: string;
}

/** Figures of one kind that disagree, side by side. */
export interface ViewContradiction {
  kind: string;
  reason: string;
  figures: ViewFigure[];
}

export interface ViewEventDetail extends ViewEvent {
  reports: ViewReport[];
  figures: ViewFigure[];
  contradictions: ViewContradiction[];
  why: string[];
  corrections: string[];
}

export interface ViewControlStep {
  id: string;
  date: string | null;
  precision: string | null;
  holder: string | null;
  previous: string | null;
  modality: string;
  status: string;
  events: string[];
  sources: number;
}

export interface Page<T> {
  items: T[];
  total: number;
}

type Json = Record<string, unknown>;

function obj(value: unknown): Json | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null;
}

/** The first of `keys` that holds a non-empty string (numbers are turned into strings). */
function str(o: Json | null, ...keys: string[]): string | null {
  if (!o) return null;
  for (const k of keys) {
    const v = o[k];
    if (typeof v === 'string' && v !== '') return v;
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  }
  return null;
}

function num(o: Json | null, ...keys: string[]): number | null {
  if (!o) return null;
  for (const k of keys) {
    const v = o[k];
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  }
  return null;
}

function arr(o: Json | null, ...keys: string[]): unknown[] {
  if (!o) return [];
  for (const k of keys) if (Array.isArray(o[k])) return o[k] as unknown[];
  return [];
}

function actor(value: unknown): ViewActor | null {
  if (typeof value === 'string') return value ? { name: value, code: null } : null;
  const o = obj(value);
  const name = str(o, 'name', 'label', 'code');
  return name ? { name, code: str(o, 'code') } : null;
}

function actorSides(o: Json): [ViewActor | null, ViewActor | null] {
  const list = arr(o, 'actors').map(obj).filter((a): a is Json => a !== null);
  if (list.length) {
    const side = (n: number) => list.find((a) => num(a, 'side') === n);
    return [actor(side(1) ?? null), actor(side(2) ?? null)];
  }
  return [actor(o.actor1), actor(o.actor2)];
}

function place(o: Json): ViewPlace | null {
  const p = obj(o.place);
  if (p) {
    const gn = num(p, 'geonameid');
    const name = str(p, 'name') ?? '?';
    // The store's place key: "gn:<geonameid>" when resolved, else "<CC>:<name in lower case>".
    const key = gn !== null ? `gn:${gn}` : `${str(p, 'country') ?? ''}:${name.toLowerCase()}`;
    return {
      id: str(p, 'id') ?? str(o, 'placeId') ?? key,
      name,
      lat: num(p, 'lat'),
      lon: num(p, 'lon', 'lng'),
      country: str(p, 'country'),
    };
  }
  const name = str(o, 'placeName', 'place');
  const lat = num(o, 'lat');
  const lon = num(o, 'lon', 'lng');
  if (!name && lat === null) return null;
  return { id: str(o, 'placeId'), name: name ?? '?', lat, lon, country: str(o, 'country') };
}

function acled(o: Json): string | null {
  const a = obj(o.acled);
  const type = str(a, 'event_type') ?? str(o, 'acledType');
  const sub = str(a, 'sub_event_type') ?? str(o, 'acledSubType');
  if (!type) return null;
  return sub ? `${type} / ${sub}` : type;
}

function dateOf(o: Json): { date: string | null; precision: string | null } {
  const d = obj(o.date);
  if (d) return { date: str(d, 'date'), precision: str(d, 'precision') };
  return { date: str(o, 'date'), precision: str(o, 'precision') };
}

export function toEvent(value: unknown): ViewEvent | null {
  const o = obj(value);
  const id = str(o, 'id');
  if (!o || !id) return null;
  const [actor1, actor2] = actorSides(o);
  const p = place(o);
  const { date, precision } = dateOf(o);
  const territory = obj(o.territory);
  const reports = arr(o, 'reports');
  return {
    id,
    plover: str(o, 'plover', 'type') ?? 'OTHER',
    mode: str(o, 'mode'),
    acled: acled(o),
    cameo: str(o, 'cameo'),
    actor1,
    actor2,
    place: p,
    lat: p?.lat ?? Number.NaN,
    lon: p?.lon ?? Number.NaN,
    date,
    precision,
    timing: str(o, 'timing') ?? 'current',
    modality: str(o, 'modality') ?? 'asserted',
    sources: num(o, 'sources', 'independentSources', 'min_sources') ?? 1,
    reportCount: reports.length || (num(o, 'reportCount', 'articles') ?? 0),
    wrong: o.wrong === true,
    corrected: o.corrected === true || arr(o, 'corrections').length > 0,
    territory: territory ? { from: actor(territory.from)?.name ?? null, to: actor(territory.to)?.name ?? null } : null,
  };
}

function report(value: unknown, index: number): ViewReport | null {
  const o = obj(value);
  const articleId = str(o, 'articleId', 'article_id', 'article');
  if (!o || !articleId) return null;
  const ev = obj(o.evidence);
  const start = num(ev, 'start');
  const end = num(ev, 'end');
  return {
    id: str(o, 'id') ?? `${articleId}#${index}`,
    articleId,
    eventId: str(o, 'eventId', 'event_id'),
    outlet: str(o, 'site', 'outlet'),
    url: str(o, 'url'),
    published: str(o, 'published'),
    claimant: actor(o.source ?? o.claimant)?.name ?? null,
    modality: str(o, 'modality') ?? 'asserted',
    evidence: start !== null && end !== null ? { start, end, text: str(ev, 'text') ?? '' } : null,
  };
}

function figure(value: unknown): ViewFigure | null {
  const o = obj(value);
  const v = num(o, 'value');
  if (!o || v === null) return null;
  return {
    kind: str(o, 'kind') ?? 'count',
    value: v,
    approx: str(o, 'approx') ?? 'exact',
    unit: str(o, 'unit'),
    claimant: str(o, 'claimant') ?? actor(o.source)?.name ?? '?',
    modality: str(o, 'modality') ?? 'asserted',
  };
}

function why(value: unknown): string {
  if (typeof value === 'string') return value;
  const o = obj(value);
  if (!o) return '';
  const parts = [str(o, 'report'), str(o, 'type') && `type ${str(o, 'type')}`, str(o, 'actors') && `actors ${str(o, 'actors')}`];
  const km = num(o, 'km');
  const days = num(o, 'days');
  if (km !== null) parts.push(`${Math.round(km)} km`);
  if (days !== null) parts.push(`${days} d`);
  const text = str(o, 'why');
  return text ?? parts.filter(Boolean).join(', ');
}

export function toEventDetail(value: unknown): ViewEventDetail | null {
  const o = obj(value);
  const inner = obj(o?.event) ?? o;
  const base = toEvent(inner);
  if (!base || !inner) return null;
  const source = (k: string) => (Array.isArray(inner[k]) ? inner : o)!;
  const reports = arr(source('reports'), 'reports').map(report).filter((r): r is ViewReport => r !== null);
  return {
    ...base,
    reportCount: reports.length || base.reportCount,
    reports,
    figures: arr(source('figures'), 'figures').map(figure).filter((f): f is ViewFigure => f !== null),
    contradictions: arr(inner, 'contradictions').flatMap((c) => {
      const x = obj(c);
      const kind = str(x, 'kind');
      return kind ? [{ kind, reason: str(x, 'reason') ?? 'different_values', figures: arr(x, 'figures').map(figure).filter((f): f is ViewFigure => f !== null) }] : [];
    }),
    why: arr(source('why'), 'why').map(why).filter(Boolean),
    corrections: arr(inner, 'corrections').map((c) => (typeof c === 'string' ? c : str(obj(c), 'id') ?? '')).filter(Boolean),
  };
}

export function toControlStep(value: unknown): ViewControlStep | null {
  const o = obj(value);
  const id = str(o, 'id');
  if (!o || !id) return null;
  return {
    id,
    date: str(o, 'date'),
    precision: str(o, 'precision'),
    holder: actor(o.holder)?.name ?? null,
    previous: actor(o.previous)?.name ?? null,
    modality: str(o, 'modality') ?? 'asserted',
    status: str(o, 'status') ?? 'changed',
    events: arr(o, 'events').map((e) => (typeof e === 'string' ? e : str(obj(e), 'id') ?? '')).filter(Boolean),
    sources: num(o, 'sources') ?? 0,
  };
}

/** The `total` an answer gives, when it gives one. */
export function totalOf(value: unknown): number | null {
  return num(obj(value), 'total');
}

/** A list answer: `{items|events|…: [...], total}` or a bare array. */
export function toPage<T>(value: unknown, item: (v: unknown) => T | null, ...keys: string[]): Page<T> {
  const o = obj(value);
  const raw = Array.isArray(value) ? value : arr(o, ...keys, 'items', 'data', 'results');
  const items = raw.map(item).filter((x): x is T => x !== null);
  return { items, total: num(o, 'total', 'count') ?? items.length };
}

/** One bar of the timeline: events of a type on a day. */
export interface DayCount {
  day: string;
  type: string;
  count: number;
}

/** Reads `/events/summary`'s per-day counts, whatever the key names; [] when it has none. */
export function toDayCounts(value: unknown): DayCount[] {
  const o = obj(value);
  const raw = Array.isArray(value) ? value : arr(o, 'days', 'byDay', 'by_day', 'timeline', 'perDay');
  const out: DayCount[] = [];
  for (const r of raw) {
    const x = obj(r);
    const day = str(x, 'day', 'date');
    if (!x || !day) continue;
    const byType = obj(x.types ?? x.byType ?? x.plover);
    if (byType) {
      for (const [type, n] of Object.entries(byType)) if (typeof n === 'number') out.push({ day: day.slice(0, 10), type, count: n });
    } else {
      out.push({ day: day.slice(0, 10), type: str(x, 'type', 'plover') ?? 'OTHER', count: num(x, 'count', 'n', 'events') ?? 0 });
    }
  }
  return out;
}

/** Counts events per day and type, for the timeline when the API gives no summary. */
export function countByDay(events: readonly ViewEvent[]): DayCount[] {
  const counts = new Map<string, DayCount>();
  for (const e of events) {
    if (!e.date || e.date.length < 10) continue;
    const day = e.date.slice(0, 10);
    const key = `${day}|${e.plover}`;
    const c = counts.get(key);
    if (c) c.count++;
    else counts.set(key, { day, type: e.plover, count: 1 });
  }
  return [...counts.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/** The summary's map cells: `{lat, lon, count, types}`; cells without a position are dropped. */
export function toCells(value: unknown): { lat: number; lon: number; count: number; types: Record<string, number> }[] {
  return arr(obj(value), 'cells').flatMap((c) => {
    const o = obj(c);
    const lat = num(o, 'lat');
    const lon = num(o, 'lon', 'lng');
    const count = num(o, 'count') ?? 0;
    if (lat === null || lon === null || count <= 0) return [];
    const types: Record<string, number> = {};
    for (const [t, n] of Object.entries(obj(o!.types) ?? {})) if (typeof n === 'number') types[t] = n;
    return [{ lat, lon, count, types }];
  });
}
