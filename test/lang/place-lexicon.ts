// The checks every pack's place data must pass: each alias resolves to what it names, and the
// part words are well formed. Each language's test file runs them for its pack.
import { describe, expect, it } from 'vitest';
import { getPack } from '../../src/lang/index.js';
import { geocodeSpans } from '../../src/geo/geoparse.js';
import { gazetteer, indexBuilt } from '../geo/helpers.js';

export function describePlaceLexicon(code: string): void {
  const pack = getPack(code);
  const places = pack.places;

  describe.skipIf(!indexBuilt)(`${code} place aliases`, () => {
    // Each alias, written in a sentence, resolves to what it says (GeoNames id, or the named entry in its country).
    it.each(places.aliases.map((a) => [a.name, a] as const))('%s', (name, alias) => {
      const text = `— ${name} —`;
      const [r] = geocodeSpans(text, [[2, 2 + name.length]], pack, gazetteer());
      expect(r!.place, name).not.toBeNull();
      if (alias.geonameid !== undefined) expect(r!.place!.geonameid).toBe(alias.geonameid);
      else expect(r!.place!.name.toLowerCase()).toBe(alias.sameAs!.toLowerCase());
      if (alias.country) expect(r!.place!.country).toBe(alias.country);
      if (alias.feature) expect(r!.place!.feature).toBe(alias.feature);
    });
  });

  describe(`${code} place lexicon`, () => {
    it('maps every part word to a part code', () => {
      for (const part of [...Object.values(places.parts), ...Object.values(places.partAdjectives)]) expect(part).toMatch(/^[a-z]+$/);
    });
    it('lists ambiguous parts among the parts', () => {
      for (const w of places.ambiguousParts) expect(Object.keys(places.parts)).toContain(w);
    });
  });
}
