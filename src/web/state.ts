// The page's state lives in the URL hash so that a view can be shared: a route
// (`#/events/ID`, `#/articles/ID`, `#/places/ID`) followed by the filters as a query string.
export interface Filters {
  /** PLOVER types (any of). */
  type: string[];
  actor: string;
  /** ISO country code of the event's place. */
  country: string;
  modality: string[];
  timing: string[];
  /** Minimum number of independent sources; 0 means no minimum. */
  minSources: number;
  /** Text searched in the evidence. */
  q: string;
  /** Time window (ISO dates, inclusive), set by the timeline brush or the form. */
  from: string;
  to: string;
}

export type Route =
  | { kind: 'home' }
  | { kind: 'event'; id: string }
  | { kind: 'article'; id: string; span?: [number, number] }
  | { kind: 'place'; id: string };

/** The map's centre and zoom, so a shared link shows the same area. */
export interface MapView {
  lat: number;
  lon: number;
  zoom: number;
}

export interface PageState {
  route: Route;
  filters: Filters;
  view?: MapView;
}

export function emptyFilters(): Filters {
  return { type: [], actor: '', country: '', modality: [], timing: [], minSources: 0, q: '', from: '', to: '' };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LIST_SEPARATOR = ',';

function list(value: string | null): string[] {
  return value ? value.split(LIST_SEPARATOR).map((v) => v.trim()).filter(Boolean) : [];
}

function isoDate(value: string | null): string {
  return value && ISO_DATE.test(value) ? value : '';
}

function parseRoute(path: string): Route {
  const parts = path.split('/').filter(Boolean).map(safeDecode);
  const [kind, id, span] = parts;
  if (!id) return { kind: 'home' };
  if (kind === 'events') return { kind: 'event', id };
  if (kind === 'places') return { kind: 'place', id };
  if (kind === 'articles') {
    const m = span ? /^(\d+)-(\d+)$/.exec(span) : null;
    return m ? { kind: 'article', id, span: [Number(m[1]), Number(m[2])] } : { kind: 'article', id };
  }
  return { kind: 'home' };
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** Reads a hash such as `#/events/e1?type=ASSAULT&from=2016-12-01`; anything malformed is dropped. */
export function parseHash(hash: string): PageState {
  const raw = hash.replace(/^#/, '');
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  const min = Number.parseInt(params.get('min_sources') ?? '', 10);
  const filters: Filters = {
    type: list(params.get('type')),
    actor: params.get('actor') ?? '',
    country: params.get('country') ?? '',
    modality: list(params.get('modality')),
    timing: list(params.get('timing')),
    minSources: Number.isFinite(min) && min > 0 ? min : 0,
    q: params.get('q') ?? '',
    from: isoDate(params.get('from')),
    to: isoDate(params.get('to')),
  };
  const view = parseView(params.get('map'));
  return view ? { route: parseRoute(path), filters, view } : { route: parseRoute(path), filters };
}

function parseView(value: string | null): MapView | undefined {
  const m = value ? /^(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?),(\d{1,2})$/.exec(value) : null;
  if (!m) return undefined;
  const [lat, lon, zoom] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { lat, lon, zoom } : undefined;
}

function routePath(route: Route): string {
  switch (route.kind) {
    case 'home':
      return '/';
    case 'event':
      return `/events/${encodeURIComponent(route.id)}`;
    case 'place':
      return `/places/${encodeURIComponent(route.id)}`;
    case 'article':
      return `/articles/${encodeURIComponent(route.id)}${route.span ? `/${route.span[0]}-${route.span[1]}` : ''}`;
  }
}

/** The filters as query parameters, in a fixed order, leaving out the empty ones. */
export function filterParams(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.type.length) params.set('type', filters.type.join(LIST_SEPARATOR));
  if (filters.actor) params.set('actor', filters.actor);
  if (filters.country) params.set('country', filters.country);
  if (filters.modality.length) params.set('modality', filters.modality.join(LIST_SEPARATOR));
  if (filters.timing.length) params.set('timing', filters.timing.join(LIST_SEPARATOR));
  if (filters.minSources > 0) params.set('min_sources', String(filters.minSources));
  if (filters.q) params.set('q', filters.q);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  return params;
}

export function formatHash(state: PageState): string {
  const params = filterParams(state.filters);
  if (state.view) params.set('map', `${state.view.lat.toFixed(4)},${state.view.lon.toFixed(4)},${state.view.zoom}`);
  const query = params.toString();
  return `#${routePath(state.route)}${query ? `?${query}` : ''}`;
}

export function sameFilters(a: Filters, b: Filters): boolean {
  return filterParams(a).toString() === filterParams(b).toString();
}
