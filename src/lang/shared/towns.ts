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
  { label: 'Montmartre', country: 'FR', feature: 'PPLX', lat: 48.89, lon: 2.34, names: {} },
  { label: 'Mayfair', country: 'GB', feature: 'PPLX', lat: 51.51, lon: -0.15, names: {} },
  { label: 'French Quarter', country: 'US', feature: 'PPLX', lat: 29.96, lon: -90.06, names: { en: ['Vieux Carré'], fr: ['Vieux Carré', 'Quartier français'] } },
];
