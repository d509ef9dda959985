import { describe, expect, it } from 'vitest';
import { admin1Centres } from '../../scripts/admin1-centres.js';

describe('admin-1 positions from land and towns', () => {
  // Iceland (ISO numeric 352) split between two made-up regions by their towns.
  const towns = [
    { lat: 64.15, lon: -21.9, region: 'IS.W' },
    { lat: 65.7, lon: -23.0, region: 'IS.W' },
    { lat: 65.26, lon: -14.4, region: 'IS.E' },
  ];
  const centres = admin1Centres(towns, new Map([['352', 'IS']]))!;

  it('gives each region the middle of the land nearest its towns', () => {
    const [wLat, wLon] = centres.get('IS.W')!;
    const [eLat, eLon] = centres.get('IS.E')!;
    expect(wLon).toBeLessThan(eLon);
    for (const [lat, lon] of [[wLat, wLon], [eLat, eLon]]) {
      expect(lat).toBeGreaterThan(63.3);
      expect(lat).toBeLessThan(66.6);
      expect(lon).toBeGreaterThan(-24.6);
      expect(lon).toBeLessThan(-13.4);
    }
    // The eastern region reaches inland, far west of its one coastal town.
    expect(eLon).toBeLessThan(-15.5);
  });

  it('leaves countries it has no towns for, and unknown codes, alone', () => {
    expect([...centres.keys()].sort()).toEqual(['IS.E', 'IS.W']);
    expect(admin1Centres(towns, new Map())!.size).toBe(0);
  });
});
