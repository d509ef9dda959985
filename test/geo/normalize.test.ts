import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/geo/normalize.js';

describe('normalizeName', () => {
  it('folds case, diacritics, hyphens and apostrophes', () => {
    expect(normalizeName('Genève')).toBe('geneve');
    expect(normalizeName('ALEP‑EST')).toBe('alep est');
    expect(normalizeName('Deir ez-Zor')).toBe('deir ez zor');
    expect(normalizeName('Tall ‘Afar')).toBe("tall 'afar");
    expect(normalizeName('St. Louis')).toBe('st louis');
    expect(normalizeName('Œuilly')).toBe('oeuilly');
  });
  it('keeps distinct names apart', () => {
    expect(normalizeName('Paris')).not.toBe(normalizeName('Pâris-Est'));
  });
});
