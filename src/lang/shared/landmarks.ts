// Landmarks that news names for the place they stand in: seats of government and of international
// bodies, and world-known buildings, sites and venues ("talks at the Élysée", "a rally at Trump
// Tower"), which the town packages lack. A landmark beats a village of the same name ("White House",
// Tennessee) unless the text says otherwise. When a seat speaks ("the White House said"), the reading
// takes it for its government (the actors' data); the span still geocodes to the place. Points: the
// site, to a hundredth of a degree (its city's point would do at the benchmarks' 161 km).
import type { Site } from '../../geo/regions.js';

export const LANDMARKS: readonly Site[] = [
  // Seats of government.
  { label: 'White House', country: 'US', feature: 'BLDG', lat: 38.9, lon: -77.04, names: { en: ['The White House', 'West Wing', 'Oval Office'], fr: ['Maison-Blanche', 'Maison Blanche', 'Bureau ovale'] } },
  { label: 'United States Capitol', country: 'US', feature: 'BLDG', lat: 38.89, lon: -77.01, names: { en: ['Capitol', 'US Capitol', 'U.S. Capitol', 'Capitol Hill', 'Congress'], fr: ['Capitole de Washington'] } },
  { label: 'Pentagon', country: 'US', feature: 'BLDG', lat: 38.87, lon: -77.06, names: { en: ['The Pentagon'], fr: ['Pentagone'] } },
  { label: 'Kremlin', country: 'RU', feature: 'BLDG', lat: 55.75, lon: 37.62, names: { en: ['Moscow Kremlin'] } },
  { label: 'Élysée Palace', country: 'FR', feature: 'BLDG', lat: 48.87, lon: 2.32, names: { en: ['Élysée', 'Elysee', 'Elysee Palace'], fr: ['Élysée', 'Elysée', "palais de l'Élysée"] } },
  { label: "Quai d'Orsay", country: 'FR', feature: 'BLDG', lat: 48.86, lon: 2.31, names: { fr: ['Quai d’Orsay'] } },
  { label: 'Matignon', country: 'FR', feature: 'BLDG', lat: 48.85, lon: 2.32, names: { en: ['Hôtel Matignon'], fr: ['Hôtel de Matignon', 'hôtel Matignon'] } },
  { label: 'Downing Street', country: 'GB', feature: 'BLDG', lat: 51.5, lon: -0.13, names: { en: ['10 Downing Street', 'Number 10'] } },
  { label: 'Palace of Westminster', country: 'GB', feature: 'BLDG', lat: 51.5, lon: -0.12, names: { en: ['Houses of Parliament', 'Westminster Palace'], fr: ['palais de Westminster'] } },
  { label: 'Buckingham Palace', country: 'GB', feature: 'BLDG', lat: 51.5, lon: -0.14, names: { fr: ['palais de Buckingham'] } },
  { label: 'Windsor Castle', country: 'GB', feature: 'BLDG', lat: 51.48, lon: -0.6, names: { fr: ['château de Windsor'] } },
  { label: 'Reichstag', country: 'DE', feature: 'BLDG', lat: 52.52, lon: 13.38, names: { en: ['Reichstag building'] } },
  { label: 'Knesset', country: 'IL', feature: 'BLDG', lat: 31.78, lon: 35.21, names: {} },
  { label: 'Zhongnanhai', country: 'CN', feature: 'BLDG', lat: 39.91, lon: 116.38, names: {} },
  { label: 'Blue House', country: 'KR', feature: 'BLDG', lat: 37.59, lon: 126.98, names: { en: ['Cheong Wa Dae'] } },
  // Seats of international bodies.
  { label: 'United Nations Headquarters', country: 'US', feature: 'BLDG', lat: 40.75, lon: -73.97, names: { en: ['UN headquarters', 'U.N. headquarters', 'United Nations headquarters'], fr: ["siège de l'ONU", 'siège des Nations unies'] } },
  { label: 'Palais des Nations', country: 'CH', feature: 'BLDG', lat: 46.23, lon: 6.14, names: { en: ['Palace of Nations'] } },
  { label: 'Berlaymont', country: 'BE', feature: 'BLDG', lat: 50.84, lon: 4.38, names: { en: ['Berlaymont building'] } },
  // World-known buildings and sites.
  { label: "St. Peter's Basilica", country: 'VA', feature: 'BLDG', lat: 41.9, lon: 12.45, names: { en: ["St Peter's Basilica", "Saint Peter's Basilica", "St. Peter's Square", "St Peter's Square"], fr: ['basilique Saint-Pierre', 'place Saint-Pierre'] } },
  { label: 'Champs-Élysées', country: 'FR', feature: 'ST', lat: 48.87, lon: 2.31, names: { en: ['Champs-Elysees', 'Champs Elysees'], fr: ['Champs-Élysées', 'avenue des Champs-Élysées'] } },
  { label: 'Wall Street', country: 'US', feature: 'ST', lat: 40.71, lon: -74.01, names: {} },
  { label: 'Broadway', country: 'US', feature: 'ST', lat: 40.76, lon: -73.99, names: {} },
  { label: 'Tahrir Square', country: 'EG', feature: 'SQR', lat: 30.04, lon: 31.24, names: { fr: ['place Tahrir'] } },
  { label: 'Maidan Nezalezhnosti', country: 'UA', feature: 'SQR', lat: 50.45, lon: 30.52, names: { en: ['Maidan', 'Independence Square'], fr: ['Maïdan', "place de l'Indépendance"] } },
  { label: 'Red Square', country: 'RU', feature: 'SQR', lat: 55.75, lon: 37.62, names: { fr: ['place Rouge'] } },
  { label: 'Tiananmen Square', country: 'CN', feature: 'SQR', lat: 39.9, lon: 116.39, names: { fr: ['place Tian’anmen', 'place Tiananmen'] } },
  { label: 'Trump Tower', country: 'US', feature: 'BLDG', lat: 40.76, lon: -73.97, names: {} },
  { label: 'Empire State Building', country: 'US', feature: 'BLDG', lat: 40.75, lon: -73.99, names: {} },
  { label: 'Eiffel Tower', country: 'FR', feature: 'BLDG', lat: 48.86, lon: 2.29, names: { fr: ['tour Eiffel'] } },
  { label: 'Al-Aqsa Mosque', feature: 'BLDG', lat: 31.78, lon: 35.24, names: { en: ['Al-Aqsa', 'al-Aqsa Mosque', 'Temple Mount'], fr: ['mosquée al-Aqsa', 'esplanade des Mosquées', 'mont du Temple'] } },
  { label: 'Zaporizhzhia Nuclear Power Plant', country: 'UA', feature: 'BLDG', lat: 47.51, lon: 34.59, names: { en: ['Zaporizhzhia nuclear plant'], fr: ['centrale nucléaire de Zaporijjia', 'centrale de Zaporijjia'] } },
  { label: 'Guantanamo Bay detention camp', country: 'CU', feature: 'MILB', lat: 19.9, lon: -75.1, names: { en: ['Guantanamo Bay'], fr: ['base de Guantánamo', 'Guantánamo Bay'] } },
  { label: 'Al-Tanf garrison', country: 'SY', feature: 'MILB', lat: 33.5, lon: 38.66, names: { en: ['al-Tanf', 'Al Tanf', 'At Tanf', 'Tanf'], fr: ['al-Tanf', 'Al-Tanf'] } },
  { label: 'Bagram Airfield', country: 'AF', feature: 'MILB', lat: 34.95, lon: 69.27, names: { en: ['Bagram air base', 'Bagram Air Base'], fr: ['base de Bagram'] } },
  { label: 'Pearl Harbor', country: 'US', feature: 'MILB', lat: 21.35, lon: -157.97, names: { en: ['Joint Base Pearl Harbor-Hickam'] } },
  { label: 'Hmeimim Air Base', country: 'SY', feature: 'MILB', lat: 35.41, lon: 35.95, names: { en: ['Hmeimim', 'Khmeimim', 'Hmeimim airbase'], fr: ['base de Hmeimim', 'Hmeimim'] } },
  // Venues that sports and entertainment news names alone.
  { label: 'Madison Square Garden', country: 'US', feature: 'STDM', lat: 40.75, lon: -73.99, names: {} },
  { label: 'Barclays Center', country: 'US', feature: 'STDM', lat: 40.68, lon: -73.98, names: {} },
  { label: 'Wembley Stadium', country: 'GB', feature: 'STDM', lat: 51.56, lon: -0.28, names: { en: ['Wembley'], fr: ['stade de Wembley'] } },
  { label: 'Anfield', country: 'GB', feature: 'STDM', lat: 53.43, lon: -2.96, names: {} },
  { label: 'Old Trafford', country: 'GB', feature: 'STDM', lat: 53.46, lon: -2.29, names: {} },
  { label: 'Craven Cottage', country: 'GB', feature: 'STDM', lat: 51.47, lon: -0.22, names: {} },
  { label: 'Stade de France', country: 'FR', feature: 'STDM', lat: 48.92, lon: 2.36, names: {} },
  { label: 'Camp Nou', country: 'ES', feature: 'STDM', lat: 41.38, lon: 2.12, names: {} },
  { label: 'Brands Hatch', country: 'GB', feature: 'STDM', lat: 51.36, lon: 0.26, names: {} },
  { label: 'Silverstone Circuit', country: 'GB', feature: 'STDM', lat: 52.07, lon: -1.02, names: { en: ['Silverstone'], fr: ['circuit de Silverstone'] } },
  { label: 'Walt Disney World', country: 'US', feature: 'PRK', lat: 28.39, lon: -81.56, names: { en: ['Disney World', 'Disneyworld'] } },
  { label: 'Disneyland', country: 'US', feature: 'PRK', lat: 33.81, lon: -117.92, names: {} },
];
