// Conflict actors of recent decades, language-neutral: canonical English name, kind, CAMEO-style
// code and country (à la PETRARCH's actor dictionaries). Each pack lists its aliases for them
// (src/lang/<code>/actors.ts); aliases from any language merge into the one entity here.
import type { ActorDef } from '../../analyse/entities/lexicon.js';

const jihadist = (name: string, code: string, country: string | null = null): ActorDef => ({ name, kind: 'armed_group', code, country, jihadist: true });
const group = (name: string, code: string, country: string | null): ActorDef => ({ name, kind: 'armed_group', code, country });
const igo = (name: string, code: string): ActorDef => ({ name, kind: 'igo', code, country: null });
const ngo = (name: string, code: string, country: string | null = null): ActorDef => ({ name, kind: 'ngo', code, country });
const media = (name: string, country: string | null): ActorDef => ({ name, kind: 'media', code: country ? `${country}MED` : null, country });
/** A leader: coded as the government (or group) they lead, as PETRARCH codes named people. */
const person = (name: string, country: string, role: string, code = `${country}GOV`): ActorDef => ({ name, kind: 'person', code, country, role });
/** A state's government or military named by an institution ("Kremlin", "Pentagon"): the same entity metonymy gives. */
const institution = (name: string, code: string, country: string): ActorDef => ({
  name, kind: code.endsWith('MIL') ? 'military' : 'government', code, country,
});

