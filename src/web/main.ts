// The page: reads the state from the URL hash, asks the API for what the view needs (the list's
// first page of brief events and the counts per map cell of the visible area, then the per-day
// counts for the timeline), and draws the map, the timeline, the list and the panel.
// Performance marks (`sitrep:*`) let the benchmark time loads and redraws.
import 'leaflet/dist/leaflet.css';
import './styles.css';
import { eventSummary, exportHref, getArticle, getEvent, listActors, listEvents, placeControl, type Bbox } from './api.js';
import { renderArticle, revealEvidence } from './article-panel.js';
import { controlledPlaces } from './control.js';
import { renderCorrections } from './corrections.js';
import { clear, h } from './dom.js';
import { renderEvent } from './event-panel.js';
import { FilterForm } from './filters.js';
import { EventList } from './list.js';
import { EventMap } from './map.js';
import { countByDay, type ViewEvent } from './model.js';
import { renderPlace } from './place-panel.js';
import { formatHash, parseHash, sameFilters, type Filters, type PageState, type Route } from './state.js';
import { Timeline } from './timeline.js';

/** Up to this many events in the visible area, the map draws each (the API's page limit); beyond, counts per cell. */
const VIEW_LIMIT = 500;
/** The list's page: shown first, and added by "Show more". */
const LIST_PAGE = 50;
const TIMELINE_DELAY_MS = 120;
const EXPORTS: [string, string][] = [['acled-csv', 'ACLED CSV'], ['geojson', 'GeoJSON'], ['jsonl', 'JSONL']];

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

let state: PageState = parseHash(location.hash);
let viewAbort: AbortController | null = null;
let timelineAbort: AbortController | null = null;
let firstDraw = true;
/** The filters the timeline was last loaded for, time window left out. */
let summaryKey = '';

performance.mark('sitrep:start');

const map = new EventMap($('map'), {
  onEvent: (id) => go({ kind: 'event', id }),
  onPlace: (id) => go({ kind: 'place', id }),
  onView: () => {
    // The view goes into the URL without a history entry (and without a hashchange).
    state = { ...state, view: map.view() };
    history.replaceState(null, '', formatHash(state));
    void refresh(false);
  },
});
if (state.view) map.setView(state.view);
const timeline = new Timeline($('timeline-chart'), {
  onWindow: (from, to) => setFilters({ ...state.filters, from, to }),
});
const list = new EventList($('event-list'), $('list-status'), $('list-more'), (id) => go({ kind: 'event', id }), () => void showMore());
/** The view's events fetched so far (newest first), how many the view holds, and how many are listed. */
let view: { bbox: Bbox; items: ViewEvent[]; total: number; listed: number } | null = null;
const filters = new FilterForm($('filters'), (f) => setFilters(f));

function navigate(next: PageState): void {
  const hash = formatHash(next);
  if (hash !== location.hash) location.hash = hash;
}

function go(route: Route): void {
  navigate({ ...state, route });
}

function setFilters(f: Filters): void {
  navigate({ ...state, filters: f });
}

function hrefFor(route: Route): string {
  return formatHash({ ...state, route });
}

function updateExports(): void {
  $('exports').replaceChildren(...EXPORTS.map(([format, label]) => h('a', { href: exportHref(format, state.filters), download: '' }, label)));
}

/**
 * Draws the view: the list's first page and the map (the events themselves when the visible area
 * holds few, else counts per cell) together, then the timeline when the filters other than time
 * changed. A newer view aborts the requests of an older one.
 */
async function refresh(timelineToo: boolean): Promise<void> {
  if (timelineToo) summaryKey = '';
  viewAbort?.abort();
  const { signal } = (viewAbort = new AbortController());
  await loadView(signal);
  if (signal.aborted || summaryKey === timeFree(state.filters)) return;
  // The timeline waits a moment after the view: filters changed in quick succession ask for it
  // once, and its larger answer never holds up the next view on the server.
  await new Promise((resolve) => setTimeout(resolve, TIMELINE_DELAY_MS));
  if (!signal.aborted) await loadSummary();
}

