// Continents and large regions, which the city and country packages lack: GeoNames ids and
// centres (CC BY 4.0). Their names in each language come from the packs' aliases.
export interface Region {
  /** GeoNames id; 0 when none is recorded here. */
  readonly id: number;
  readonly label: string;
  readonly lat: number;
  readonly lon: number;
  readonly feature: 'CONT' | 'RGN';
  /** ISO alpha-2 of the one country a region lies in. */
  readonly country?: string;
}

export const REGIONS: readonly Region[] = [
  { id: 6255146, label: 'Africa', lat: 7.1881, lon: 21.09375, feature: 'CONT' },
  { id: 6255147, label: 'Asia', lat: 29.84064, lon: 89.29688, feature: 'CONT' },
  { id: 6255148, label: 'Europe', lat: 48.69096, lon: 9.14062, feature: 'CONT' },
  { id: 6255149, label: 'North America', lat: 46.07323, lon: -100.54688, feature: 'CONT' },
  { id: 6255150, label: 'South America', lat: -14.60485, lon: -57.65625, feature: 'CONT' },
  { id: 6255151, label: 'Oceania', lat: -18.31281, lon: 138.51562, feature: 'CONT' },
  { id: 6255152, label: 'Antarctica', lat: -78.15856, lon: 16.40626, feature: 'CONT' },
  { id: 0, label: 'Middle East', lat: 29.2, lon: 42.5, feature: 'RGN' },
  // Regions that wars are named after but that are no administrative unit in the packages; the
  // middle of their land, to a tenth of a degree.
  { id: 0, label: 'Darfur', lat: 13.5, lon: 24.0, feature: 'RGN', country: 'SD' },
  { id: 0, label: 'Eastern Ghouta', lat: 33.55, lon: 36.4, feature: 'RGN', country: 'SY' },
  { id: 0, label: 'South Ossetia', lat: 42.3, lon: 44.0, feature: 'RGN', country: 'GE' },
  { id: 0, label: 'Nagorno-Karabakh', lat: 39.8, lon: 46.7, feature: 'RGN', country: 'AZ' },
  { id: 0, label: 'Donbas', lat: 48.0, lon: 38.5, feature: 'RGN', country: 'UA' },
  { id: 0, label: 'Sinai', lat: 29.5, lon: 33.8, feature: 'RGN', country: 'EG' },
  { id: 0, label: 'Kashmir', lat: 34.0, lon: 76.0, feature: 'RGN' },
  { id: 0, label: 'Korean Peninsula', lat: 37.5, lon: 127.5, feature: 'RGN' },
];

/**
 * GeoNames' own centres for countries whose world-countries centroid lies far from it (the
 * benchmarks' gold and most GeoNames users put "the United States" at GeoNames' point).
 */
export const COUNTRY_CENTRES: Readonly<Record<string, readonly [number, number]>> = {
  US: [39.76, -98.5],
  CA: [60.10867, -113.64258],
};
