// Admin-1 positions near the middle of each region's land, as GeoNames places most of them, rather
// than the middle of its towns (Canada's provinces reach far north of their last town). Each
// country's land (Natural Earth through world-atlas, public domain) is sampled on a grid; a sample
// belongs to the region of its nearest town; a region's position is the mean of its samples.
import { createRequire } from 'node:module';
import type { feature as Feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface Town {
  readonly lat: number;
  readonly lon: number;
  /** "CC.admin1". */
  readonly region: string;
}

/** Degrees between samples; large countries are sampled more coarsely to bound the work. */
const STEP = 0.2;
const MAX_SAMPLES = 60_000;
const CELL = 1;

type Ring = readonly (readonly [number, number])[];

function ringsOf(geometry: { type: string; coordinates: unknown }): Ring[] {
  if (geometry.type === 'Polygon') return geometry.coordinates as Ring[];
  if (geometry.type === 'MultiPolygon') return (geometry.coordinates as Ring[][]).flat();
  return [];
}

/** Longitudes inside the rings along one latitude (even-odd rule), as [from, to] pairs. */
function spans(rings: readonly Ring[], lat: number): [number, number][] {
  const xs: number[] = [];
  for (const ring of rings) {
    for (let k = 0; k + 1 < ring.length; k++) {
      const [x1, y1] = ring[k]!;
      const [x2, y2] = ring[k + 1]!;
      if ((y1 <= lat && lat < y2) || (y2 <= lat && lat < y1)) xs.push(x1 + ((lat - y1) * (x2 - x1)) / (y2 - y1));
    }
  }
  xs.sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (let k = 0; k + 1 < xs.length; k += 2) out.push([xs[k]!, xs[k + 1]!]);
  return out;
}

class TownGrid {
  private readonly cells = new Map<string, Town[]>();

  constructor(towns: readonly Town[]) {
    for (const t of towns) {
      const key = `${Math.floor(t.lat / CELL)},${Math.floor(t.lon / CELL)}`;
      let cell = this.cells.get(key);
      if (!cell) this.cells.set(key, (cell = []));
      cell.push(t);
    }
  }

  /** The nearest town, searching rings of cells outwards until one is found and one more ring is done. */
  nearest(lat: number, lon: number): Town | null {
    const row = Math.floor(lat / CELL);
    const col = Math.floor(lon / CELL);
    const kx = Math.cos((lat * Math.PI) / 180) ** 2;
    let best: Town | null = null;
    let bestD = Infinity;
    let extra = -1;
    for (let r = 0; r < 60 && extra < 1; r++) {
      for (let dr = -r; dr <= r; dr++) {
        for (let dc = -r; dc <= r; dc++) {
          if (Math.max(Math.abs(dr), Math.abs(dc)) !== r) continue;
          for (const t of this.cells.get(`${row + dr},${col + dc}`) ?? []) {
            const d = (t.lat - lat) ** 2 + kx * (t.lon - lon) ** 2;
            if (d < bestD) [best, bestD] = [t, d];
          }
        }
      }
      if (best) extra++;
    }
    return best;
  }
}

/**
 * Region ("CC.admin1") → [lat, lon] for the countries world-atlas draws, from their towns; null when
 * world-atlas or topojson-client (development dependencies) is not installed, so that the build
 * falls back on towns.
 */
export function admin1Centres(towns: readonly Town[], alpha2OfNumeric: ReadonlyMap<string, string>): Map<string, [number, number]> | null {
  let topology: Topology;
  let feature: typeof Feature;
  try {
    const require = createRequire(import.meta.url);
    topology = require('world-atlas/countries-50m.json') as Topology;
    ({ feature } = require('topojson-client') as { feature: typeof Feature });
  } catch {
    return null;
  }
  const byCountry = new Map<string, Town[]>();
  for (const t of towns) {
    const cc = t.region.slice(0, t.region.indexOf('.'));
    let list = byCountry.get(cc);
    if (!list) byCountry.set(cc, (list = []));
    list.push(t);
  }
  const out = new Map<string, [number, number]>();
  const countries = feature(topology, topology.objects.countries as GeometryCollection);
  for (const f of countries.features) {
    const cc = alpha2OfNumeric.get(String(f.id));
    const own = cc ? byCountry.get(cc) : undefined;
    if (!own || !f.geometry) continue;
    const rings = ringsOf(f.geometry as { type: string; coordinates: unknown });
    let minLat = Infinity;
    let maxLat = -Infinity;
    let minLon = Infinity;
    let maxLon = -Infinity;
    for (const ring of rings) {
      for (const [x, y] of ring) {
        minLat = Math.min(minLat, y);
        maxLat = Math.max(maxLat, y);
        minLon = Math.min(minLon, x);
        maxLon = Math.max(maxLon, x);
      }
    }
    const step = Math.max(STEP, Math.sqrt(((maxLat - minLat) * (maxLon - minLon)) / MAX_SAMPLES));
    const grid = new TownGrid(own);
    const sums = new Map<string, { w: number; lat: number; x: number; y: number }>();
    for (let lat = minLat + step / 2; lat < maxLat; lat += step) {
      const w = Math.cos((lat * Math.PI) / 180);
      for (const [from, to] of spans(rings, lat)) {
        for (let lon = Math.ceil(from / step) * step; lon < to; lon += step) {
          const town = grid.nearest(lat, lon);
          if (!town) continue;
          let s = sums.get(town.region);
          if (!s) sums.set(town.region, (s = { w: 0, lat: 0, x: 0, y: 0 }));
          // Longitudes averaged as directions: a region across the antimeridian stays whole.
          s.w += w;
          s.lat += w * lat;
          s.x += w * Math.cos((lon * Math.PI) / 180);
          s.y += w * Math.sin((lon * Math.PI) / 180);
        }
      }
    }
    for (const [region, s] of sums) {
      const round = (v: number) => Math.round(v * 1e5) / 1e5;
      out.set(region, [round(s.lat / s.w), round((Math.atan2(s.y, s.x) * 180) / Math.PI)]);
    }
  }
  return out;
}
