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
  { id: 7729883, label: 'Northern Europe', lat: 61.69, lon: 2.9, feature: 'RGN' },
  { id: 0, label: 'Western Europe', lat: 48.0, lon: 5.0, feature: 'RGN' },
  { id: 0, label: 'Eastern Europe', lat: 50.0, lon: 28.0, feature: 'RGN' },
  { id: 0, label: 'Southern Europe', lat: 41.0, lon: 15.0, feature: 'RGN' },
  { id: 0, label: 'Central Europe', lat: 49.5, lon: 15.5, feature: 'RGN' },
  { id: 0, label: 'South Asia', lat: 23.0, lon: 78.0, feature: 'RGN' },
  { id: 0, label: 'East Asia', lat: 35.0, lon: 115.0, feature: 'RGN' },
  { id: 0, label: 'Sub-Saharan Africa', lat: 0.0, lon: 22.0, feature: 'RGN' },
  { id: 0, label: 'Central Africa', lat: 2.0, lon: 20.0, feature: 'RGN' },
  { id: 0, label: 'Southern Africa', lat: -24.0, lon: 25.0, feature: 'RGN' },
  { id: 0, label: 'Pacific Northwest', lat: 46.0, lon: -121.0, feature: 'RGN', country: 'US' },
  { id: 0, label: 'Midwest', lat: 41.5, lon: -90.0, feature: 'RGN', country: 'US' },
  { id: 0, label: 'New England', lat: 43.5, lon: -71.5, feature: 'RGN', country: 'US' },
  { id: 0, label: 'Kurdistan', lat: 37.0, lon: 43.5, feature: 'RGN' },
  { id: 0, label: 'Arabian Peninsula', lat: 24.0, lon: 46.0, feature: 'RGN' },
  { id: 0, label: 'Appalachian Mountains', lat: 40.0, lon: -78.0, feature: 'RGN', country: 'US' },
  { id: 0, label: 'Nile Delta', lat: 30.9, lon: 31.2, feature: 'RGN', country: 'EG' },
  { id: 0, label: 'Niger Delta', lat: 5.0, lon: 6.2, feature: 'RGN', country: 'NG' },
  // Pakistan's tribal areas, merged into Khyber Pakhtunkhwa in 2018 and still named in news.
  { id: 0, label: 'Federally Administered Tribal Areas', lat: 33.0, lon: 70.0, feature: 'RGN', country: 'PK' },
  // Islands and historic counties that are no administrative unit in the packages.
  { id: 0, label: 'Oahu', lat: 21.47, lon: -157.98, feature: 'RGN', country: 'US' },
  { id: 0, label: 'Mindanao', lat: 7.5, lon: 125.0, feature: 'RGN', country: 'PH' },
  { id: 0, label: 'Borneo', lat: 1.0, lon: 114.0, feature: 'RGN' },
  { id: 0, label: 'Sumatra', lat: 0.0, lon: 102.0, feature: 'RGN', country: 'ID' },
  { id: 0, label: 'Yorkshire', lat: 53.9, lon: -1.3, feature: 'RGN', country: 'GB' },
  { id: 0, label: 'Northamptonshire', lat: 52.3, lon: -0.85, feature: 'RGN', country: 'GB' },
  { id: 0, label: 'Cheshire', lat: 53.2, lon: -2.6, feature: 'RGN', country: 'GB' },
  { id: 0, label: 'Bedfordshire', lat: 52.05, lon: -0.45, feature: 'RGN', country: 'GB' },
  { id: 0, label: 'Berkshire', lat: 51.45, lon: -1.05, feature: 'RGN', country: 'GB' },
  { id: 0, label: 'Trinidad', lat: 10.45, lon: -61.25, feature: 'RGN', country: 'TT' },
  // First-level regions merged or split since (DR Congo 2015, Kenya 2013, France 2016) and still
  // named in news, at the middle of their land to half a degree.
  { id: 0, label: 'Orientale', lat: 2.5, lon: 26.5, feature: 'RGN', country: 'CD' },
  { id: 0, label: 'Katanga', lat: -9.0, lon: 26.5, feature: 'RGN', country: 'CD' },
  { id: 0, label: 'Rift Valley', lat: 1.0, lon: 36.0, feature: 'RGN', country: 'KE' },
  { id: 0, label: 'Rhône-Alpes', lat: 45.5, lon: 5.3, feature: 'RGN', country: 'FR' },
  { id: 0, label: 'Alsace', lat: 48.3, lon: 7.5, feature: 'RGN', country: 'FR' },
  { id: 0, label: 'Aquitaine', lat: 44.4, lon: -0.2, feature: 'RGN', country: 'FR' },
  { id: 0, label: 'Midi-Pyrénées', lat: 43.7, lon: 1.6, feature: 'RGN', country: 'FR' },
  { id: 0, label: 'Languedoc-Roussillon', lat: 43.6, lon: 3.3, feature: 'RGN', country: 'FR' },
  { id: 0, label: 'Nord-Pas-de-Calais', lat: 50.5, lon: 2.7, feature: 'RGN', country: 'FR' },
  // States that no longer exist, at the point of the state that succeeded them.
  { id: 0, label: 'Soviet Union', lat: 60.0, lon: 100.0, feature: 'RGN', country: 'RU' },
  { id: 0, label: 'Yugoslavia', lat: 44.0, lon: 20.5, feature: 'RGN', country: 'RS' },
];

/** A place set by hand under its names in each language (src/lang/shared/waters.ts, airports.ts, landmarks.ts, towns.ts). */
export interface Site {
  /** English name, shown as the place's name. */
  readonly label: string;
  /** ISO alpha-2 of the country it lies in, if one. */
  readonly country?: string;
  /** GeoNames feature code. */
  readonly feature: string;
  readonly lat: number;
  readonly lon: number;
  /** Other names by pack code; the label is read in every language. */
  readonly names: Readonly<Record<string, readonly string[]>>;
}

/** GeoNames' feature codes of landmarks (src/lang/shared/landmarks.ts): building, military base, stadium, park, square, street. */
export const LANDMARK_FEATURES = ['BLDG', 'MILB', 'STDM', 'PRK', 'SQR', 'ST'] as const;
const landmarkFeatures: ReadonlySet<string> = new Set(LANDMARK_FEATURES);
export const isLandmark = (feature: string): boolean => landmarkFeatures.has(feature);

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
