// Points bucketed in 2° cells, to find the ones within some distance of a place without comparing
// every pair: a document's names and their candidates stay linear in number.

const CELL = 2;
const COLUMNS = 360 / CELL;

/** Equirectangular distance: cheap, and close enough within a few hundred kilometres. */
export function roughKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  let dlon = Math.abs(lon2 - lon1);
  if (dlon > 180) dlon = 360 - dlon;
  const x = dlon * Math.cos(((lat1 + lat2) * Math.PI) / 360);
  return 111.2 * Math.sqrt(x * x + (lat2 - lat1) ** 2);
}

export class PointGrid<T> {
  private readonly cells = new Map<number, { lat: number; lon: number; value: T }[]>();

  private static cellId(row: number, col: number): number {
    return (row + 1000) * 1000 + (((col % COLUMNS) + COLUMNS) % COLUMNS);
  }

  add(lat: number, lon: number, value: T): void {
    const id = PointGrid.cellId(Math.floor(lat / CELL), Math.floor(lon / CELL));
    let cell = this.cells.get(id);
    if (!cell) this.cells.set(id, (cell = []));
    cell.push({ lat, lon, value });
  }

  /** Calls `visit` with each point within `km` (at most a few hundred) of (lat, lon) and its distance; stops when it returns true. */
  some(lat: number, lon: number, km: number, visit: (value: T, km: number) => boolean): boolean {
    const row = Math.floor(lat / CELL);
    const col = Math.floor(lon / CELL);
    const rows = Math.ceil(km / (111.2 * CELL));
    // A cell is narrower towards the poles: look as many columns out as that takes (a whole row at most).
    const shrink = Math.max(0.02, Math.cos((Math.min(89, Math.abs(lat) + CELL * rows) * Math.PI) / 180));
    const cols = Math.min(COLUMNS >> 1, Math.ceil(km / (111.2 * CELL * shrink)));
    for (let r = row - rows; r <= row + rows; r++) {
      for (let c = col - cols; c <= col + cols; c++) {
        const cell = this.cells.get(PointGrid.cellId(r, c));
        if (!cell) continue;
        for (const p of cell) {
          const d = roughKm(lat, lon, p.lat, p.lon);
          if (d < km && visit(p.value, d)) return true;
        }
      }
    }
    return false;
  }
}
