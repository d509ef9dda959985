// Synthetic situation events for the web benchmark: many events spread over a few theatres and
// two years, with the type, modality and source mix the page filters on. Deterministic (seeded).
import type { SituationEvent } from '../src/model/picture.js';

const THEATRES = [
  { lat: 35.5, lon: 38.5, spread: 2.5, country: 'SY' },
  { lat: 48.8, lon: 35.5, spread: 3.5, country: 'UA' },
  { lat: 31.4, lon: 34.4, spread: 0.4, country: 'PS' },
  { lat: 15.5, lon: 32.5, spread: 4, country: 'SD' },
  { lat: 14.5, lon: -1.5, spread: 4, country: 'BF' },
  { lat: 2.0, lon: 45.3, spread: 3, country: 'SO' },
];
const TYPES = ['ASSAULT', 'ASSAULT', 'ASSAULT', 'COERCE', 'MOBILIZE', 'PROTEST', 'AID', 'RETREAT', 'THREATEN', 'CONSULT'];
const MODALITIES = ['asserted', 'asserted', 'asserted', 'alleged', 'unconfirmed', 'denied'] as const;
const ACTORS = ['Syrian army', 'Islamic State', 'Russian military', 'Ukrainian army', 'Hamas', 'IDF', 'RSF', 'SAF', 'JNIM', 'al-Shabaab'];
const DAY_MS = 86_400_000;
const START = Date.UTC(2023, 0, 1);

/** A small linear congruential generator: the same events on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function syntheticEvents(count: number, seed = 7): SituationEvent[] {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const events: SituationEvent[] = [];
  for (let i = 0; i < count; i++) {
    const t = pick(THEATRES);
    const lat = t.lat + (rnd() - 0.5) * 2 * t.spread;
    const lon = t.lon + (rnd() - 0.5) * 2 * t.spread;
    const date = new Date(START + Math.floor(rnd() * 730) * DAY_MS).toISOString().slice(0, 10);
    const modality = pick(MODALITIES);
    const sources = 1 + Math.floor(rnd() ** 3 * 6);
    const id = `bench-${i.toString(36)}`;
    const a1 = pick(ACTORS);
    const a2 = pick(ACTORS);
    events.push({
      id, plover: pick(TYPES), mode: null, acled: null, cameo: null,
      actor1: { name: a1, code: null, country: null },
      actor2: a2 === a1 ? null : { name: a2, code: null, country: null },
      place: { name: `Place ${i % 5000}`, lat, lon, country: t.country, admin1: null, geonameid: null, precision: 'city' },
      date, precision: 'day', timing: 'current', modality,
      modalities: [{ reportId: `${id}#r`, modality }],
      territory: null,
      reports: [{
        id: `${id}#r`, articleId: `art-${i % 20000}`, eventId: 'ev1', site: `outlet${i % 40}.example`, url: null, published: date,
        source: null, modality, evidence: { start: 0, end: 40, text: `${a1} fighting reported near place ${i % 5000}` }, sourceGroup: 0,
      }],
      sources, articles: sources, figures: [], contradictions: [], why: [], corrected: false, corrections: [], wrong: false,
    });
  }
  return events;
}
