// The page's only door to the data: the HTTP API of `sitrep serve`, on the page's own origin.
import { filterParams, type Filters } from './state.js';
import type { CountCell } from './map.js';
import {
  toCells, toControlStep, toDayCounts, totalOf, toEvent, toEventDetail, toPage,
  type DayCount, type Page, type ViewControlStep, type ViewEvent, type ViewEventDetail,
} from './model.js';

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'ApiError';
  }
}

const TOKEN_KEY = 'sitrep.token';

export function storedToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function storeToken(token: string | null): void {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

async function request(path: string, init: RequestInit = {}, signal?: AbortSignal): Promise<unknown> {
  const headers = new Headers(init.headers);
  headers.set('accept', 'application/json');
  if (init.body) headers.set('content-type', 'application/json');
  const token = storedToken();
  if (token && init.method && init.method !== 'GET') headers.set('authorization', `Bearer ${token}`);
  const res = await fetch(path, { ...init, headers, signal });
  const text = await res.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = text;
  }
  if (!res.ok) {
    // The API answers {error: {code, message, parameter?}}.
    const o = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
    const inner = o.error && typeof o.error === 'object' ? (o.error as Record<string, unknown>) : o;
    const message = typeof inner.message === 'string' ? inner.message : typeof o.error === 'string' ? o.error : `HTTP ${res.status}`;
    throw new ApiError(res.status, message);
  }
  return body;
}

/** The API's query for the filters, plus what the view adds (bbox, paging). */
export function eventQuery(filters: Filters, extra: Record<string, string> = {}): URLSearchParams {
  const params = filterParams(filters);
  const type = params.get('type');
  if (type) {
    params.delete('type');
    params.set('plover', type);
  }
  // A country code still being typed is not sent.
  const country = params.get('country');
  if (country && !/^[A-Za-z]{2,3}$/.test(country)) params.delete('country');
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return params;
}

export type Bbox = [west: number, south: number, east: number, north: number];

export function bboxParam(b: Bbox): string {
  return b.map((v) => v.toFixed(4)).join(',');
}

export async function listEvents(filters: Filters, opts: { bbox?: Bbox; limit: number; offset?: number }, signal?: AbortSignal): Promise<Page<ViewEvent>> {
  // The list and the map need no reports: brief events are a fraction of the bytes.
  const extra: Record<string, string> = { limit: String(opts.limit), count: 'true', brief: 'true' };
  if (opts.bbox) extra.bbox = bboxParam(opts.bbox);
  if (opts.offset) extra.offset = String(opts.offset);
  return toPage(await request(`/events?${eventQuery(filters, extra)}`, {}, signal), toEvent, 'events');
}

export interface Summary {
  days: DayCount[];
  cells: CountCell[];
  total: number | null;
}

/** The total, and counts per day and type or per map cell at `zoom`; null when the API has no summary route. */
export async function eventSummary(filters: Filters, opts: { bbox?: Bbox; zoom?: number; parts: 'days' | 'cells' }, signal?: AbortSignal): Promise<Summary | null> {
  const extra: Record<string, string> = { parts: opts.parts };
  if (opts.bbox) extra.bbox = bboxParam(opts.bbox);
  if (opts.zoom !== undefined) extra.zoom = String(Math.max(0, Math.round(opts.zoom)));
  try {
    const body = await request(`/events/summary?${eventQuery(filters, extra)}`, {}, signal);
    return { days: toDayCounts(body), cells: toCells(body), total: totalOf(body) };
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/** An event with its reports, and the corrections made to it (undone ones included). */
export async function getEvent(id: string): Promise<{ event: ViewEventDetail; corrections: unknown[] }> {
  const body = await request(`/events/${encodeURIComponent(id)}`);
  const event = toEventDetail(body);
  if (!event) throw new ApiError(500, `event ${id}: unreadable answer`);
  return { event, corrections: toPage(body, (v) => v, 'corrections').items };
}

export async function getArticle(id: string): Promise<unknown> {
  return request(`/articles/${encodeURIComponent(id)}`);
}

/** A place's control timeline; the answer names the place by its key, the steps by name. */
export async function placeControl(id: string): Promise<{ name: string | null; steps: ViewControlStep[] }> {
  const body = await request(`/places/${encodeURIComponent(id)}/control`);
  const raw = toPage(body, (v) => v, 'control', 'changes', 'steps').items;
  const first = raw[0] && typeof raw[0] === 'object' ? (raw[0] as { place?: { name?: unknown } }) : null;
  const name = typeof first?.place?.name === 'string' ? first.place.name : null;
  return { name, steps: raw.map(toControlStep).filter((s): s is ViewControlStep => s !== null) };
}

export async function listActors(): Promise<string[]> {
  const page = toPage(await request('/actors?limit=500'), (v) => {
    if (typeof v === 'string') return v;
    const o = v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
    return typeof o.name === 'string' ? o.name : null;
  }, 'actors');
  return page.items;
}

/** A correction as the API takes it: its kind and the new value (the API records the old one). */
export interface CorrectionInput {
  kind: string;
  after: unknown;
}

export async function correctEvent(id: string, correction: CorrectionInput): Promise<unknown> {
  return request(`/events/${encodeURIComponent(id)}/corrections`, { method: 'POST', body: JSON.stringify(correction) });
}

export async function mergeEvents(ids: string[]): Promise<unknown> {
  return request('/events/merge', { method: 'POST', body: JSON.stringify({ events: ids }) });
}

export async function splitEvent(id: string, reports: string[]): Promise<unknown> {
  return request(`/events/${encodeURIComponent(id)}/split`, { method: 'POST', body: JSON.stringify({ reports }) });
}

export async function undoCorrection(id: string): Promise<unknown> {
  return request(`/corrections/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function exportHref(format: string, filters: Filters): string {
  return `/export?${eventQuery(filters, { format })}`;
}
