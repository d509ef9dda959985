// PLOVER event types and how they map onto ACLED event/sub-event types and CAMEO root codes.
// Language-neutral: the packs map words to PLOVER types, this table does the rest.
export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'DEMAND', 'ACCUSE',
  'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'SEIZE', 'ASSAULT',
] as const;
export type Plover = (typeof PLOVER_TYPES)[number];

export interface Acled {
  readonly event_type: string;
  readonly sub_event_type: string;
}

const BATTLES = 'Battles';
const REMOTE = 'Explosions/Remote violence';
const STRATEGIC = 'Strategic developments';
const VIOLENCE = 'Violence against civilians';

/** CAMEO root code per PLOVER type (the closest CAMEO root). */
export const CAMEO_ROOT: Readonly<Record<Plover, string>> = {
  REQUEST: '02', AGREE: '03', CONSULT: '04', SUPPORT: '05', COOPERATE: '06', AID: '07', CONCEDE: '08', RETREAT: '08',
  DEMAND: '10', ACCUSE: '11', REJECT: '12', THREATEN: '13', PROTEST: '14', MOBILIZE: '15', SANCTION: '16',
  COERCE: '17', SEIZE: '17', ASSAULT: '19',
};

/** ACLED types for PLOVER type + mode; verbal events (ACCUSE, REQUEST…) have none. */
const ACLED_BY_MODE: Readonly<Record<string, Acled>> = {
  'ASSAULT/aerial': { event_type: REMOTE, sub_event_type: 'Air/drone strike' },
  'ASSAULT/shelling': { event_type: REMOTE, sub_event_type: 'Shelling/artillery/missile attack' },
  'ASSAULT/explosion': { event_type: REMOTE, sub_event_type: 'Remote explosive/landmine/IED' },
  'ASSAULT/suicide': { event_type: REMOTE, sub_event_type: 'Suicide bomb' },
  'ASSAULT/massacre': { event_type: VIOLENCE, sub_event_type: 'Attack' },
  'ASSAULT/abduction': { event_type: VIOLENCE, sub_event_type: 'Abduction/forced disappearance' },
  'ASSAULT/sexual': { event_type: VIOLENCE, sub_event_type: 'Sexual violence' },
  ASSAULT: { event_type: BATTLES, sub_event_type: 'Armed clash' },
  'COERCE/looting': { event_type: STRATEGIC, sub_event_type: 'Looting/property destruction' },
  'COERCE/arrest': { event_type: STRATEGIC, sub_event_type: 'Arrests' },
  COERCE: { event_type: STRATEGIC, sub_event_type: 'Other' },
  SEIZE: { event_type: STRATEGIC, sub_event_type: 'Looting/property destruction' },
  MOBILIZE: { event_type: STRATEGIC, sub_event_type: 'Other' },
  RETREAT: { event_type: STRATEGIC, sub_event_type: 'Other' },
  AGREE: { event_type: STRATEGIC, sub_event_type: 'Agreement' },
  PROTEST: { event_type: 'Protests', sub_event_type: 'Peaceful protest' },
  'PROTEST/riot': { event_type: 'Riots', sub_event_type: 'Violent demonstration' },
};

/** `onCivilians`: the target is civilians, so an attack of no other kind is violence against them, no clash. */
export function acledFor(plover: Plover, mode: string | null, onCivilians = false): Acled | null {
  if (onCivilians && plover === 'ASSAULT' && !mode) return ACLED_BY_MODE['ASSAULT/massacre'];
  return (mode && ACLED_BY_MODE[`${plover}/${mode}`]) || ACLED_BY_MODE[plover] || null;
}

/** A change of control: who took it decides the ACLED sub-event. */
export function acledForTerritory(takerIsState: boolean | null): Acled {
  if (takerIsState === null) return { event_type: BATTLES, sub_event_type: 'Armed clash' };
  return { event_type: BATTLES, sub_event_type: takerIsState ? 'Government regains territory' : 'Non-state actor overtakes territory' };
}

/** Types that are speech acts: their place comes only from their own clause, their source is their actor. */
export const VERBAL: ReadonlySet<Plover> = new Set(['AGREE', 'CONSULT', 'SUPPORT', 'REQUEST', 'DEMAND', 'ACCUSE', 'REJECT', 'THREATEN', 'CONCEDE']);
/** Speech acts whose object has not happened: requests, demands, threats. */
export const ASKING: ReadonlySet<Plover> = new Set(['REQUEST', 'DEMAND', 'THREATEN']);
