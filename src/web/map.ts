// The map: offline basemap, events clustered on a screen grid, control of places in the
// holder's colour. Markers are small DOM elements (one per grid cell in view), so their number
// stays bounded whatever the number of events.
import L from 'leaflet';
import { addBasemap } from './basemap.js';
import { dominant, gridCluster } from './cluster.js';
import { actorColour, isAsserted, typeColour } from './colors.js';
import type { ViewEvent } from './model.js';

export interface ControlledPlace {
  id: string;
  name: string;
  lat: number;
  lon: number;
  holder: string | null;
  status: string;
}

/** A grid cell of the API's summary: how many events, of which types, around a point. */
export interface CountCell {
  lat: number;
  lon: number;
  count: number;
  types: Record<string, number>;
}

export interface MapHandlers {
  onEvent(id: string): void;
  onPlace(id: string): void;
  /** The visible area changed (after a pan or zoom). */
  onView(bbox: [number, number, number, number]): void;
}

const CELL_PX = 44;
/** From this zoom on every event is drawn on its own. */
const NO_CLUSTER_ZOOM = 11;

function radius(sources: number): number {
  return Math.min(22, 7 + 3 * Math.sqrt(Math.max(1, sources) - 1) * 2);
}

function describe(e: ViewEvent): string {
  const actors = [e.actor1?.name, e.actor2?.name].filter(Boolean).join(' – ');
  return `${e.plover}${actors ? ` (${actors})` : ''}${e.place ? ` at ${e.place.name}` : ''}${e.date ? `, ${e.date}` : ''}, ${e.modality}, ${e.sources} source(s)`;
}

/**
 * A marker that is a button for the keyboard too: a tab stop named by `label` (Leaflet gives it
 * the role), which Enter or Space activates like a click. It does not pan the map on focus, which
 * would reload the view and replace the marker under the keyboard.
 */
function button(at: L.LatLngExpression, icon: L.DivIcon, label: string, action: () => void): L.Marker {
  const marker = L.marker(at, { icon, title: label, keyboard: true, autoPanOnFocus: false });
  marker.on('click', action);
  marker.on('add', () => {
    const el = marker.getElement()!;
    el.setAttribute('aria-label', label);
    el.addEventListener('keydown', (ev) => {
      if (ev.key !== 'Enter' && ev.key !== ' ') return;
      ev.preventDefault();
      action();
    });
  });
  return marker;
}

export class EventMap {
  readonly map: L.Map;
  private readonly eventLayer = L.layerGroup();
  private readonly controlLayer = L.layerGroup();
  private events: ViewEvent[] = [];
  /** When the view holds more events than were fetched, the summary's counts are drawn instead. */
  private cells: CountCell[] | null = null;
  private selected: string | null = null;

  constructor(el: HTMLElement, private readonly handlers: MapHandlers) {
    this.map = L.map(el, { worldCopyJump: true, minZoom: 2, maxZoom: 14, zoomControl: true, attributionControl: true });
    this.map.attributionControl.setPrefix(false).addAttribution('Natural Earth (world-atlas)');
    this.map.setView([30, 30], 3);
    this.controlLayer.addTo(this.map);
    this.eventLayer.addTo(this.map);
    void addBasemap(this.map);
    this.map.on('zoomend', () => this.draw());
    this.map.on('moveend', () => this.handlers.onView(this.bbox()));
  }

  bbox(): [number, number, number, number] {
    const b = this.map.getBounds();
    const clampLon = (v: number) => Math.max(-180, Math.min(180, v));
    const clampLat = (v: number) => Math.max(-90, Math.min(90, v));
    return [clampLon(b.getWest()), clampLat(b.getSouth()), clampLon(b.getEast()), clampLat(b.getNorth())];
  }

  view(): { lat: number; lon: number; zoom: number } {
    // Rounded as the URL keeps it, so a view read back from the URL compares equal.
    const c = this.map.getCenter().wrap();
    const round = (v: number) => Math.round(v * 1e4) / 1e4;
    return { lat: round(c.lat), lon: round(c.lng), zoom: this.map.getZoom() };
  }

  setView(v: { lat: number; lon: number; zoom: number }): void {
    this.map.setView([v.lat, v.lon], v.zoom);
  }

  /** Draws the events, or when the view holds more than were fetched, its counts per cell. */
  show(events: ViewEvent[], cells: CountCell[] | null): void {
    this.events = events;
    this.cells = cells;
    this.draw();
  }

  select(id: string | null): void {
    this.selected = id;
    for (const el of this.map.getPane('markerPane')!.querySelectorAll<HTMLElement>('.ev')) el.classList.toggle('selected', el.dataset.id === id);
  }

