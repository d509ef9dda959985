// Country facts the export formats need, looked up by ISO 3166-1 alpha-2 or alpha-3 in the
// world-countries package: numeric code, English name, and ACLED's region.
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';

// Loaded as plain data: the package's typings describe the default export of a CommonJS module.
const countries = createRequire(import.meta.url)('world-countries/countries.json') as Countries;

export interface CountryFacts {
  readonly alpha2: string;
  readonly alpha3: string;
  /** ISO 3166-1 numeric, as a number (ACLED's `iso` column). */
  readonly numeric: number | null;
  readonly name: string;
  readonly acledRegion: string;
}

// ACLED's regions follow the UN subregions with a few regroupings: the Caucasus joins Central
// Asia, Iran and Cyprus count as Middle East, Mexico as Central America.
const REGION_BY_SUBREGION: Readonly<Record<string, string>> = {
  'Western Asia': 'Middle East',
  'Southern Asia': 'South Asia',
  'South-Eastern Asia': 'Southeast Asia',
  'Eastern Asia': 'East Asia',
  'Central Asia': 'Caucasus and Central Asia',
  'Northern Africa': 'Northern Africa',
  'Western Africa': 'Western Africa',
  'Middle Africa': 'Middle Africa',
  'Eastern Africa': 'Eastern Africa',
  'Southern Africa': 'Southern Africa',
  'North America': 'North America',
  'Central America': 'Central America',
  'South America': 'South America',
  Caribbean: 'Caribbean',
};
const REGION_BY_COUNTRY: Readonly<Record<string, string>> = {
  AM: 'Caucasus and Central Asia',
  AZ: 'Caucasus and Central Asia',
  GE: 'Caucasus and Central Asia',
  IR: 'Middle East',
  CY: 'Middle East',
  MX: 'Central America',
};

function acledRegion(alpha2: string, region: string, subregion: string): string {
  return REGION_BY_COUNTRY[alpha2] ?? REGION_BY_SUBREGION[subregion] ?? (region === 'Antarctic' ? 'Antarctica' : region);
}

const byCode = new Map<string, CountryFacts>();
for (const c of countries) {
  const facts: CountryFacts = {
    alpha2: c.cca2,
    alpha3: c.cca3,
    numeric: c.ccn3 ? Number(c.ccn3) : null,
    name: c.name.common,
    acledRegion: acledRegion(c.cca2, c.region, c.subregion),
  };
  byCode.set(c.cca2, facts);
  byCode.set(c.cca3, facts);
}

/** Facts for an alpha-2 or alpha-3 code (any case); null for unknown codes. */
export function country(code: string | null | undefined): CountryFacts | null {
  return code ? byCode.get(code.toUpperCase()) ?? null : null;
}
