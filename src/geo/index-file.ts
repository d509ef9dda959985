// The built gazetteer index on disk (data/cache/gazetteer.json): one column per field, numbers
// only (codes into small tables, names joined in one string), so that JSON.parse stays fast and the
// loaded index is a few large objects rather than a million small strings for the collector to
// trace; and one name table from normalized names to entries.
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../shared-data.js';

export const INDEX_FORMAT = 'sitrep-gazetteer/3';

export function defaultIndexPath(): string {
  return process.env.SITREP_GAZETTEER ?? resolve(PROJECT_ROOT, 'data', 'cache', 'gazetteer.json');
}

/** Bits packed with the entry number in `names` values (value = entry * NAME_FLAGS + bits). */
export const NAME_MAIN = 1; // the entry's own name (GeoNames name/asciiname, a country's common name)
export const NAME_TAGGED = 2; // a name tagged with one of Sitrep's languages
export const NAME_FLAGS = 4;

export interface IndexFile {
  readonly format: typeof INDEX_FORMAT;
  /** Fingerprint of the sources and the build code: the build is skipped when it matches. */
  readonly key: string;
  readonly sources: readonly string[];
  readonly id: readonly number[];
  /** Entry names, one a line, in entry order. */
  readonly name: string;
  /** English display names (GeoNames' English name when tagged, else the name), one a line. */
  readonly label: string;
  readonly lat: readonly number[];
  readonly lon: readonly number[];
  /** Codes into `countries`, `admin1s` and `features` (GeoNames feature codes: PCLI, ADM1, PPLC, PPL…). */
  readonly country: readonly number[];
  readonly admin1: readonly number[];
  readonly feature: readonly number[];
  readonly countries: readonly string[];
  readonly admin1s: readonly string[];
  readonly features: readonly string[];
  readonly population: readonly number[];
  /** "key\tv,v,…\n" records sorted by key (code units), where v = entry * NAME_FLAGS + bits. */
  readonly names: string;
  /** Normalized demonym (en/fr, both genders) → ISO alpha-2: adjectives that name a country. */
  readonly demonyms: Readonly<Record<string, string>>;
}
