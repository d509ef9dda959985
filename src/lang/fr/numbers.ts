import type { NumberLexicon } from '../../analyse/figures/numbers.js';

export const numbers: NumberLexicon = {
  decimal: ',',
  words: {
    un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
    treize: 13, quatorze: 14, quinze: 15, seize: 16, 'dix-sept': 17, 'dix-huit': 18, 'dix-neuf': 19, vingt: 20, vingts: 20,
    trente: 30, quarante: 40, cinquante: 50, soixante: 60, 'soixante-dix': 70, 'quatre-vingt': 80, 'quatre-vingts': 80,
    'quatre-vingt-dix': 90, cent: 100, cents: 100, mille: 1000,
  },
  joiners: ['et'],
  scales: { million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9 },
};