  /** Centres on a point without changing the zoom unless the map is zoomed far out. */
  focus(lat: number, lon: number): void {
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) return;
    this.map.setView([lat, lon], Math.max(this.map.getZoom(), 6));
  }

  private draw(): void {
    this.eventLayer.clearLayers();
    const zoom = this.map.getZoom();
    if (this.cells) return this.drawCells(zoom, this.cells);
    const located = this.events.filter((e) => Number.isFinite(e.lat) && Number.isFinite(e.lon));
    const clusters = gridCluster(located, zoom, zoom >= NO_CLUSTER_ZOOM ? 1 : CELL_PX);
    for (const c of clusters) {
      if (c.members.length === 1) this.eventLayer.addLayer(this.point(c.members[0]));
      else if (zoom >= NO_CLUSTER_ZOOM) for (const m of c.members) this.eventLayer.addLayer(this.point(m));
      else this.eventLayer.addLayer(this.cluster(c.lat, c.lon, c.members));
    }
  }

  private drawCells(zoom: number, cells: CountCell[]): void {
    for (const c of gridCluster(cells, zoom, CELL_PX)) {
      const types: Record<string, number> = {};
      let count = 0;
      for (const m of c.members) {
        count += m.count;
        for (const [t, n] of Object.entries(m.types)) types[t] = (types[t] ?? 0) + n;
      }
      const type = Object.entries(types).sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
      this.eventLayer.addLayer(this.clusterMarker(c.lat, c.lon, count, type, c.members));
    }
  }

  private point(e: ViewEvent): L.Marker {
    const size = Math.round(radius(e.sources) * 2);
    const classes = ['ev', isAsserted(e.modality) ? 'asserted' : 'hedged', e.id === this.selected ? 'selected' : ''].join(' ');
    const marker = button([e.lat, e.lon], L.divIcon({ className: classes, iconSize: [size, size], html: '' }), describe(e), () => this.handlers.onEvent(e.id));
    marker.on('add', () => {
      const el = marker.getElement()!;
      el.dataset.id = e.id;
      el.dataset.type = e.plover;
      el.dataset.lat = String(e.lat);
      el.dataset.lon = String(e.lon);
      el.style.setProperty('--c', typeColour(e.plover));
    });
    return marker;
  }

  private cluster(lat: number, lon: number, members: ViewEvent[]): L.Marker {
    return this.clusterMarker(lat, lon, members.length, dominant(members, (m) => m.plover), members);
  }

  /** A cluster drawn with its count; a click zooms to its members. */
  private clusterMarker(lat: number, lon: number, count: number, type: string, members: { lat: number; lon: number }[]): L.Marker {
    const size = Math.round(Math.min(56, 22 + 6 * Math.log2(count)));
    const marker = button([lat, lon], L.divIcon({ className: 'cluster', iconSize: [size, size], html: '' }), `${count} events, mostly ${type}: zoom in`, () => {
      const bounds = L.latLngBounds(members.map((m) => [m.lat, m.lon] as [number, number]));
      if (members.length === 1) this.map.setView([lat, lon], Math.min(NO_CLUSTER_ZOOM, this.map.getZoom() + 2));
      else this.map.fitBounds(bounds.pad(0.3), { maxZoom: NO_CLUSTER_ZOOM });
    });
    marker.on('add', () => {
      const el = marker.getElement()!;
      el.textContent = count >= 10_000 ? `${Math.round(count / 1000)}k` : String(count);
      el.dataset.count = String(count);
      el.dataset.lat = String(lat);
      el.dataset.lon = String(lon);
      el.style.setProperty('--c', typeColour(type));
    });
    return marker;
  }

  /** Places whose control changed, as squares in the current holder's colour. */
  setControl(places: ControlledPlace[]): void {
    this.controlLayer.clearLayers();
    for (const p of places) {
      if (!Number.isFinite(p.lat) || !Number.isFinite(p.lon)) continue;
      const label = `${p.name}: held by ${p.holder ?? 'unknown'}${p.status === 'changed' ? '' : ` (${p.status})`}`;
      const marker = button([p.lat, p.lon], L.divIcon({ className: `control control-${p.status}`, iconSize: [30, 30], html: '' }), label, () => this.handlers.onPlace(p.id));
      marker.setZIndexOffset(-100);
      marker.on('add', () => {
        const el = marker.getElement()!;
        el.dataset.place = p.id;
        el.style.setProperty('--holder', actorColour(p.holder));
      });
      this.controlLayer.addLayer(marker);
    }
  }
}
