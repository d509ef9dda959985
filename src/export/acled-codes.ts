// ACLED's coded columns derived from Sitrep's event types and actor codes: disorder type,
// actor "inter" codes (1 state forces … 8 external/other forces), interaction, precisions.
import type { ActorRef, PlacePrecision, SituationEvent } from '../model/picture.js';
import { actorRole } from './cameo.js';

export const INTER = { none: 0, state: 1, rebel: 2, politicalMilitia: 3, identityMilitia: 4, rioters: 5, protesters: 6, civilians: 7, external: 8 } as const;

const INTER_BY_ROLE: Readonly<Record<string, number>> = {
  GOV: INTER.state, MIL: INTER.state, COP: INTER.state, JUD: INTER.state, SPY: INTER.state, LEG: INTER.state,
  REB: INTER.rebel, INS: INTER.rebel, SEP: INTER.rebel,
  UAF: INTER.politicalMilitia, OPP: INTER.politicalMilitia, PTY: INTER.politicalMilitia,
  CVL: INTER.civilians, REF: INTER.civilians, MED: INTER.civilians, NGO: INTER.civilians, BUS: INTER.civilians,
  EDU: INTER.civilians, HLH: INTER.civilians, LAB: INTER.civilians, AGR: INTER.civilians, REL: INTER.civilians,
  IGO: INTER.external, IMG: INTER.external,
};

/**
 * The actor's inter code. State forces acting outside their own country are ACLED's external
 * forces (8); an actor whose code says nothing of its role counts as state forces only when
 * the code is a bare country code.
 */
export function interCode(actor: ActorRef | null, eventCountry3: string | null): number {
  if (!actor) return INTER.none;
  const role = actorRole(actor.code);
  const bareCountry = actor.code !== null && /^[A-Z]{3}$/.test(actor.code) && actor.code === actor.country;
  const inter = role ? INTER_BY_ROLE[role] ?? INTER.politicalMilitia : bareCountry ? INTER.state : INTER.politicalMilitia;
  if (inter === INTER.state && actor.country && eventCountry3 && actor.country !== eventCountry3) return INTER.external;
  return inter;
}

/** Who acts in a protest or riot is a protester or rioter (6, 5) unless the code says state forces. */
export function demonstratorInter(inter: number, eventType: string | undefined): number {
  if (inter === INTER.none || inter === INTER.state || inter === INTER.external) return inter;
  return eventType === 'Protests' ? INTER.protesters : eventType === 'Riots' ? INTER.rioters : inter;
}

/** ACLED's two-digit interaction: the two inter codes, smaller first (10 = state forces alone). */
export function interaction(inter1: number, inter2: number): number {
  if (inter1 === INTER.none || inter2 === INTER.none) return Math.max(inter1, inter2) * 10;
  return Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
}

const DISORDER_BY_EVENT_TYPE: Readonly<Record<string, string>> = {
  Battles: 'Political violence',
  'Explosions/Remote violence': 'Political violence',
  'Violence against civilians': 'Political violence',
  Protests: 'Demonstrations',
  Riots: 'Demonstrations',
  'Strategic developments': 'Strategic developments',
};
const DISORDER_BY_SUB_EVENT_TYPE: Readonly<Record<string, string>> = {
  'Mob violence': 'Political violence',
  'Excessive force against protesters': 'Political violence; Demonstrations',
};

export function disorderType(acled: SituationEvent['acled']): string {
  if (!acled) return '';
  return DISORDER_BY_SUB_EVENT_TYPE[acled.sub_event_type] ?? DISORDER_BY_EVENT_TYPE[acled.event_type] ?? '';
}

/** 1 = the day is known, 2 = the week or month, 3 = only the year (or nothing). */
export function timePrecision(precision: SituationEvent['precision']): number {
  return precision === 'day' ? 1 : precision === 'month' ? 2 : 3;
}

/** 1 = the town itself, 2 = a part of a region near a town, 3 = only the province or country. */
export function geoPrecision(precision: PlacePrecision | undefined): number {
  switch (precision) {
    case 'site':
    case 'district':
    case 'city':
      return 1;
    case 'region':
      return 2;
    default:
      return 3;
  }
}
