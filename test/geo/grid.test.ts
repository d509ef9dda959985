import { describe, expect, it } from 'vitest';
import { PointGrid, roughKm } from '../../src/geo/grid.js';

describe('point grid', () => {
  // [lat, lon]. Lyon, Villeurbanne and Grenoble share a 2° cell; Geneva is in the row north, Paris far.
  const lyon = [45.76, 4.84] as const;
  const geneva = [46.2, 6.14] as const;
  const villeurbanne = [45.77, 4.88] as const;
  const grenoble = [45.19, 5.72] as const;
  const paris = [48.86, 2.35] as const;

  it('visits the points within the distance, cell by cell and in the order added within a cell', () => {
    const grid = new PointGrid<string>();
    grid.add(...geneva, 'geneva');
    grid.add(...grenoble, 'grenoble');
    grid.add(...villeurbanne, 'villeurbanne');
    grid.add(...paris, 'paris');
    grid.add(...lyon, 'lyon');
    const seen: [string, number][] = [];
    grid.some(...lyon, 120, (name, km) => (seen.push([name, Math.round(km)]), false));
    expect(seen.map(([name]) => name)).toEqual(['grenoble', 'villeurbanne', 'lyon', 'geneva']);
    expect(seen[0]![1]).toBe(Math.round(roughKm(...lyon, ...grenoble)));
    expect(seen[2]![1]).toBe(0);
  });

  it('stops when the visitor says so, and finds nothing in an empty grid', () => {
    const grid = new PointGrid<number>();
    expect(grid.some(...lyon, 500, () => true)).toBe(false);
    grid.add(...lyon, 1);
    grid.add(...villeurbanne, 2);
    const seen: number[] = [];
    expect(grid.some(...lyon, 10, (id) => (seen.push(id), true))).toBe(true);
    expect(seen).toEqual([1]);
  });

  it('joins cells across the antimeridian', () => {
    const grid = new PointGrid<string>();
    grid.add(-17.8, 179.9, 'east of 180');
    const seen: string[] = [];
    grid.some(-17.8, -179.9, 50, (name) => (seen.push(name), false));
    expect(seen).toEqual(['east of 180']);
  });

  it('visits exactly the points a scan of all of them finds within the distance, away from the poles', () => {
    // A fixed pseudo-random spread of points across the antimeridian, around the equator and at mid and high latitudes.
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (const [lat0, lon0] of [[-55, 179], [0, -179.5], [45, 10], [70, 100]] as const) {
      const grid = new PointGrid<number>();
      const points: [number, number][] = [];
      for (let i = 0; i < 300; i++) {
        const lat = Math.max(-90, Math.min(90, lat0 + (random() - 0.5) * 8));
        const lon = ((lon0 + (random() - 0.5) * 16 + 540) % 360) - 180;
        points.push([lat, lon]);
        grid.add(lat, lon, i);
      }
      for (const km of [30, 100, 200, 600]) {
        for (const [lat, lon] of points.slice(0, 40)) {
          const seen: number[] = [];
          grid.some(lat, lon, km, (i) => (seen.push(i), false));
          const expected = points.flatMap(([la, lo], i) => (roughKm(lat, lon, la, lo) < km ? [i] : []));
          expect(seen.sort((a, b) => a - b)).toEqual(expected);
        }
      }
    }
  });
});
