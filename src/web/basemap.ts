// The offline basemap: Natural Earth countries (world-atlas TopoJSON, bundled as an asset and
// fetched from the page's own origin) drawn as Leaflet vector layers, with country labels.
import L from 'leaflet';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, Geometry, Polygon, MultiPolygon, Position } from 'geojson';
import countriesUrl from 'world-atlas/countries-50m.json?url';

/** Signed area and centroid of a ring (planar, in degrees: good enough to place a label). */
function ringCentroid(ring: Position[]): { area: number; lon: number; lat: number } {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j];
    const [x1, y1] = ring[i];
    const f = x0 * y1 - x1 * y0;
    area += f;
    cx += (x0 + x1) * f;
    cy += (y0 + y1) * f;
  }
  area /= 2;
  return area === 0 ? { area: 0, lon: ring[0][0], lat: ring[0][1] } : { area: Math.abs(area), lon: cx / (6 * area), lat: cy / (6 * area) };
}

/** Where to put a country's label: the centroid of its largest polygon, and that polygon's area. */
export function labelPoint(geometry: Geometry | null): { lat: number; lon: number; area: number } | null {
  if (!geometry) return null;
  const polygons: Position[][][] =
    geometry.type === 'Polygon' ? [(geometry as Polygon).coordinates] : geometry.type === 'MultiPolygon' ? (geometry as MultiPolygon).coordinates : [];
  let best: { area: number; lon: number; lat: number } | null = null;
  for (const poly of polygons) {
    if (!poly[0]?.length) continue;
    const c = ringCentroid(poly[0]);
    if (!best || c.area > best.area) best = c;
  }
  return best;
}

/** Adds the countries and their labels to the map; labels of small countries appear as one zooms in. */
export async function addBasemap(map: L.Map): Promise<void> {
  const res = await fetch(countriesUrl);
  const topo = (await res.json()) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = feature(topo, topo.objects.countries);
  const renderer = L.canvas({ padding: 0.2 });
  L.geoJSON(countries, {
    renderer,
    interactive: false,
    style: { color: '#9aa5ad', weight: 0.7, fillColor: '#f3f1ea', fillOpacity: 1 },
  } as L.GeoJSONOptions).addTo(map);

  const labels = L.layerGroup().addTo(map);
  const placed = (countries.features as Feature<Geometry, { name: string }>[])
    .map((f) => ({ name: f.properties?.name ?? '', at: labelPoint(f.geometry) }))
    .filter((l) => l.name && l.at);
  const draw = () => {
    labels.clearLayers();
    const zoom = map.getZoom();
    // Rough area (square degrees) a country needs for its label to fit at this zoom.
    const minArea = 400 / 4 ** Math.max(0, zoom - 2);
    const view = map.getBounds().pad(0.2);
    for (const l of placed) {
      if (l.at!.area < minArea || !view.contains([l.at!.lat, l.at!.lon])) continue;
      L.marker([l.at!.lat, l.at!.lon], {
        interactive: false,
        keyboard: false,
        icon: L.divIcon({ className: 'country-label', html: '', iconSize: undefined }),
      })
        .addTo(labels)
        .getElement()!.textContent = l.name;
    }
  };
  map.on('zoomend moveend', draw);
  draw();
}
