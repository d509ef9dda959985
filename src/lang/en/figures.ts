import type { CountedNoun, FigureKind, FigureLexicon } from '../../analyse/figures/lexicon.js';

/** Each noun with its regular plural, plus any irregular forms listed as they are. */
function nouns(kind: FigureKind, unit: string, words: string[]): Record<string, CountedNoun> {
  const out: Record<string, CountedNoun> = {};
  for (const w of words) {
    out[w] = { kind, unit };
    if (!/(?:s|people|men|children|police|personnel|dead|injured|wounded|missing)$/.test(w)) out[/[^aeiou]y$/.test(w) ? w.slice(0, -1) + 'ies' : w + 's'] = { kind, unit };
  }
  return out;
}

export const figures: FigureLexicon = {
  approxBefore: {
    'more than': 'more_than', over: 'more_than', 'upwards of': 'more_than', 'in excess of': 'more_than',
    'well over': 'more_than', 'just over': 'more_than', 'fewer than': 'less_than', 'less than': 'less_than',
    under: 'less_than', 'just under': 'less_than', about: 'about', around: 'about', some: 'about', nearly: 'about',
    almost: 'about', roughly: 'about', approximately: 'about', 'close to': 'about', 'an estimated': 'about',
    estimated: 'about', 'at least': 'at_least', 'no fewer than': 'at_least', 'no less than': 'at_least',
    'a minimum of': 'at_least', 'up to': 'at_most', 'at most': 'at_most', 'as many as': 'at_most', 'a maximum of': 'at_most',
  },
  approxAfter: { 'or more': 'at_least', 'or so': 'about', 'at least': 'at_least' },
  rangeLeads: ['between', 'from'],
  rangeJoins: ['and', 'to'],
  bareRangeJoins: ['to', '-', '–'],
  percent: ['%', 'percent', 'per cent', 'pc'],
  vague: {
    'a dozen': { value: 12, approx: 'about' }, 'dozens': { value: 24, approx: 'at_least' }, 'scores': { value: 40, approx: 'at_least' },
    'a hundred': { value: 100, approx: 'about' }, 'hundreds': { value: 200, approx: 'at_least' },
    'a thousand': { value: 1000, approx: 'about' }, 'thousands': { value: 2000, approx: 'at_least' },
    'tens of thousands': { value: 20000, approx: 'at_least' }, 'hundreds of thousands': { value: 200000, approx: 'at_least' },
    'millions': { value: 2000000, approx: 'at_least' }, 'several dozen': { value: 24, approx: 'at_least' },
    'several hundred': { value: 200, approx: 'at_least' }, 'several thousand': { value: 2000, approx: 'at_least' },
  },
  links: ['of', 'the', 'more', 'other', 'further', 'additional'],
  nouns: {
    ...nouns('count', 'people', ['people', 'person', 'persons', 'individual', 'man', 'men', 'resident', 'inhabitant', 'victim', 'casualty']),
    ...nouns('count', 'families', ['family']),
    ...nouns('civilians', 'people', ['civilian', 'child', 'children', 'woman', 'women', 'minor', 'villager', 'student', 'pupil', 'patient', 'journalist', 'aid worker', 'medic', 'doctor', 'non-combatant']),
    ...nouns('fighters', 'people', [
      'fighter', 'soldier', 'troop', 'militant', 'militiaman', 'militiamen', 'rebel', 'insurgent', 'jihadist', 'islamist',
      'terrorist', 'policeman', 'policemen', 'police officer', 'officer', 'mercenary', 'paramilitary', 'member', 'gunman',
      'gunmen', 'attacker', 'bomber', 'guard', 'recruit', 'reservist', 'conscript', 'serviceman', 'servicemen', 'personnel',
    ]),
    ...nouns('killed', 'people', ['dead', 'death', 'fatality', 'body', 'bodies', 'corpse']),
    ...nouns('injured', 'people', ['injured', 'wounded', 'injury', 'injuries']),
    ...nouns('displaced', 'people', ['displaced', 'evacuee', 'homeless']),
    ...nouns('refugees', 'people', ['refugee', 'asylum seeker', 'migrant', 'exile']),
    ...nouns('detained', 'people', ['detainee', 'prisoner', 'arrest', 'inmate']),
    ...nouns('captured', 'people', ['hostage', 'captive', 'abductee']),
    ...nouns('missing', 'people', ['missing']),
    ...nouns('count', 'strikes', ['strike', 'airstrike', 'air strike', 'raid', 'attack', 'bombing', 'shell', 'explosion', 'blast']),
    ...nouns('count', 'weapons', ['missile', 'rocket', 'bomb', 'drone', 'tank', 'vehicle', 'aircraft', 'plane', 'jet', 'helicopter']),
    ...nouns('count', 'places', ['village', 'town', 'city', 'neighbourhood', 'neighborhood', 'district', 'house', 'home', 'building', 'school', 'hospital']),
  },
  cues: {
    kill: 'killed', dead: 'killed', died: 'killed', die: 'killed', death: 'killed', 'lost their lives': 'killed',
    'lost his life': 'killed', perish: 'killed', execut: 'killed', massacr: 'killed', slain: 'killed', 'shot dead': 'killed',
    'death toll': 'killed', toll: 'killed', murder: 'killed',
    wound: 'injured', injur: 'injured', hurt: 'injured',
    displac: 'displaced', fled: 'displaced', flee: 'displaced', evacuat: 'displaced', 'forced from': 'displaced',
    'driven from': 'displaced', uproot: 'displaced', homeless: 'displaced', exodus: 'displaced',
    surrender: 'surrendered', 'laid down': 'surrendered', 'lay down': 'surrendered', 'gave themselves up': 'surrendered', defect: 'surrendered',
    captur: 'captured', 'taken prisoner': 'captured', 'taken hostage': 'captured', 'held hostage': 'captured',
    kidnap: 'captured', abduct: 'captured', seized: 'captured',
    arrest: 'detained', detain: 'detained', jail: 'detained', imprison: 'detained', 'rounded up': 'detained', 'in custody': 'detained',
    missing: 'missing', unaccounted: 'missing', disappear: 'missing',
  },
  territory: ['territory', 'territories', 'country', 'city', 'province', 'region', 'area', 'areas', 'land', 'district', 'neighbourhoods', 'neighborhoods'],
};
