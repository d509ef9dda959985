// Place data shared by the language packs.
import type { PlaceAlias } from '../../geo/recognize.js';

/**
 * A region's adjective and people's names, as aliases of the region: a first-level region of
 * `country` when given, else of the GeoNames feature given ("RGN": Siberia, not a town named so).
 */
export const peopleOf = (place: string, names: readonly string[], country?: string, feature?: string): PlaceAlias[] =>
  names.map((name) => ({ name, sameAs: place, adjective: true, ...(country ? { country, feature: 'ADM1' } : feature ? { feature } : {}) }));

/** Aliases read only in a span given as a place (see PlaceAlias.spanOnly). */
export const spanOnly = (aliases: readonly PlaceAlias[]): PlaceAlias[] => aliases.map((a) => ({ ...a, spanOnly: true }));