export const ACTORS = {
  islamic_state: jihadist('Islamic State', 'IMGSUNISI'),
  al_qaeda: jihadist('al-Qaeda', 'IMGSUNAQD'),
  aqim: jihadist('al-Qaeda in the Islamic Maghreb', 'IMGSUNAQM'),
  aqap: jihadist('al-Qaeda in the Arabian Peninsula', 'YEMREBAQP', 'YEM'),
  nusra: jihadist('al-Nusra Front', 'SYRREBNUS', 'SYR'),
  hts: jihadist('Hayat Tahrir al-Sham', 'SYRREBHTS', 'SYR'),
  ahrar_al_sham: jihadist('Ahrar al-Sham', 'SYRREBAHS', 'SYR'),
  jaish_al_islam: group('Jaysh al-Islam', 'SYRREBJAI', 'SYR'),
  fsa: group('Free Syrian Army', 'SYRREB', 'SYR'),
  sdf: group('Syrian Democratic Forces', 'SYRREBSDF', 'SYR'),
  ypg: group('YPG', 'SYRREBYPG', 'SYR'),
  pkk: group('PKK', 'TURREBPKK', 'TUR'),
  peshmerga: group('Peshmerga', 'IRQMILKRD', 'IRQ'),
  pmf: group('Popular Mobilization Forces', 'IRQMILPMF', 'IRQ'),
  hezbollah: group('Hezbollah', 'LBNREBHZB', 'LBN'),
  hamas: group('Hamas', 'PSEREBHMS', 'PSE'),
  islamic_jihad: group('Palestinian Islamic Jihad', 'PSEREBPIJ', 'PSE'),
  taliban: jihadist('Taliban', 'AFGREBTAL', 'AFG'),
  houthis: group('Houthis', 'YEMREBHTH', 'YEM'),
  wagner: group('Wagner Group', 'RUSMILWAG', 'RUS'),
  jnim: jihadist('JNIM', 'MLIREBJNM', 'MLI'),
  al_shabaab: jihadist('al-Shabaab', 'SOMREBSHB', 'SOM'),
  boko_haram: jihadist('Boko Haram', 'NGAREBBKH', 'NGA'),
  iswap: jihadist('Islamic State West Africa Province', 'NGAREBISW', 'NGA'),
  rsf: group('Rapid Support Forces', 'SDNMILRSF', 'SDN'),
  m23: group('M23', 'CODREBM23', 'COD'),
  adf: jihadist('Allied Democratic Forces', 'CODREBADF', 'COD'),
  azov: group('Azov', 'UKRMILAZV', 'UKR'),
  // Sahel, Horn and Great Lakes
  csp: group('Permanent Strategic Framework', 'MLIREBCSP', 'MLI'),
  fla: group('Azawad Liberation Front', 'MLIREBFLA', 'MLI'),
  is_sahel: jihadist('Islamic State Sahel Province', 'MLIREBISS', 'MLI'),
  is_khorasan: jihadist('Islamic State Khorasan Province', 'AFGREBISK', 'AFG'),
  ttp: jihadist('Tehreek-e-Taliban Pakistan', 'PAKREBTTP', 'PAK'),
  fdlr: group('FDLR', 'RWAREBFDL', 'RWA'),
  codeco: group('CODECO', 'CODREBCDC', 'COD'),
  zaire: group('Zaire militia', 'CODREBZAI', 'COD'),
  wazalendo: group('Wazalendo', 'CODMILWAZ', 'COD'),
  tplf: group('Tigray People\'s Liberation Front', 'ETHREBTPL', 'ETH'),
  fano: group('Fano', 'ETHREBFAN', 'ETH'),
  ola: group('Oromo Liberation Army', 'ETHREBOLA', 'ETH'),
  // Myanmar
  arakan_army: group('Arakan Army', 'MMRREBARA', 'MMR'),
  kia: group('Kachin Independence Army', 'MMRREBKIA', 'MMR'),
  tnla: group('Ta\'ang National Liberation Army', 'MMRREBTNL', 'MMR'),
  mndaa: group('Myanmar National Democratic Alliance Army', 'MMRREBMND', 'MMR'),
  pdf: group('People\'s Defence Force', 'MMRREBPDF', 'MMR'),
  // Syria, Yemen
  sna: group('Syrian National Army', 'SYRREBSNA', 'SYR'),
  stc: group('Southern Transitional Council', 'YEMREBSTC', 'YEM'),
  // Lake Chad, South Sudan
  mnjtf: igo('Multinational Joint Task Force', 'IGOMNJ'),
  // A militia fighting beside the army: on the state's side, never "the rebels".
  cjtf: institution('Civilian Joint Task Force', 'NGAMIL', 'NGA'),
  splm_io: group('SPLM-IO', 'SSDREBSPL', 'SSD'),
  white_army: group('White Army', 'SSDREBWHA', 'SSD'),
  splm_n: group('SPLM-N', 'SDNREBSPN', 'SDN'),
  sspdf: institution('South Sudanese military', 'SSDMIL', 'SSD'),
  // Colombia, Cameroon
  eln: group('National Liberation Army', 'COLREBELN', 'COL'),
  farc: group('FARC', 'COLREBFAR', 'COL'),
  ambazonia_df: group('Ambazonia Defence Forces', 'CMRREBADF', 'CMR'),
  un: igo('United Nations', 'IGOUNO'),
  un_security_council: igo('UN Security Council', 'IGOUNO'),
  unesco: igo('UNESCO', 'IGOUNO'),
  unhcr: igo('UNHCR', 'IGOUNO'),
  unicef: igo('UNICEF', 'IGOUNO'),
  wfp: igo('World Food Programme', 'IGOUNO'),
  ocha: igo('OCHA', 'IGOUNO'),
  iom: igo('International Organization for Migration', 'IGOUNO'),
  ohchr: igo('UN human rights office', 'IGOUNO'),
  unrwa: igo('UNRWA', 'IGOUNO'),
  monusco: igo('MONUSCO', 'IGOUNO'),
  unifil: igo('UNIFIL', 'IGOUNO'),
  unmiss: igo('UNMISS', 'IGOUNO'),
  who: igo('World Health Organization', 'IGOUNO'),
  iaea: igo('IAEA', 'IGOUNO'),
  icc: igo('International Criminal Court', 'IGOICC'),
  nato: igo('NATO', 'IGONAT'),
  eu: igo('European Union', 'IGOEUR'),
  au: igo('African Union', 'IGOAFR'),
  arab_league: igo('Arab League', 'IGOARB'),
  ecowas: igo('ECOWAS', 'IGOWAF'),
  sadc: igo('Southern African Development Community', 'IGOSAD'),
  eac: igo('East African Community', 'IGOEAC'),
  igad: igo('IGAD', 'IGOIGD'),
  asean: igo('ASEAN', 'IGOASN'),
  gcc: igo('Gulf Cooperation Council', 'IGOGCC'),
  oic: igo('Organisation of Islamic Cooperation', 'IGOOIC'),
  osce: igo('OSCE', 'IGOOSC'),
  icrc: ngo('ICRC', 'NGOICR'),
  red_crescent: ngo('Red Crescent', 'NGORCS'),
  msf: ngo('Médecins Sans Frontières', 'NGOMSF'),
  amnesty: ngo('Amnesty International', 'NGOAMN'),
  hrw: ngo('Human Rights Watch', 'NGOHRW'),
  sohr: ngo('Syrian Observatory for Human Rights', 'SYRNGO', 'SYR'),
  white_helmets: ngo('White Helmets', 'SYRNGO', 'SYR'),
  save_the_children: ngo('Save the Children', 'NGOSTC'),
  oxfam: ngo('Oxfam', 'NGOOXF'),
  afp: media('AFP', 'FRA'),
  reuters: media('Reuters', 'GBR'),
  ap: media('Associated Press', 'USA'),
  sana: media('SANA', 'SYR'),
  tass: media('TASS', 'RUS'),
  ria: media('RIA Novosti', 'RUS'),
  al_jazeera: media('Al Jazeera', 'QAT'),
  bbc: media('BBC', 'GBR'),
  amaq: media('Amaq', null),
  kremlin: institution('Russian government', 'RUSGOV', 'RUS'),
  white_house: institution('US government', 'USAGOV', 'USA'),
  state_department: institution('US government', 'USAGOV', 'USA'),
  pentagon: institution('US military', 'USAMIL', 'USA'),
  elysee: institution('French government', 'FRAGOV', 'FRA'),
  quai_dorsay: institution('French government', 'FRAGOV', 'FRA'),
  downing_street: institution('British government', 'GBRGOV', 'GBR'),
  idf: institution('Israeli military', 'ISRMIL', 'ISR'),
  // National forces known by their own name or acronym (the names metonymy and adjectives give).
  fardc: institution('Congolese military', 'CODMIL', 'COD'),
  fama: institution('Malian military', 'MLIMIL', 'MLI'),
  ispr: institution('Pakistani military', 'PAKMIL', 'PAK'),
  saf: institution('Sudanese military', 'SDNMIL', 'SDN'),
  tatmadaw: institution('Burmese military', 'MMRMIL', 'MMR'),
  myanmar_junta: institution('Burmese government', 'MMRGOV', 'MMR'),
  assad: person('Bashar al-Assad', 'SYR', 'President of Syria'),
  putin: person('Vladimir Putin', 'RUS', 'President of Russia'),
  erdogan: person('Recep Tayyip Erdoğan', 'TUR', 'President of Turkey'),
  zelensky: person('Volodymyr Zelensky', 'UKR', 'President of Ukraine'),
  netanyahu: person('Benjamin Netanyahu', 'ISR', 'Prime Minister of Israel'),
  khamenei: person('Ali Khamenei', 'IRN', 'Supreme Leader of Iran'),
  baghdadi: person('Abu Bakr al-Baghdadi', 'IRQ', 'leader of the Islamic State', 'IMGSUNISI'),
  nasrallah: person('Hassan Nasrallah', 'LBN', 'Secretary-General of Hezbollah', 'LBNREBHZB'),
  qassem: person('Naim Qassem', 'LBN', 'Secretary-General of Hezbollah', 'LBNREBHZB'),
  kiir: person('Salva Kiir', 'SSD', 'President of South Sudan'),
  machar: person('Riek Machar', 'SSD', 'leader of the SPLM-IO', 'SSDREBSPL'),
  goita: person('Assimi Goïta', 'MLI', 'President of Mali'),
  traore: person('Ibrahim Traoré', 'BFA', 'President of Burkina Faso'),
  tiani: person('Abdourahamane Tiani', 'NER', 'President of Niger'),
  burhan: person('Abdel Fattah al-Burhan', 'SDN', 'Commander of the Sudanese army', 'SDNMIL'),
  hemedti: person('Mohamed Hamdan Dagalo', 'SDN', 'Commander of the Rapid Support Forces', 'SDNMILRSF'),
  min_aung_hlaing: person('Min Aung Hlaing', 'MMR', 'Head of the Myanmar junta', 'MMRMIL'),
  tshisekedi: person('Félix Tshisekedi', 'COD', 'President of the Democratic Republic of the Congo'),
  kagame: person('Paul Kagame', 'RWA', 'President of Rwanda'),
  sinwar: person('Yahya Sinwar', 'PSE', 'leader of Hamas', 'PSEREBHMS'),
  haniyeh: person('Ismail Haniyeh', 'PSE', 'leader of Hamas', 'PSEREBHMS'),
  jolani: person('Abu Mohammed al-Jolani', 'SYR', 'leader of Hayat Tahrir al-Sham', 'SYRREBHTS'),
} as const satisfies Record<string, ActorDef>;

export type ActorId = keyof typeof ACTORS;

/** A pack's aliases joined to the canonical actors. */
export function namedActors(aliases: Readonly<Partial<Record<ActorId, readonly string[]>>>) {
  return Object.entries(aliases).map(([id, list]) => ({ actor: ACTORS[id as ActorId] as ActorDef, aliases: list ?? [] }));
}

/** Fallback names of group nouns when the article names no actor they could refer to. */
export const GENERIC_NAMES = { rebels: 'rebels', jihadists: 'jihadists', gangs: 'gangs', protesters: 'protesters' } as const;
