// Every state of the world, language-neutral: ISO3 code, canonical English name and adjective,
// English capitals. Built from world-countries; the packs add their own words for each.
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';

export const worldCountries = createRequire(import.meta.url)('world-countries/countries.json') as Countries;

export interface CountryInfo {
  readonly iso3: string;
  readonly name: string;
  /** English adjective for canonical names: "Syrian government", "US-led coalition". */
  readonly adjective: string;
  readonly capitals: readonly string[];
}

/** Canonical English names and adjectives where the common ones are not what news and gold files use. */
const NAME: Readonly<Record<string, string>> = { USA: 'United States', GBR: 'United Kingdom', PSE: 'Palestine', COD: 'DR Congo' };
const ADJECTIVE: Readonly<Record<string, string>> = { USA: 'US', GBR: 'British', SAU: 'Saudi', ARE: 'Emirati', COD: 'Congolese', PSE: 'Palestinian' };

export const COUNTRIES: readonly CountryInfo[] = Object.freeze(
  worldCountries.map((c) => ({
    iso3: c.cca3,
    name: NAME[c.cca3] ?? c.name.common,
    adjective: ADJECTIVE[c.cca3] ?? c.demonyms?.eng?.m ?? c.name.common,
    capitals: c.capital ?? [],
  })),
);

export const COUNTRY_BY_ISO3: ReadonlyMap<string, CountryInfo> = new Map(COUNTRIES.map((c) => [c.iso3, c]));
