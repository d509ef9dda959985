import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { geojson } from '../../src/export/geojson.js';
import { jsonl } from '../../src/export/jsonl.js';
import { SituationEvent } from '../../src/model/picture.js';
import { situationEvent } from './events.js';
import { render } from './collect.js';

// RFC 7946's rules for what the export writes: a FeatureCollection of Features whose geometry is
// a Point of [longitude, latitude] in WGS 84 range (or null), properties an object or null, an
// id a string or number, and no `crs` member.
const Position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).rest(z.number());
const Point = z.strictObject({ type: z.literal('Point'), coordinates: Position, bbox: z.array(z.number()).optional() });
const Feature = z.strictObject({
  type: z.literal('Feature'),
  id: z.union([z.string(), z.number()]).optional(),
  geometry: Point.nullable(),
  properties: z.record(z.string(), z.unknown()).nullable(),
  bbox: z.array(z.number()).optional(),
});
const FeatureCollection = z.strictObject({ type: z.literal('FeatureCollection'), features: z.array(Feature), bbox: z.array(z.number()).optional() });

describe('GeoJSON', () => {
  it("passes RFC 7946's rules, longitude first", async () => {
    const text = await render(geojson, [situationEvent({ id: 'se1' }), situationEvent({ id: 'se2', place: null })]);
    const fc = FeatureCollection.parse(JSON.parse(text));
    expect(fc.features[0].geometry).toEqual({ type: 'Point', coordinates: [-0.04, 16.2666] });
    expect(fc.features[0].properties).toMatchObject({ plover: 'ASSAULT', place: 'Gao', sources: 2, fatalities: 12 });
    expect(fc.features[1].geometry).toBeNull();
  });

  it('is a valid empty collection for no events, and rejects what RFC 7946 forbids', async () => {
    expect(FeatureCollection.parse(JSON.parse(await render(geojson, [])))).toEqual({ type: 'FeatureCollection', features: [] });
    const latFirst = { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [16.2, 200] }, properties: {} }] };
    expect(FeatureCollection.safeParse(latFirst).success).toBe(false);
    expect(FeatureCollection.safeParse({ type: 'FeatureCollection', features: [], crs: {} }).success).toBe(false);
  });

  it('streams many events in bounded chunks', async () => {
    const events = Array.from({ length: 600 }, (_, i) => situationEvent({ id: `se${i}` }));
    const chunks: string[] = [];
    for await (const c of geojson.render(events, { now: new Date() })) chunks.push(c);
    expect(chunks.length).toBeGreaterThan(3);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(70 * 1024);
    expect(FeatureCollection.parse(JSON.parse(chunks.join(''))).features).toHaveLength(600);
  });
});

describe('JSON Lines', () => {
  it('writes each event whole, one per line, in the picture schema', async () => {
    const lines = (await render(jsonl, [situationEvent({ id: 'se1' }), situationEvent({ id: 'se2' })])).trimEnd().split('\n');
    expect(lines.map((l) => SituationEvent.parse(JSON.parse(l)).id)).toEqual(['se1', 'se2']);
  });
});
