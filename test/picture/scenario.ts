// Hand-built reports over the text fixtures in test/fixtures/picture: several outlets report the
// same clash at Deir ez-Zor airport (a wire copy reprinted by two sites, one site twice, a French
// paper), an airstrike 45 km away, and the control of Tall Hamis changing hands.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ActorRef, PlaceRef, Report, ReportFigure } from '../../src/model/picture.js';
import type { Modality, Precision, Timing } from '../../src/model/reading.js';
import { minhashSignature, textHash } from '../../src/picture/sources.js';

const DIR = fileURLToPath(new URL('../fixtures/picture/', import.meta.url));

export function fixtureText(name: string): string {
  return readFileSync(DIR + name, 'utf8');
}

export const ARMY: ActorRef = { name: 'Syrian army', code: 'SYRMIL', country: 'SYR' };
export const GOVERNMENT: ActorRef = { name: 'Syrian government', code: 'SYRGOV', country: 'SYR' };
export const IS: ActorRef = { name: 'Islamic State', code: 'IMGSYRISI', country: null };
export const IS_FR: ActorRef = { name: 'Etat islamique', code: 'IMGSYRISI', country: null };
export const KURDS: ActorRef = { name: 'YPG', code: 'SYRREBKRD', country: 'SYR' };
export const SOHR: ActorRef = { name: 'Syrian Observatory for Human Rights', code: 'SYRNGO', country: 'SYR' };
export const SANA: ActorRef = { name: 'SANA', code: 'SYRMED', country: 'SYR' };

export const AIRPORT: PlaceRef = { name: 'Deir ez-Zor airport', lat: 35.285, lon: 40.175, country: 'SY', admin1: '07', geonameid: null, precision: 'site' };
export const DEIR: PlaceRef = { name: 'Deir ez-Zor', lat: 35.336, lon: 40.146, country: 'SY', admin1: '07', geonameid: 170794, precision: 'city' };
export const MAYADIN: PlaceRef = { name: 'Mayadin', lat: 35.021, lon: 40.452, country: 'SY', admin1: '07', geonameid: 167046, precision: 'city' };
export const TALL_HAMIS: PlaceRef = { name: 'Tall Hamis', lat: 36.664, lon: 41.728, country: 'SY', admin1: '08', geonameid: 163203, precision: 'city' };

interface ReportSpec {
  readonly file: string;
  readonly eventId: string;
  readonly site: string;
  readonly published: string;
  /** The words of the evidence span, found in the fixture. */
  readonly evidence: string;
  readonly plover?: string;
  readonly mode?: string | null;
  readonly actor1?: ActorRef | null;
  readonly actor2?: ActorRef | null;
  readonly place?: PlaceRef | null;
  readonly date: string | null;
  readonly precision?: Precision | null;
  readonly timing?: Timing;
  readonly modality?: Modality;
  readonly source?: ActorRef | null;
  readonly figures?: ReportFigure[];
  readonly territory?: Report['territory'];
}

export function report(spec: ReportSpec): Report {
  const text = fixtureText(spec.file);
  const start = text.indexOf(spec.evidence);
  if (start < 0) throw new Error(`evidence not in ${spec.file}: ${spec.evidence}`);
  const articleId = `art-${spec.file.replace(/\..*$/, '')}`;
  return {
    id: `${articleId}#${spec.eventId}`,
    articleId,
    eventId: spec.eventId,
    site: spec.site,
    url: `https://${spec.site}/${spec.file}`,
    published: spec.published,
    textHash: textHash(text),
    minhash: minhashSignature(text),
    plover: spec.plover ?? 'ASSAULT',
    mode: spec.mode ?? null,
    acled: null,
    cameo: null,
    actor1: spec.actor1 ?? null,
    actor2: spec.actor2 ?? null,
    place: spec.place === undefined ? AIRPORT : spec.place,
    date: { date: spec.date, precision: spec.precision === undefined ? 'day' : spec.precision },
    timing: spec.timing ?? 'current',
    modality: spec.modality ?? 'asserted',
    source: spec.source ?? null,
    evidence: { start, end: start + spec.evidence.length, text: spec.evidence },
    figures: spec.figures ?? [],
    territory: spec.territory ?? null,
  };
}

