// Points bucketed in 2° cells, to find the ones within some distance of a place without comparing
// every pair: a document's names and their candidates stay linear in number.

const CELL = 2;
const COLUMNS = 360 / CELL;
const KM_PER_DEGREE = 111.2;
/** Latitude from which a query's columns are not narrowed to its box (see `some`). */
const POLAR = 88;

/** Equirectangular distance: cheap, and close enough within a few hundred kilometres. */
export function roughKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  let dlon = Math.abs(lon2 - lon1);
  if (dlon > 180) dlon = 360 - dlon;
  const x = dlon * Math.cos(((lat1 + lat2) * Math.PI) / 360);
  return KM_PER_DEGREE * Math.sqrt(x * x + (lat2 - lat1) ** 2);
}

/**
 * Points in flat columns, each cell a chain through them in the order added: a document's grid is a
 * handful of arrays, not a map entry and three arrays per cell.
 */
export class PointGrid<T> {
  /** Cell id → its slot in `heads` and `tails`, the indices of its first and last point in the columns. */
  private readonly cells = new Map<number, number>();
  private readonly heads: number[] = [];
  private readonly tails: number[] = [];
  private readonly lats: number[] = [];
  private readonly lons: number[] = [];
  private readonly values: T[] = [];
  /** The next point of the same cell, -1 after its last. */
  private readonly next: number[] = [];

  private static cellId(row: number, col: number): number {
    return (row + 1000) * 1000 + (((col % COLUMNS) + COLUMNS) % COLUMNS);
  }

  add(lat: number, lon: number, value: T): void {
    const id = PointGrid.cellId(Math.floor(lat / CELL), Math.floor(lon / CELL));
    const at = this.lats.length;
    this.lats.push(lat);
    this.lons.push(lon);
    this.values.push(value);
    this.next.push(-1);
    const slot = this.cells.get(id);
    if (slot === undefined) {
      this.cells.set(id, this.heads.length);
      this.heads.push(at);
      this.tails.push(at);
    } else {
      this.next[this.tails[slot]!] = at;
      this.tails[slot] = at;
    }
  }

  /** Calls `visit` with each point within `km` (at most a few hundred) of (lat, lon) and its distance; stops when it returns true. */
  some(lat: number, lon: number, km: number, visit: (value: T, km: number) => boolean): boolean {
    if (!this.lats.length) return false;
    const col = Math.floor(lon / CELL);
    const rows = Math.ceil(km / (KM_PER_DEGREE * CELL));
    // A cell is narrower towards the poles: look as many columns out as that takes (a whole row at most).
    const shrink = Math.max(0.02, Math.cos((Math.min(89, Math.abs(lat) + CELL * rows) * Math.PI) / 180));
    const cols = Math.min(COLUMNS >> 1, Math.ceil(km / (KM_PER_DEGREE * CELL * shrink)));
    // Only the cells that the box of `km` around the point reaches, in the same order: the others of
    // the window above hold points at least `km` away in latitude or longitude, which the checks
    // below would skip (100 km at mid-latitudes: 2 to 6 cells rather than 9).
    const dLat = km / KM_PER_DEGREE;
    const dLon = km / (KM_PER_DEGREE * shrink);
    const fromRow = Math.floor((lat - dLat) / CELL);
    const toRow = Math.floor((lat + dLat) / CELL);
    // Near a pole (where `shrink` is a floor, not the cosine) or a whole row around: the window as is.
    const exact = cols < COLUMNS >> 1 && Math.abs(lat) + CELL * rows < POLAR;
    const fromCol = exact ? Math.floor((lon - dLon) / CELL) : col - cols;
    const toCol = exact ? Math.floor((lon + dLon) / CELL) : col + cols;
    const { cells, heads, lats, lons, values, next } = this;
    for (let r = fromRow; r <= toRow; r++) {
      // cellId(r, c) without a call per cell: a cold caller runs this loop interpreted.
      const rowId = (r + 1000) * 1000;
      for (let c = fromCol; c <= toCol; c++) {
        const slot = cells.get(rowId + (((c % COLUMNS) + COLUMNS) % COLUMNS));
        if (slot === undefined) continue;
        for (let k = heads[slot]!; k >= 0; k = next[k]!) {
          // Farther in latitude alone than `km`: roughKm is at least that (skipped before its cosine).
          if (Math.abs(lats[k]! - lat) * KM_PER_DEGREE >= km) continue;
          const d = roughKm(lat, lon, lats[k]!, lons[k]!);
          if (d < km && visit(values[k]!, d)) return true;
        }
      }
    }
    return false;
  }
}
