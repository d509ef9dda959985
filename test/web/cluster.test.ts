import { describe, expect, it } from 'vitest';
import { dominant, gridCluster, project } from '../../src/web/cluster.js';

const kyiv = { id: 'kyiv', lat: 50.45, lon: 30.52, type: 'ASSAULT' };
const irpin = { id: 'irpin', lat: 50.52, lon: 30.25, type: 'ASSAULT' };
const kharkiv = { id: 'kharkiv', lat: 49.99, lon: 36.23, type: 'COERCE' };
const gaza = { id: 'gaza', lat: 31.5, lon: 34.47, type: 'AID' };

describe('grid clusterer', () => {
  it('projects like Web Mercator at 256 px tiles', () => {
    expect(project(0, 0, 0)).toEqual({ x: 128, y: 128 });
    const p = project(85.0511287798, 180, 1);
    expect(p.x).toBeCloseTo(512);
    expect(p.y).toBeCloseTo(0, 5);
  });

  it('joins nearby points at low zoom and separates them at high zoom', () => {
    const low = gridCluster([kyiv, irpin, kharkiv, gaza], 5, 44);
    const withKyiv = low.find((c) => c.members.includes(kyiv))!;
    expect(withKyiv.members.map((m) => m.id).sort()).toEqual(['irpin', 'kyiv']);
    expect(withKyiv.lat).toBeCloseTo((kyiv.lat + irpin.lat) / 2);
    expect(low).toHaveLength(3);
    expect(gridCluster([kyiv, irpin, kharkiv, gaza], 12, 44)).toHaveLength(4);
  });

  it('skips points without coordinates', () => {
    expect(gridCluster([{ lat: Number.NaN, lon: 3 }, { lat: 1, lon: Number.POSITIVE_INFINITY }], 3, 44)).toEqual([]);
  });

  it('names the dominant type of a cluster', () => {
    expect(dominant([kyiv, kharkiv, irpin], (m) => m.type)).toBe('ASSAULT');
    expect(dominant([], (m: { type: string }) => m.type)).toBe('');
  });
});