/** The list's first page and the map's counts per cell for the visible area, asked at once. */
async function loadView(signal: AbortSignal): Promise<void> {
  $('list-status').textContent = 'Loading…';
  const bbox = map.bbox() as Bbox;
  try {
    // Without the counts the view still shows its first page of events.
    let countsFailed = '';
    const [page, summary] = await Promise.all([
      listEvents(state.filters, { bbox, limit: LIST_PAGE }, signal),
      eventSummary(state.filters, { bbox, zoom: map.map.getZoom(), parts: 'cells' }, signal).catch((error: Error) => {
        countsFailed = ` (counts per area unavailable: ${error.message})`;
        return null;
      }),
    ]);
    const total = summary?.total ?? page.total;
    // A view of a few hundred events shows each of them; the list still shows the first page.
    let items = page.items;
    if (total > items.length && total <= VIEW_LIMIT) items = [...items, ...(await listEvents(state.filters, { bbox, limit: VIEW_LIMIT - items.length, offset: items.length }, signal)).items];
    if (signal.aborted) return;
    const shown = items.filter((e) => !e.wrong);
    map.show(shown, total > items.length && summary ? summary.cells : null);
    map.setControl(controlledPlaces(items));
    view = { bbox, items: shown, total, listed: LIST_PAGE };
    list.render(shown.slice(0, LIST_PAGE), total);
    $('list-status').textContent += countsFailed;
    if (state.route.kind === 'event') {
      map.select(state.route.id);
      list.select(state.route.id);
    }
    document.body.dataset.events = String(total);
    performance.mark('sitrep:drawn');
    if (total > items.length) performance.mark('sitrep:cells');
    if (firstDraw) {
      firstDraw = false;
      performance.mark('sitrep:ready');
    }
  } catch (error) {
    if (!signal.aborted) $('list-status').textContent = `Could not load events: ${(error as Error).message}`;
  }
}

/** Lists the view's next page, fetching it unless the map's fetch already holds it. */
async function showMore(): Promise<void> {
  const v = view;
  if (!v) return;
  const signal = viewAbort?.signal;
  if (v.items.length < Math.min(v.listed + LIST_PAGE, v.total)) {
    try {
      const next = await listEvents(state.filters, { bbox: v.bbox, limit: LIST_PAGE, offset: v.items.length }, signal);
      if (signal?.aborted || view !== v) return;
      v.items.push(...next.items.filter((e) => !e.wrong));
    } catch (error) {
      if (!signal?.aborted) $('list-status').textContent = `Could not load more events: ${(error as Error).message}`;
      return;
    }
  }
  v.listed += LIST_PAGE;
  list.render(v.items.slice(0, v.listed), v.total);
  if (state.route.kind === 'event') list.select(state.route.id);
}

function timeFree(f: Filters): string {
  return formatHash({ route: { kind: 'home' }, filters: { ...f, from: '', to: '' } });
}

/** The timeline's counts under the filters but over all time, so the brush can move anywhere. */
async function loadSummary(): Promise<void> {
  // Only a newer timeline load aborts this one: moving the map does not change the timeline.
  timelineAbort?.abort();
  const { signal } = (timelineAbort = new AbortController());
  const unbounded = { ...state.filters, from: '', to: '' };
  summaryKey = timeFree(state.filters);
  try {
    const summary = await eventSummary(unbounded, { parts: 'days' }, signal);
    const days = summary ? summary.days : countByDay((await listEvents(unbounded, { limit: VIEW_LIMIT }, signal)).items);
    if (signal.aborted) return;
    timeline.setData(days, state.filters.from, state.filters.to);
    $('timeline-status').textContent = '';
    performance.mark('sitrep:timeline');
  } catch (error) {
    if (signal.aborted) return;
    summaryKey = '';
    $('timeline-status').textContent = `Timeline unavailable: ${(error as Error).message}`;
  }
}

