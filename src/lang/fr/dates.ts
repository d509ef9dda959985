import type { DateLexicon } from '../../analyse/dates/lexicon.js';

export const dates: DateLexicon = {
  dayFirst: true,
  ordinals: ['er', 'e'],
  months: {
    janvier: 1, 'janv.': 1, février: 2, fevrier: 2, 'févr.': 2, 'fév.': 2, mars: 3, avril: 4, 'avr.': 4, mai: 5, juin: 6,
    juillet: 7, 'juil.': 7, août: 8, aout: 8, septembre: 9, 'sept.': 9, octobre: 10, 'oct.': 10, novembre: 11, 'nov.': 11,
    décembre: 12, decembre: 12, 'déc.': 12,
  },
  capitalisedMonths: false,
  weekdays: { dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6 },
  dayParts: ['matin', 'midi', 'après-midi', 'soir', 'soirée', 'nuit', 'au matin', 'au soir', 'en fin de journée', 'en début de matinée', 'en matinée', 'en soirée', 'dans la nuit', 'à l\'aube'],
  relativeDays: {
    "aujourd'hui": 0, 'ce matin': 0, 'ce soir': 0, 'cet après-midi': 0, 'hier': -1, 'avant-hier': -2, 'demain': 1,
    'après-demain': 2, 'la veille': -1,
  },
  relativePeriods: {
    'cette année': { unit: 'year', offset: 0 }, "l'an dernier": { unit: 'year', offset: -1 },
    "l'année dernière": { unit: 'year', offset: -1 }, "l'an passé": { unit: 'year', offset: -1 },
    "l'année passée": { unit: 'year', offset: -1 }, "l'an prochain": { unit: 'year', offset: 1 },
    "l'année prochaine": { unit: 'year', offset: 1 }, 'ce mois-ci': { unit: 'month', offset: 0 },
    'le mois dernier': { unit: 'month', offset: -1 }, 'le mois passé': { unit: 'month', offset: -1 },
    'le mois prochain': { unit: 'month', offset: 1 },
    'cette semaine': { unit: 'week', offset: 0 }, 'la semaine dernière': { unit: 'week', offset: -1 },
    'la semaine passée': { unit: 'week', offset: -1 }, 'la semaine prochaine': { unit: 'week', offset: 1 },
    'en début de semaine': { unit: 'week', offset: 0 }, 'en fin de semaine': { unit: 'week', offset: 0 },
  },
  past: ['dernier', 'dernière', 'passé', 'passée'],
  future: ['prochain', 'prochaine'],
  futureCues: ['doit', 'doivent', 'devrait', 'devraient', 'va', 'vont', 'prévoit', 'prévoient', 'prévu', 'prévue', 'sera', 'seront', 'se rendra', 'se réunira', 'se réuniront', 'rencontrera', 'attendu', 'attendue', 'à partir de'],
  // Un verbe au futur juste avant : « examinera jeudi », « se tiendra en juillet » (minuscule : « Ankara mardi » n'en est pas un).
  futureForm: String.raw`\p{Ll}{2,}(?:(?<!t)r|ttr)(?:a|ont)`,
  // « l'été 2023 », « au printemps 2024 » : une saison dit l'année.
  leads: ['le', 'en', 'depuis', 'dès le', 'début', 'fin', 'mi', 'courant', 'printemps', 'été', 'automne', 'hiver'],
  durationLeads: ['pendant', 'durant', 'depuis', 'depuis plus de', 'depuis près de', 'pendant près de', 'pendant plus de', "en l'espace de", 'au bout de', 'après'],
  units: {
    heure: 'H', heures: 'H', jour: 'D', jours: 'D', journée: 'D', journées: 'D', semaine: 'W', semaines: 'W', mois: 'M',
    an: 'Y', ans: 'Y', année: 'Y', années: 'Y',
  },
  agoBefore: ['il y a', 'voilà', 'voici'],
  agoAfter: [],
};
