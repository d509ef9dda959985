// Airports that news names apart from their city ("flights out of Heathrow", "l'aéroport Ben
// Gourion"), which the town packages lack; an airport named after its city ("Kabul airport") is
// read as that city. Points: the airfield, to a hundredth of a degree. A person's name alone
// ("Ben Gurion", "Charles de Gaulle") is the person: only the airport's full name is listed.
import type { Site } from '../../geo/regions.js';

export const AIRPORTS: readonly Site[] = [
  { label: 'Heathrow Airport', feature: 'AIRP', lat: 51.47, lon: -0.45, names: { en: ['Heathrow', 'London Heathrow Airport'], fr: ['Heathrow', "aéroport d'Heathrow"] } },
  { label: 'Gatwick Airport', feature: 'AIRP', lat: 51.15, lon: -0.18, names: { en: ['Gatwick', 'London Gatwick Airport'], fr: ['Gatwick', 'aéroport de Gatwick'] } },
  { label: 'Stansted Airport', feature: 'AIRP', lat: 51.89, lon: 0.24, names: { en: ['Stansted', 'London Stansted Airport'], fr: ['Stansted'] } },
  { label: 'Schiphol Airport', feature: 'AIRP', lat: 52.31, lon: 4.76, names: { en: ['Schiphol', 'Amsterdam Airport Schiphol'], fr: ['Schiphol', 'aéroport de Schiphol'] } },
  { label: 'Charles de Gaulle Airport', feature: 'AIRP', lat: 49.01, lon: 2.55, names: { en: ['Paris-Charles de Gaulle Airport', 'Roissy-Charles de Gaulle'], fr: ['aéroport Charles-de-Gaulle', 'aéroport de Roissy-Charles-de-Gaulle', 'Roissy-Charles-de-Gaulle'] } },
  { label: "O'Hare International Airport", feature: 'AIRP', lat: 41.98, lon: -87.9, names: { en: ["O'Hare", "O'Hare Airport"], fr: ["aéroport O'Hare"] } },
  { label: 'Dulles International Airport', feature: 'AIRP', lat: 38.95, lon: -77.46, names: { en: ['Washington Dulles International Airport', 'Dulles Airport'], fr: ['aéroport de Dulles'] } },
  { label: 'Toronto Pearson International Airport', feature: 'AIRP', lat: 43.68, lon: -79.62, names: { en: ['Pearson International Airport', 'Pearson Airport'], fr: ['aéroport Pearson'] } },
  { label: 'Montréal-Trudeau International Airport', feature: 'AIRP', lat: 45.47, lon: -73.74, names: { en: ['Montreal-Pierre Elliott Trudeau International Airport', 'Trudeau International Airport', 'Trudeau Airport'], fr: ['aéroport Montréal-Trudeau', 'aéroport Pierre-Elliott-Trudeau'] } },
  { label: 'Ottawa Macdonald-Cartier International Airport', feature: 'AIRP', lat: 45.32, lon: -75.67, names: { en: ['Macdonald-Cartier International Airport', 'Macdonald-Cartier Airport'], fr: ['aéroport Macdonald-Cartier'] } },
  { label: 'Ben Gurion Airport', feature: 'AIRP', lat: 32.01, lon: 34.89, names: { en: ['Ben Gurion International Airport', 'Ben-Gurion Airport'], fr: ['aéroport Ben Gourion', 'aéroport Ben-Gourion'] } },
  { label: 'Hamid Karzai International Airport', feature: 'AIRP', lat: 34.57, lon: 69.21, names: { fr: ['aéroport Hamid-Karzaï'] } },
  { label: 'Queen Alia International Airport', feature: 'AIRP', lat: 31.72, lon: 35.99, names: { fr: ['aéroport Reine-Alia'] } },
  { label: 'Sheremetyevo International Airport', feature: 'AIRP', lat: 55.97, lon: 37.41, names: { en: ['Sheremetyevo'], fr: ['Cheremetievo', 'aéroport de Cheremetievo'] } },
];
