// Towns that the town packages lack: large townships, new cities and world-known districts that
// GeoNames lists as a section of a city or with no population, which cities1000 leaves out. Points:
// the town's middle, to a hundredth of a degree.
import type { Site } from '../../geo/regions.js';

export const TOWNS: readonly Site[] = [
  { label: 'Khayelitsha', country: 'ZA', feature: 'PPLX', lat: -34.04, lon: 18.68, names: {} },
  { label: 'Madinaty', country: 'EG', feature: 'PPL', lat: 30.1, lon: 31.66, names: {} },
  { label: 'New Administrative Capital', country: 'EG', feature: 'PPL', lat: 30.02, lon: 31.76, names: { fr: ['Nouvelle capitale administrative'] } },
  { label: 'Zamalek', country: 'EG', feature: 'PPLX', lat: 30.06, lon: 31.22, names: {} },
  { label: 'Maadi', country: 'EG', feature: 'PPLX', lat: 29.96, lon: 31.26, names: {} },
  { label: 'Dahieh', country: 'LB', feature: 'PPLX', lat: 33.85, lon: 35.51, names: { en: ['Dahiyeh', 'Dahiya'], fr: ['Dahiyé', 'Dahiyeh'] } },
  { label: 'Green Zone', country: 'IQ', feature: 'PPLX', lat: 33.3, lon: 44.39, names: {} },
  { label: 'Karrada', country: 'IQ', feature: 'PPLX', lat: 33.3, lon: 44.43, names: {} },
  { label: 'Yarmouk', country: 'SY', feature: 'PPLX', lat: 33.47, lon: 36.3, names: { en: ['Yarmouk camp'], fr: ['camp de Yarmouk'] } },
  { label: 'Jobar', country: 'SY', feature: 'PPLX', lat: 33.53, lon: 36.33, names: {} },
  // Towns of the wars in the news that no package lists (points from their known positions; Fataki's
  // only to a tenth of a degree, 80 km by road north of Bunia on the RN27).
  { label: 'Komanda', country: 'CD', feature: 'PPL', lat: 1.37, lon: 29.77, names: {} },
  { label: 'Fataki', country: 'CD', feature: 'PPL', lat: 2.1, lon: 30.4, names: {} },
  { label: 'Tawila', country: 'SD', feature: 'PPL', lat: 13.5, lon: 24.9, names: {} },
  { label: 'Arbinda', country: 'BF', feature: 'PPL', lat: 14.23, lon: -0.87, names: {} },
  { label: 'Ulang', country: 'SS', feature: 'PPL', lat: 8.67, lon: 32.73, names: {} },
  // Townships and districts sharing a larger place's name: read where the text names their city or country.
  { label: 'Delft', country: 'ZA', feature: 'PPLX', lat: -33.97, lon: 18.64, names: {} },
  { label: 'Bain and Grants Town', country: 'BS', feature: 'PPLX', lat: 25.07, lon: -77.34, names: { en: ['Bains and Grants Town', 'Bain Town'] } },
  { label: 'Montmartre', country: 'FR', feature: 'PPLX', lat: 48.89, lon: 2.34, names: {} },
  { label: 'Mayfair', country: 'GB', feature: 'PPLX', lat: 51.51, lon: -0.15, names: {} },
  { label: 'French Quarter', country: 'US', feature: 'PPLX', lat: 29.96, lon: -90.06, names: { en: ['Vieux Carré'], fr: ['Vieux Carré', 'Quartier français'] } },
];
