// Colours: one per PLOVER event type (a fixed palette readable on the light basemap), and one per
// actor for control of places, picked from a hash of the name so it stays the same across views.
const TYPE_COLOURS: Record<string, string> = {
  ASSAULT: '#c62828',
  COERCE: '#ef6c00',
  MOBILIZE: '#8e24aa',
  THREATEN: '#d81b60',
  PROTEST: '#f9a825',
  SANCTION: '#6d4c41',
  RETREAT: '#00897b',
  AID: '#2e7d32',
  COOPERATE: '#1565c0',
  AGREE: '#0277bd',
  CONSULT: '#5c6bc0',
  SUPPORT: '#43a047',
  CONCEDE: '#26a69a',
  REQUEST: '#7cb342',
  ACCUSE: '#ad1457',
  REJECT: '#795548',
  DISAPPROVE: '#9e9d24',
};

const FALLBACK = ['#546e7a', '#37474f', '#8d6e63', '#78909c'];
const ACTOR_PALETTE = ['#1b5e20', '#b71c1c', '#0d47a1', '#4a148c', '#e65100', '#006064', '#3e2723', '#827717', '#880e4f', '#263238'];

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

export function typeColour(type: string): string {
  return TYPE_COLOURS[type] ?? FALLBACK[hash(type) % FALLBACK.length];
}

export function actorColour(name: string | null): string {
  return name ? ACTOR_PALETTE[hash(name) % ACTOR_PALETTE.length] : '#9e9e9e';
}

/** Alleged, unconfirmed, denied and planned events are drawn hollow and dashed. */
export function isAsserted(modality: string): boolean {
  return modality === 'asserted';
}

export const KNOWN_TYPES = Object.keys(TYPE_COLOURS);
export const MODALITIES = ['asserted', 'alleged', 'unconfirmed', 'denied', 'planned'];
export const TIMINGS = ['current', 'background', 'future'];
