// Place data shared by the language packs.
import type { PlaceAlias } from '../../geo/recognize.js';

/** A region's adjective and people's names, as aliases of the region: a first-level region of `country` when given. */
export const peopleOf = (place: string, names: readonly string[], country?: string): PlaceAlias[] =>
  names.map((name) => ({ name, sameAs: place, adjective: true, ...(country ? { country, feature: 'ADM1' } : {}) }));