function openPanel(title: string): HTMLElement {
  const panel = $('panel');
  panel.hidden = false;
  document.body.classList.add('panel-open');
  const body = $('panel-body');
  body.replaceChildren(h('p', { class: 'loading' }, `Loading ${title}…`));
  return body;
}

function closePanel(): void {
  $('panel').hidden = true;
  document.body.classList.remove('panel-open');
  clear($('panel-body'));
  map.select(null);
  list.select(null);
}

function focusTitle(): void {
  $('panel-body').querySelector<HTMLElement>('#panel-title')?.focus({ preventScroll: true });
}

async function showRoute(route: Route): Promise<void> {
  if (route.kind === 'home') return closePanel();
  const body = openPanel(route.kind);
  try {
    if (route.kind === 'event') {
      const { event: e, corrections } = await getEvent(route.id);
      map.select(e.id);
      list.select(e.id);
      if (e.place?.lat != null && e.place.lon != null && !map.map.getBounds().contains([e.place.lat, e.place.lon])) map.focus(e.place.lat, e.place.lon);
      body.replaceChildren(
        renderEvent(e, {
          article: (r) => hrefFor({ kind: 'article', id: r.articleId, span: r.evidence ? [r.evidence.start, r.evidence.end] : undefined }),
          place: (id) => hrefFor({ kind: 'place', id }),
        }),
        renderCorrections(e, corrections, () => {
          void refresh(true);
          void showRoute(state.route);
        }),
      );
    } else if (route.kind === 'article') {
      body.replaceChildren(renderArticle(await getArticle(route.id), route.span));
      revealEvidence(body);
    } else {
      const control = await placeControl(route.id);
      body.replaceChildren(renderPlace(control.name, route.id, control.steps, (id) => hrefFor({ kind: 'event', id })));
    }
    focusTitle();
  } catch (error) {
    body.replaceChildren(h('p', { class: 'error', role: 'alert' }, `Could not load this ${route.kind}: ${(error as Error).message}`));
  }
}

function onHash(): void {
  const next = parseHash(location.hash);
  const filtersChanged = !sameFilters(next.filters, state.filters);
  const routeChanged = JSON.stringify(next.route) !== JSON.stringify(state.route);
  const viewChanged = next.view && JSON.stringify(next.view) !== JSON.stringify(state.view);
  state = next;
  // A pasted link with another area: moving the map reloads the view through onView.
  if (viewChanged) map.setView(next.view!);
  if (filtersChanged) {
    performance.mark('sitrep:filter');
    filters.write(state.filters);
    updateExports();
    timeline.setWindow(state.filters.from, state.filters.to);
    void refresh(false);
  }
  if (routeChanged) void showRoute(state.route);
}

window.addEventListener('hashchange', onHash);
$('panel-close').addEventListener('click', () => go({ kind: 'home' }));
document.addEventListener('keydown', (ev) => {
  if (ev.key === 'Escape' && !$('panel').hidden && !document.querySelector('dialog[open]')) go({ kind: 'home' });
});
const play = $('play');
play.addEventListener('click', () => {
  timeline.togglePlay(() => {
    play.textContent = 'Play';
    play.setAttribute('aria-pressed', 'false');
  });
  play.textContent = timeline.isPlaying ? 'Pause' : 'Play';
  play.setAttribute('aria-pressed', String(timeline.isPlaying));
});
$('clear-time').addEventListener('click', () => setFilters({ ...state.filters, from: '', to: '' }));

// The filters start folded (the list comes first) unless the link sets some, or on a phone.
if (formatHash({ route: { kind: 'home' }, filters: state.filters }) === '#/' || window.matchMedia('(max-width: 800px)').matches) {
  document.querySelector('.filter-box')?.removeAttribute('open');
}
filters.write(state.filters);
updateExports();
// The actor names for the filter's suggestions come last: the view and the timeline need none.
void refresh(true).then(() => listActors()).then((names) => filters.setActors(names), () => undefined);
void showRoute(state.route);
