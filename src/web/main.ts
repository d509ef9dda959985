// The page: reads the state from the URL hash, asks the API for what the view needs (the
// events in the visible area and the per-day summary), and draws the map, the timeline, the
// list and the panel. Performance marks (`sitrep:*`) let the benchmark time loads and redraws.
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
import { countByDay } from './model.js';
import { renderPlace } from './place-panel.js';
import { formatHash, parseHash, sameFilters, type Filters, type PageState, type Route } from './state.js';
import { Timeline } from './timeline.js';

/** At most this many events are fetched for one view (the API's page limit); beyond it the page asks to zoom in. */
const VIEW_LIMIT = 500;
const EXPORTS: [string, string][] = [['acled-csv', 'ACLED CSV'], ['geojson', 'GeoJSON'], ['jsonl', 'JSONL']];

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

let state: PageState = parseHash(location.hash);
let viewAbort: AbortController | null = null;
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
const list = new EventList($('event-list'), $('list-status'), (id) => go({ kind: 'event', id }));
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
 * Draws the view in order of need: the events in the visible area (map and list) first, then
 * the timeline when the filters other than time changed, then, when the area holds more events
 * than one page, the summary's counts per cell for the map. The API answers one request at a
 * time when it aggregates, so nothing waits behind an aggregate it does not need.
 */
async function refresh(timelineToo: boolean): Promise<void> {
  viewAbort?.abort();
  const abort = (viewAbort = new AbortController());
  const truncated = await loadView(abort.signal);
  if (abort.signal.aborted) return;
  if (timelineToo || summaryKey !== timeFree(state.filters)) await loadSummary(abort.signal);
  if (truncated && !abort.signal.aborted) await loadCells(abort.signal);
}

/** The events in the visible area under the current filters; true when there are more than one page. */
async function loadView(signal: AbortSignal): Promise<boolean> {
  $('list-status').textContent = 'Loading…';
  try {
    const page = await listEvents(state.filters, { bbox: map.bbox() as Bbox, limit: VIEW_LIMIT }, signal);
    if (signal.aborted) return false;
    const shown = page.items.filter((e) => !e.wrong);
    map.setEvents(shown);
    map.setControl(controlledPlaces(page.items));
    list.render(shown, page.total);
    if (state.route.kind === 'event') {
      map.select(state.route.id);
      list.select(state.route.id);
    }
    document.body.dataset.events = String(page.total);
    performance.mark('sitrep:drawn');
    if (firstDraw) {
      firstDraw = false;
      performance.mark('sitrep:ready');
      // The actor names for the filter's suggestions: not needed for the first draw.
      void listActors().then((names) => filters.setActors(names), () => undefined);
    }
    return page.total > page.items.length;
  } catch (error) {
    if (!signal.aborted) $('list-status').textContent = `Could not load events: ${(error as Error).message}`;
    return false;
  }
}

/** The summary's counts per grid cell of the visible area, drawn instead of the page of events. */
async function loadCells(signal: AbortSignal): Promise<void> {
  try {
    const summary = await eventSummary(state.filters, { bbox: map.bbox() as Bbox, zoom: map.map.getZoom() }, signal);
    if (signal.aborted || !summary?.cells.length) return;
    map.setCells(summary.cells);
    performance.mark('sitrep:cells');
  } catch (error) {
    if (!signal.aborted) $('list-status').textContent += ` (counts per area unavailable: ${(error as Error).message})`;
  }
}

function timeFree(f: Filters): string {
  return formatHash({ route: { kind: 'home' }, filters: { ...f, from: '', to: '' } });
}

/** The timeline's counts under the filters but over all time, so the brush can move anywhere. */
async function loadSummary(signal: AbortSignal): Promise<void> {
  const unbounded = { ...state.filters, from: '', to: '' };
  summaryKey = timeFree(state.filters);
  try {
    const summary = await eventSummary(unbounded, {}, signal);
    const days = summary ? summary.days : countByDay((await listEvents(unbounded, { limit: VIEW_LIMIT }, signal)).items);
    if (signal.aborted) {
      summaryKey = '';
      return;
    }
    timeline.setData(days, state.filters.from, state.filters.to);
    $('timeline-status').textContent = '';
    performance.mark('sitrep:timeline');
  } catch (error) {
    summaryKey = '';
    if (!signal.aborted) $('timeline-status').textContent = `Timeline unavailable: ${(error as Error).message}`;
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
void refresh(true);
void showRoute(state.route);
