import { describe, expect, it } from 'vitest';
import { geocodeLine } from '../../src/geo/geocode-protocol.js';
import { NO_GAZETTEER } from '../../src/geo/places.js';
import { gazetteer, indexBuilt } from './helpers.js';

describe('geocode line protocol', () => {
  it('answers a bad line with a coded error and no places', () => {
    expect(geocodeLine('not json', null)).toMatchObject({ places: [], error: expect.stringMatching(/^SITREP_E_INPUT/) });
    expect(geocodeLine('{"text": "x", "spans": [[0]]}', null).error).toMatch(/SITREP_E_INPUT/);
    expect(geocodeLine('{"text": "x", "spans": [], "lang": "xx"}', null).error).toMatch(/SITREP_E_LANG/);
  });

  it('leaves every span unresolved with a reason when there is no gazetteer', () => {
    expect(geocodeLine('{"text": "in Kharkiv", "spans": [[3, 10]]}', null)).toEqual({ places: [{ start: 3, end: 10, place: null, reason: NO_GAZETTEER }] });
  });

  it.skipIf(!indexBuilt)('resolves each span in order, one failure leaving the others', () => {
    const text = 'Troops left Springfield, Illinois for Qqxvbrook and Kharkiv.';
    const spans = [[12, 23], [25, 33], [38, 47], [52, 59], [50, 999]];
    const out = geocodeLine(JSON.stringify({ text, spans }), gazetteer());
    expect(out.places.map((p) => [p.start, p.end, p.place?.geonameid ?? p.place?.name ?? null, p.reason ?? null])).toEqual([
      [12, 23, 4250542, null],
      [25, 33, 'Illinois', null],
      [38, 47, null, 'not in the gazetteer'],
      [52, 59, 706483, null],
      [50, 999, null, 'span outside the text'],
    ]);
    expect(out.places[0]!.place).toMatchObject({ country: 'US', admin1: 'IL', feature: 'PPLA' });
  });
});
