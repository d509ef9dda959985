import { describe, expect, it } from 'vitest';
import { emptyFilters, formatHash, parseHash, sameFilters } from '../../src/web/state.js';

describe('URL state', () => {
  it('reads a route and its filters from the hash', () => {
    const s = parseHash('#/events/se-42?type=ASSAULT,COERCE&actor=Wagner%20Group&country=UA&modality=alleged&timing=current&min_sources=2&q=tank%20column&from=2022-03-01&to=2022-03-31');
    expect(s.route).toEqual({ kind: 'event', id: 'se-42' });
    expect(s.filters).toEqual({
      type: ['ASSAULT', 'COERCE'], actor: 'Wagner Group', country: 'UA', modality: ['alleged'], timing: ['current'],
      minSources: 2, q: 'tank column', from: '2022-03-01', to: '2022-03-31',
    });
  });

  it('reads article routes with and without an evidence span', () => {
    expect(parseHash('#/articles/a%2F1/120-188').route).toEqual({ kind: 'article', id: 'a/1', span: [120, 188] });
    expect(parseHash('#/articles/abc').route).toEqual({ kind: 'article', id: 'abc' });
    expect(parseHash('#/places/gn:170063').route).toEqual({ kind: 'place', id: 'gn:170063' });
  });

  it('round-trips through formatHash', () => {
    const s = parseHash('#/articles/x%20y/3-9?type=AID&q=%C3%A9vacuation&min_sources=3');
    expect(parseHash(formatHash(s))).toEqual(s);
    expect(formatHash({ route: { kind: 'home' }, filters: emptyFilters() })).toBe('#/');
  });

  it('drops malformed values instead of failing', () => {
    const s = parseHash('#/nowhere/1?from=yesterday&to=2022-13&min_sources=-4&type=,,');
    expect(s.route).toEqual({ kind: 'home' });
    expect(s.filters).toEqual(emptyFilters());
    expect(parseHash('#/events/%E0%A4%A').route).toEqual({ kind: 'event', id: '%E0%A4%A' });
    expect(parseHash('').route).toEqual({ kind: 'home' });
  });

  it('keeps the map view, and drops one out of range', () => {
    const s = parseHash('#/?type=AID&map=48.4567,35.0123,7');
    expect(s.view).toEqual({ lat: 48.4567, lon: 35.0123, zoom: 7 });
    expect(formatHash(s)).toBe('#/?type=AID&map=48.4567%2C35.0123%2C7');
    expect(parseHash('#/?map=95,10,3').view).toBeUndefined();
    expect(parseHash('#/?map=1,2').view).toBeUndefined();
  });

  it('compares filters by value', () => {
    const a = parseHash('#/?type=AID&q=x').filters;
    const b = parseHash('#/events/1?q=x&type=AID').filters;
    expect(sameFilters(a, b)).toBe(true);
    expect(sameFilters(a, { ...b, q: 'y' })).toBe(false);
  });
});
