// A grid clusterer: points that fall in the same screen cell at the current zoom become one
// cluster. Screen cells come from the Web Mercator projection that Leaflet uses (256-px tiles),
// so the grid is the same wherever the map is panned, and clustering costs one pass.
export interface GeoPoint {
  lat: number;
  lon: number;
}

export interface Cluster<T extends GeoPoint> {
  /** Mean position of the members. */
  lat: number;
  lon: number;
  members: T[];
}

const TILE = 256;
const MAX_LAT = 85.0511287798;

/** Pixel coordinates of a point at a zoom level, as Leaflet's EPSG:3857 CRS computes them. */
export function project(lat: number, lon: number, zoom: number): { x: number; y: number } {
  const scale = TILE * 2 ** zoom;
  const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  return {
    x: ((lon + 180) / 360) * scale,
    y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale,
  };
}

/** Groups points by grid cell of `cellPx` pixels at `zoom`; points without coordinates are skipped. */
export function gridCluster<T extends GeoPoint>(points: readonly T[], zoom: number, cellPx: number): Cluster<T>[] {
  const cells = new Map<string, { latSum: number; lonSum: number; members: T[] }>();
  for (const p of points) {
    if (!Number.isFinite(p.lat) || !Number.isFinite(p.lon)) continue;
    const { x, y } = project(p.lat, p.lon, zoom);
    const key = `${Math.floor(x / cellPx)}:${Math.floor(y / cellPx)}`;
    const cell = cells.get(key);
    if (cell) {
      cell.latSum += p.lat;
      cell.lonSum += p.lon;
      cell.members.push(p);
    } else {
      cells.set(key, { latSum: p.lat, lonSum: p.lon, members: [p] });
    }
  }
  return [...cells.values()].map((c) => ({ lat: c.latSum / c.members.length, lon: c.lonSum / c.members.length, members: c.members }));
}

/** The most frequent value of `key` among the members (ties go to the first seen). */
export function dominant<T>(members: readonly T[], key: (m: T) => string): string {
  const counts = new Map<string, number>();
  let best = '';
  let bestCount = 0;
  for (const m of members) {
    const k = key(m);
    const n = (counts.get(k) ?? 0) + 1;
    counts.set(k, n);
    if (n > bestCount) {
      best = k;
      bestCount = n;
    }
  }
  return best;
}
