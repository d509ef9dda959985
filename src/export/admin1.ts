// ACLED's admin1 names from the gazetteer: places carry GeoNames admin-1 codes.
import type { Gazetteer } from '../geo/gazetteer.js';
import type { Admin1Namer } from './format.js';

export function admin1Namer(gazetteer: Gazetteer | null): Admin1Namer | undefined {
  if (!gazetteer) return undefined;
  return (country, code) => {
    const index = gazetteer.admin1(country.toUpperCase(), code);
    return index === undefined ? null : gazetteer.entry(index).name;
  };
}
