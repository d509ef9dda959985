import type { CountedNoun, FigureKind, FigureLexicon } from '../../analyse/figures/lexicon.js';

/** Each singular noun with its plural (-s, or unchanged after s/x/z; -al → -aux). */
function nouns(kind: FigureKind, unit: string, singulars: string[]): Record<string, CountedNoun> {
  const out: Record<string, CountedNoun> = {};
  for (const s of singulars) {
    out[s] = { kind, unit };
    out[/[sxz]$/.test(s) ? s : s.endsWith('al') ? s.slice(0, -2) + 'aux' : s + 's'] = { kind, unit };
  }
  return out;
}

export const figures: FigureLexicon = {
  approxBefore: {
    'plus de': 'more_than', "plus d'": 'more_than', 'un peu plus de': 'more_than', 'bien plus de': 'more_than',
    'plus de la moitié de': 'more_than', 'au-delà de': 'more_than', 'moins de': 'less_than', "moins d'": 'less_than',
    'un peu moins de': 'less_than', 'près de': 'about', "près d'": 'about', 'environ': 'about', 'quelque': 'about',
    'quelques': 'about', 'presque': 'about', 'quasiment': 'about', 'approximativement': 'about', 'autour de': 'about',
    'de l\'ordre de': 'about', 'une estimation de': 'about', 'au moins': 'at_least', 'pas moins de': 'at_least',
    "pas moins d'": 'at_least', 'au minimum': 'at_least', 'jusqu\'à': 'at_most', 'au plus': 'at_most',
    'au maximum': 'at_most', 'pas plus de': 'at_most', 'tout au plus': 'at_most',
  },
  approxAfter: { environ: 'about', 'au moins': 'at_least', 'au total': 'exact', 'ou plus': 'at_least' },
  rangeLeads: ['entre', 'de'],
  rangeJoins: ['et', 'à'],
  bareRangeJoins: ['à', '-', '–'],
  percent: ['%', 'pour cent', 'pourcent', 'p. cent'],
  vague: {
    'une dizaine': { value: 10, approx: 'about' }, 'une douzaine': { value: 12, approx: 'about' },
    'une quinzaine': { value: 15, approx: 'about' }, 'une vingtaine': { value: 20, approx: 'about' },
    'une trentaine': { value: 30, approx: 'about' }, 'une quarantaine': { value: 40, approx: 'about' },
    'une cinquantaine': { value: 50, approx: 'about' }, 'une soixantaine': { value: 60, approx: 'about' },
    'une centaine': { value: 100, approx: 'about' }, 'un millier': { value: 1000, approx: 'about' },
    'des dizaines': { value: 20, approx: 'at_least' }, 'plusieurs dizaines': { value: 20, approx: 'at_least' },
    'des centaines': { value: 200, approx: 'at_least' }, 'plusieurs centaines': { value: 200, approx: 'at_least' },
    'des milliers': { value: 2000, approx: 'at_least' }, 'plusieurs milliers': { value: 2000, approx: 'at_least' },
    'des dizaines de milliers': { value: 20000, approx: 'at_least' }, 'des centaines de milliers': { value: 200000, approx: 'at_least' },
    'des millions': { value: 2000000, approx: 'at_least' },
  },
  links: ['de', "d'", 'des'],
  nouns: {
    ...nouns('count', 'people', ['personne', 'individu', 'homme', 'habitant', 'âme', 'victime']),
    ...nouns('count', 'families', ['famille']),
    ...nouns('civilians', 'people', ['civil', 'enfant', 'femme', 'mineur', 'non-combattant', 'résident', 'villageois', 'élève', 'écolier', 'patient', 'journaliste', 'humanitaire', 'secouriste', 'médecin',
      // Des métiers civils : « enlevé huit pêcheurs », « tué deux commerçants ».
      'pêcheur', 'agriculteur', 'cultivateur', 'paysan', 'éleveur', 'berger', 'commerçant', 'orpailleur', 'étudiant', 'enseignant']),
    ...nouns('fighters', 'people', [
      'combattant', 'soldat', 'militaire', 'militant', 'milicien', 'rebelle', 'insurgé', 'djihadiste', 'jihadiste',
      'islamiste', 'terroriste', 'policier', 'gendarme', 'mercenaire', 'paramilitaire', 'membre', 'assaillant',
      'kamikaze', 'officier', 'garde', 'troupe', 'recrue', 'réserviste', 'conscrit',
    ]),
    ...nouns('killed', 'people', ['mort', 'tué', 'décès', 'cadavre', 'corps', 'martyr']),
    ...nouns('injured', 'people', ['blessé']),
    ...nouns('displaced', 'people', ['déplacé', 'évacué', 'sinistré', 'sans-abri']),
    ...nouns('refugees', 'people', ['réfugié', 'exilé', 'demandeur d\'asile', 'migrant']),
    ...nouns('detained', 'people', ['détenu', 'prisonnier', 'interpellé', 'arrestation']),
    ...nouns('captured', 'people', ['otage', 'captif']),
    ...nouns('missing', 'people', ['disparu']),
    ...nouns('count', 'strikes', ['frappe', 'raid', 'bombardement', 'attaque', 'attentat', 'tir', 'explosion']),
    ...nouns('count', 'weapons', ['missile', 'roquette', 'obus', 'bombe', 'drone', 'char', 'blindé', 'véhicule', 'avion', 'hélicoptère']),
    ...nouns('count', 'places', ['village', 'localité', 'ville', 'quartier', 'maison', 'bâtiment', 'immeuble', 'école', 'hôpital']),
  },
  cues: {
    tué: 'killed', tuée: 'killed', mort: 'killed', morte: 'killed', péri: 'killed', décéd: 'killed', 'perdu la vie': 'killed',
    abattu: 'killed', exécut: 'killed', massacr: 'killed', 'coûté la vie': 'killed', bilan: 'killed', victime: 'killed',
    tuant: 'killed', fauché: 'killed',
    bless: 'injured',
    déplac: 'displaced', fui: 'displaced', fuy: 'displaced', évacu: 'displaced', exode: 'displaced', chass: 'displaced',
    'jeté sur les routes': 'displaced', 'quitté leur': 'displaced', 'quittent': 'displaced',
    'rendu les armes': 'surrendered', 'rendus les armes': 'surrendered', 'déposé les armes': 'surrendered',
    'se sont rendus': 'surrendered', 'se sont rendu': 'surrendered', reddition: 'surrendered', capitul: 'surrendered',
    'fait prisonnier': 'captured', 'faits prisonniers': 'captured', captur: 'captured', enlev: 'captured',
    kidnapp: 'captured', 'pris en otage': 'captured', 'retenus en otage': 'captured',
    arrêt: 'detained', interpell: 'detained', détenu: 'detained', incarcér: 'detained', emprisonn: 'detained', 'placés en garde à vue': 'detained',
    disparu: 'missing', 'porté disparu': 'missing', 'portés disparus': 'missing', 'sans nouvelles': 'missing',
  },
  territory: ['territoire', 'territoires', 'ville', 'pays', 'province', 'région', 'zone', 'zones', 'quartiers', 'secteur', 'superficie', 'surface', 'terrain'],
};
