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
  { id: 6269133, label: 'Middle East', lat: 33.13906, lon: 35.85869, feature: 'RGN' },
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
  // Regions of several countries that conflict news names as a whole; GeoNames' point where it
  // lies inside the region, else its middle.
  { id: 0, label: 'Golan Heights', lat: 33.0, lon: 35.8, feature: 'RGN' },
  { id: 0, label: 'Levant', lat: 34.0, lon: 37.0, feature: 'RGN' },
  { id: 0, label: 'Caucasus', lat: 42.5, lon: 45.0, feature: 'RGN' },
  { id: 0, label: 'Balkans', lat: 43.0, lon: 21.0, feature: 'RGN' },
  { id: 323835, label: 'Anatolia', lat: 39.0, lon: 35.0, feature: 'RGN', country: 'TR' },
  { id: 2016590, label: 'Siberia', lat: 60.0, lon: 100.0, feature: 'RGN', country: 'RU' },
  { id: 2614165, label: 'Scandinavia', lat: 63.0, lon: 12.0, feature: 'RGN' },
  { id: 0, label: 'Maghreb', lat: 32.0, lon: 3.0, feature: 'RGN' },
  { id: 0, label: 'Sahara', lat: 23.0, lon: 10.0, feature: 'RGN' },
  { id: 7729887, label: 'North Africa', lat: 32.95, lon: 9.98, feature: 'RGN' },
  { id: 0, label: 'West Africa', lat: 12.0, lon: -5.0, feature: 'RGN' },
  { id: 0, label: 'East Africa', lat: 0.0, lon: 37.0, feature: 'RGN' },
  { id: 0, label: 'Horn of Africa', lat: 8.0, lon: 45.0, feature: 'RGN' },
  { id: 0, label: 'Central Asia', lat: 43.0, lon: 65.0, feature: 'RGN' },
  { id: 6942346, label: 'Southeast Asia', lat: 12.38, lon: 103.01, feature: 'RGN' },
  { id: 0, label: 'Central America', lat: 13.0, lon: -86.0, feature: 'RGN' },
];

/** A place set by hand under its names in each language (src/lang/shared/waters.ts, airports.ts). */
export interface Site {
  /** English name, shown as the place's name. */
  readonly label: string;
  /** GeoNames feature code. */
  readonly feature: string;
  readonly lat: number;
  readonly lon: number;
  /** Other names by pack code; the label is read in every language. */
  readonly names: Readonly<Record<string, readonly string[]>>;
}

/** GeoNames' feature codes of waters (src/lang/shared/waters.ts): ocean, sea, gulf or bay, strait, channel, canal, river, lake. */
export const WATER_FEATURES = ['OCN', 'SEA', 'GULF', 'STRT', 'CHN', 'CNL', 'STM', 'LK'] as const;
export type WaterFeature = (typeof WATER_FEATURES)[number];
const waterFeatures: ReadonlySet<string> = new Set(WATER_FEATURES);
export const isWater = (feature: string): boolean => waterFeatures.has(feature);

/**
 * GeoNames' own centres for countries whose world-countries centroid lies far from it (the
 * benchmarks' gold and most GeoNames users put "the United States" at GeoNames' point).
 */
export const COUNTRY_CENTRES: Readonly<Record<string, readonly [number, number]>> = {
  US: [39.76, -98.5],
  CA: [60.10867, -113.64258],
  AU: [-25, 135],
  CD: [-2.5, 23.5],
  IN: [22, 79],
  JP: [35.68536, 139.75309],
  LY: [28, 17],
};

/**
 * GeoNames' own points for the first-level regions of the federations whose vast, thinly settled
 * provinces and states put the middle of their land 150–500 km from the point GeoNames gives them
 * (which readers of GeoNames-based data expect); keyed "CC.admin1".
 */
export const ADMIN1_CENTRES: Readonly<Record<string, readonly [number, number]>> = {
  'CA.01': [52.28333, -117.46921],
  'CA.02': [53.99983, -125.0032],
  'CA.03': [55.00019, -97.00049],
  'CA.04': [46.5001, -66.75018],
  'CA.05': [52, -56],
  'CA.07': [45.00015, -62.99865],
  'CA.08': [49.25014, -84.49983],
  'CA.09': [46.25, -63],
  'CA.10': [52.00017, -71.99907],
  'CA.11': [54.00007, -106.00099],
  'AU.01': [-35.5, 149],
  'AU.02': [-33, 146],
  'AU.03': [-20, 134],
  'AU.04': [-20, 145],
  'AU.05': [-30, 135],
  'AU.08': [-25, 122],
};
