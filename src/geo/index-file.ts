// The built gazetteer index on disk (data/cache/gazetteer.json): one column per field so that
// JSON.parse stays fast, and one name table from normalized names to entries.
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../shared-data.js';

export const INDEX_FORMAT = 'sitrep-gazetteer/2';

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
  readonly name: readonly string[];
  /** English display name (GeoNames' English name when tagged, else `name`). */
  readonly label: readonly string[];
  readonly lat: readonly number[];
  readonly lon: readonly number[];
  readonly country: readonly string[];
  readonly admin1: readonly string[];
  /** GeoNames feature code: PCLI, ADM1, PPLC, PPLA, PPL… */
  readonly feature: readonly string[];
  readonly population: readonly number[];
  /** "key\tv,v,…\n" records sorted by key (code units), where v = entry * NAME_FLAGS + bits. */
  readonly names: string;
  /** Normalized demonym (en/fr, both genders) → ISO alpha-2: adjectives that name a country. */
  readonly demonyms: Readonly<Record<string, string>>;
}