export function figure(kind: string, value: number, approx: string, extra: Partial<ReportFigure> = {}): ReportFigure {
  return { kind, value, approx, unit: null, text: null, ...extra };
}

/** Five articles on the airport clash (three independent sources) and one on an airstrike nearby. */
export function airportReports(): Report[] {
  return [
    report({
      file: 'wire-reprint-a.en.txt', eventId: 'ev1', site: 'www.gazette.example', published: '2016-09-20', date: '2016-09-20',
      evidence: 'Government forces and Islamic State fighters clashed on Tuesday', actor1: GOVERNMENT, actor2: IS, source: SOHR,
      figures: [figure('killed', 23, 'at_least')],
    }),
    report({
      file: 'wire-reprint-b.en.txt', eventId: 'ev1', site: 'herald.example', published: '2016-09-20', date: '2016-09-20',
      evidence: 'Government forces and Islamic State fighters clashed on Tuesday', actor1: GOVERNMENT, actor2: IS, source: SOHR,
      figures: [figure('killed', 23, 'at_least')],
    }),
    report({
      file: 'daily-courier.en.txt', eventId: 'ev2', site: 'courier.example', published: '2016-09-21', date: '2016-09-20',
      evidence: 'it had repelled a large attack by Islamic State militants', actor1: IS, actor2: ARMY, source: ARMY,
      figures: [figure('killed', 60, 'more_than'), figure('captured', 12, 'exact')],
    }),
    report({
      file: 'daily-courier-followup.en.txt', eventId: 'ev1', site: 'courier.example', published: '2016-09-22', date: '2016-09-20',
      evidence: 'its soldiers had pushed back the Islamic State attack on Tuesday', actor1: IS, actor2: null, place: DEIR, source: ARMY,
    }),
    report({
      file: 'le-quotidien.fr.txt', eventId: 'ev1', site: 'lequotidien.example', published: '2016-09-21', date: '2016-09-20',
      evidence: "se sont affrontés mardi autour de l'aéroport militaire de Deir ez-Zor", actor1: ARMY, actor2: IS_FR, source: SOHR,
      figures: [figure('killed', 30, 'about'), figure('killed', 60, 'more_than', { source: SANA, modality: 'unconfirmed' })],
    }),
    report({
      file: 'le-quotidien.fr.txt', eventId: 'ev2', site: 'lequotidien.example', published: '2016-09-21', date: '2016-09-20',
      evidence: 'des frappes aériennes ont visé la ville de Mayadine', mode: 'aerial', place: MAYADIN,
    }),
  ];
}

/** Tall Hamis: taken by IS in January, retaken by the Kurds on Saturday, an alleged return on Tuesday. */
export function tallHamisReports(): Report[] {
  const base = { file: 'control-timeline.fr.txt', site: 'lequotidien.example', published: '2015-03-11', place: TALL_HAMIS };
  return [
    report({
      ...base, eventId: 'ev1', date: '2015-03-07', evidence: 'Les combattants kurdes ont repris samedi le contrôle de Tall Hamis',
      actor1: KURDS, actor2: IS_FR, source: KURDS, territory: { from: IS_FR, to: KURDS },
    }),
    report({
      ...base, eventId: 'ev2', date: '2015-01', precision: 'month', timing: 'background',
      evidence: "Les jihadistes s'étaient emparés de la ville en janvier", actor1: IS_FR, territory: { from: null, to: IS_FR },
    }),
    report({
      ...base, eventId: 'ev3', date: '2015-03-10', modality: 'alleged', evidence: 'ses hommes étaient de nouveau entrés dans la localité',
      actor1: IS_FR, source: IS_FR, territory: { from: KURDS, to: IS_FR },
    }),
  ];
}

/** A deterministic shuffle (mulberry32), so a failure can be replayed. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  let s = seed;
  const random = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
