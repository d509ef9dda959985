// The aggregate the page's map and timeline draw at scale: counts per day and type, and per
// grid cell, instead of every event. The cell size follows the map's zoom.
import { z } from 'zod';
import type { SituationEvent } from '../../../model/picture.js';

export const MAX_ZOOM = 18;

/** Cell size in degrees at a zoom level: 45° at zoom 0, halving at each level. */
export const cellDegrees = (zoom: number) => 45 / 2 ** zoom;

export const Summary = z.object({
  total: z.number().int(),
  cell: z.number().meta({ description: 'cell size in degrees' }),
  days: z.array(z.object({ date: z.string(), plover: z.string(), count: z.number().int() })),
  cells: z.array(z.object({ lon: z.number(), lat: z.number(), count: z.number().int(), types: z.record(z.string(), z.number().int()) })),
  undated: z.number().int(),
  unplaced: z.number().int(),
});
export type Summary = z.infer<typeof Summary>;

export async function summarise(events: AsyncIterable<SituationEvent>, zoom: number): Promise<Summary> {
  const cell = cellDegrees(zoom);
  const days = new Map<string, number>();
  const cells = new Map<string, { lon: number; lat: number; count: number; types: Record<string, number> }>();
  let total = 0;
  let undated = 0;
  let unplaced = 0;
  for await (const e of events) {
    total++;
    if (e.date && e.date.length >= 10) {
      const key = `${e.date.slice(0, 10)}\t${e.plover}`;
      days.set(key, (days.get(key) ?? 0) + 1);
    } else undated++;
    const p = e.place;
    if (p && p.lat !== null && p.lon !== null) {
      const x = Math.floor(p.lon / cell);
      const y = Math.floor(p.lat / cell);
      const key = `${x},${y}`;
      let c = cells.get(key);
      if (!c) cells.set(key, (c = { lon: (x + 0.5) * cell, lat: (y + 0.5) * cell, count: 0, types: {} }));
      c.count++;
      c.types[e.plover] = (c.types[e.plover] ?? 0) + 1;
    } else unplaced++;
  }
  return {
    total,
    cell,
    days: [...days].map(([key, count]) => {
      const [date, plover] = key.split('\t');
      return { date, plover, count };
    }).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.plover < b.plover ? -1 : 1)),
    cells: [...cells.values()],
    undated,
    unplaced,
  };
}
