// The aggregate the page's map and timeline draw at scale: counts per day and type, and per
// grid cell, instead of every event. The cell size follows the map's zoom.
import { z } from 'zod';
import type { EventCounts } from '../../../store/repository.js';

export const MAX_ZOOM = 18;

/** Cell size in degrees at a zoom level: 45° at zoom 0, halving at each level. */
export const cellDegrees = (zoom: number) => 45 / 2 ** zoom;

export const Summary = z.object({
  total: z.number().int(),
  cell: z.number().meta({ description: 'cell size in degrees' }),
  days: z.array(z.object({ date: z.string(), plover: z.string(), count: z.number().int() })),
  cells: z.array(z.object({ lon: z.number(), lat: z.number(), count: z.number().int(), types: z.record(z.string(), z.number().int()) })),
  undated: z.number().int().meta({ description: 'events without a day (counted when the days are asked)' }),
  unplaced: z.number().int().meta({ description: 'events without a position (counted when the cells are asked)' }),
});
export type Summary = z.infer<typeof Summary>;

/** The store's grouped counts (see Repository.countEvents) as the page draws them. */
export function summarise(counts: EventCounts, cell: number): Summary {
  let undated = 0;
  let unplaced = 0;
  const days = new Map<string, number>();
  for (const d of counts.days) {
    if (d.day && d.day.length >= 10) {
      const key = `${d.day}\t${d.plover}`;
      days.set(key, (days.get(key) ?? 0) + d.count);
    } else undated += d.count;
  }
  const cells = new Map<string, { lon: number; lat: number; count: number; types: Record<string, number> }>();
  for (const g of counts.cells) {
    if (g.x === null || g.y === null) {
      unplaced += g.count;
      continue;
    }
    const key = `${g.x},${g.y}`;
    let c = cells.get(key);
    if (!c) cells.set(key, (c = { lon: (g.x + 0.5) * cell, lat: (g.y + 0.5) * cell, count: 0, types: {} }));
    c.count += g.count;
    c.types[g.plover] = (c.types[g.plover] ?? 0) + g.count;
  }
  return {
    total: counts.total,
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
