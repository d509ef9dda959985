// Abbreviations that news writes for states, provinces, counties and countries ("Victoria, BC",
// "Spokane, WA", "Watford, Herts", "T&T"). Read only as written: "WA" is Washington or Western
// Australia, "wa" is no place, and a two-letter code is also a word or someone's initials. The
// build indexes each under its exact form, which no folded name can match, so that only a caller
// holding a span as written (`sitrep geocode`) reads them; which of several states a code means
// ("WA", "SA") is the resolver's choice, by the article's country. US states need no entry: their
// GeoNames admin-1 codes are their postal codes.

export interface Abbreviation {
  readonly abbr: string;
  /** The gazetteer name it stands for, in `country` (ISO alpha-2), of that GeoNames feature. */
  readonly name: string;
  readonly country: string;
  readonly feature: 'PCLI' | 'PCLD' | 'ADM1' | 'ADM2' | 'RGN' | 'PPLC' | 'PPLA';
}

const province = (country: string, pairs: Readonly<Record<string, string>>, feature: Abbreviation['feature'] = 'ADM1'): Abbreviation[] =>
  Object.entries(pairs).map(([abbr, name]) => ({ abbr, name, country, feature }));

export const ABBREVIATIONS: readonly Abbreviation[] = [
  // Canada Post's province codes.
  ...province('CA', {
    AB: 'Alberta', BC: 'British Columbia', MB: 'Manitoba', NB: 'New Brunswick', NL: 'Newfoundland and Labrador', NS: 'Nova Scotia',
    NT: 'Northwest Territories', NU: 'Nunavut', ON: 'Ontario', PE: 'Prince Edward Island', QC: 'Quebec', SK: 'Saskatchewan', YT: 'Yukon',
  }),
  // Australian states, in capitals and as the Australian press writes them ("Qld", "Vic").
  ...province('AU', {
    NSW: 'New South Wales', VIC: 'Victoria', Vic: 'Victoria', QLD: 'Queensland', Qld: 'Queensland', SA: 'South Australia', WA: 'Western Australia',
    TAS: 'Tasmania', Tas: 'Tasmania', NT: 'Northern Territory', ACT: 'Australian Capital Territory',
  }),
  // English counties as the British press shortens them ("Watford, Herts").
  ...province('GB', {
    Bucks: 'Buckinghamshire', Cambs: 'Cambridgeshire', Glos: 'Gloucestershire', Hants: 'Hampshire',
    Herts: 'Hertfordshire', Lancs: 'Lancashire', Leics: 'Leicestershire', Lincs: 'Lincolnshire', Notts: 'Nottinghamshire', Oxon: 'Oxfordshire',
    Staffs: 'Staffordshire', Wilts: 'Wiltshire', Worcs: 'Worcestershire',
  }, 'ADM2'),
  ...province('GB', { Beds: 'Bedfordshire', Berks: 'Berkshire', Northants: 'Northamptonshire', Yorks: 'Yorkshire' }, 'RGN'),
  // Countries known by their initials.
  ...[
    ['US', 'US', 'United States'], ['USA', 'US', 'United States'], ['UK', 'GB', 'United Kingdom'], ['GB', 'GB', 'United Kingdom'],
    ['UAE', 'AE', 'United Arab Emirates'], ['DRC', 'CD', 'DR Congo'], ['RDC', 'CD', 'DR Congo'], ['CAR', 'CF', 'Central African Republic'],
    ['RCA', 'CF', 'Central African Republic'], ['T&T', 'TT', 'Trinidad and Tobago'], ['PNG', 'PG', 'Papua New Guinea'], ['KSA', 'SA', 'Saudi Arabia'],
    ['DPRK', 'KP', 'North Korea'], ['ROK', 'KR', 'South Korea'], ['PRC', 'CN', 'China'], ['BiH', 'BA', 'Bosnia and Herzegovina'],
    ['NZ', 'NZ', 'New Zealand'], ['SA', 'ZA', 'South Africa'], ['RSA', 'ZA', 'South Africa'], ['BVI', 'VG', 'British Virgin Islands'],
  ].map(([abbr, country, name]) => ({ abbr: abbr!, name: name!, country: country!, feature: 'PCLI' as const })),
  { abbr: 'FATA', name: 'Federally Administered Tribal Areas', country: 'PK', feature: 'RGN' },
  // International organisations given as a place: their seat.
  ...[
    ['OAS', 'US', 'Washington, D.C.'], ['NATO', 'BE', 'Brussels'], ['OTAN', 'BE', 'Brussels'], ['OPEC', 'AT', 'Vienna'], ['OPEP', 'AT', 'Vienna'],
    ['IAEA', 'AT', 'Vienna'], ['AIEA', 'AT', 'Vienna'], ['OSCE', 'AT', 'Vienna'], ['ECOWAS', 'NG', 'Abuja'], ['CEDEAO', 'NG', 'Abuja'],
    ['ASEAN', 'ID', 'Jakarta'], ['UNESCO', 'FR', 'Paris'],
  ].map(([abbr, country, name]) => ({ abbr: abbr!, name: name!, country: country!, feature: 'PPLC' as const })),
  { abbr: 'USSR', name: 'Soviet Union', country: 'RU', feature: 'RGN' },
];
