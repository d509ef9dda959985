// The four geoparsing sets of ../shared/bench/geo (LGL, GeoWebNews, TR-News, GeoVirus): their news
// texts with gold toponyms, read from each set's own XML layout. Scored by eval/geo.ts; their texts
// also warm the reading benchmarks up (bench/_corpus.ts).
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { sharedPath } from '../src/shared-data.js';

export interface GoldToponym {
  start: number;
  end: number;
  /** Coordinates when the set gives them (and, for GeoWebNews, a GeoNames id: the ones scored). */
  lat: number | null;
  lon: number | null;
}
export interface GoldDoc {
  text: string;
  toponyms: GoldToponym[];
}
export interface GeoSet {
  name: string;
  file: string;
  anchors: string;
  read(xml: unknown): GoldDoc[];
}

const list = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
const num = (x: unknown): number | null => (x === '' || x === undefined || x === null || Number.isNaN(Number(x)) ? null : Number(x));
type Node = Record<string, unknown>;

/** LGL and TR-News; a few TR-News articles' offsets drift from their text (117 of 1 319 spans): each span is realigned on its phrase. */
function readLgl(xml: unknown): GoldDoc[] {
  return list((xml as Node & { articles: { article: Node[] } }).articles.article).map((a) => {
    const text = String(a.text ?? '');
    return {
      text,
      toponyms: list((a.toponyms as Node | undefined)?.toponym as Node[]).map((t) => {
        const gaz = t.gaztag as Node | undefined;
        const phrase = String(t.phrase ?? '');
        const start = phrase ? realign(text, phrase, Number(t.start)) : Number(t.start);
        return { start, end: phrase ? start + phrase.length : Number(t.end), lat: num(gaz?.lat), lon: num(gaz?.lon) };
      }),
    };
  });
}

function readGwn(xml: unknown): GoldDoc[] {
  return list((xml as Node & { articles: { article: Node[] } }).articles.article).map((a) => ({
    text: String(a.text ?? ''),
    toponyms: list((a.toponyms as Node | undefined)?.toponym as Node[]).map((t) => {
      const scored = num(t.geonamesID) !== null;
      return { start: Number(t.start), end: Number(t.end), lat: scored ? num(t.latitude) : null, lon: scored ? num(t.longitude) : null };
    }),
  }));
}

/** Gold offsets that miss their name (GeoVirus by one here and there, some TR-News articles by a growing drift): the span is the name's occurrence nearest them. */
const REALIGN_CHARS = 400;
function realign(text: string, name: string, start: number): number {
  for (let d = 0; d <= REALIGN_CHARS; d++) {
    if (text.startsWith(name, start - d)) return start - d;
    if (text.startsWith(name, start + d)) return start + d;
  }
  return start;
}

function readGeoVirus(xml: unknown): GoldDoc[] {
  return list((xml as Node & { articles: { article: Node[] } }).articles.article).map((a) => {
    const text = String(a.text ?? '');
    return {
      text,
      toponyms: list((a.locations as Node | undefined)?.location as Node[]).map((t) => {
        const name = String(t.name ?? '');
        const start = realign(text, name, Number(t.start));
        return { start, end: start + (name.length || Number(t.end) - Number(t.start)), lat: num(t.lat), lon: num(t.lon) };
      }),
    };
  });
}

export const GEO_SETS: GeoSet[] = [
  { name: 'lgl', file: 'lgl.xml', anchors: 'Acc@161 Mordecai3 .827, CamCoder .76, Edinburgh .76; F1 Topocluster .71, Edinburgh .62, CLAVIN .57', read: readLgl },
  { name: 'gwn', file: 'GWN.xml', anchors: 'Acc@161 Mordecai3 .941', read: readGwn },
  { name: 'trnews', file: 'TR-News.xml', anchors: 'Acc@161 Mordecai3 .873', read: readLgl },
  { name: 'geovirus', file: 'GeoVirus.xml', anchors: 'Acc@161 CamCoder .82', read: readGeoVirus },
];
/** A set's documents, or null when its file is absent. */
export function readGeoSet(set: GeoSet): GoldDoc[] | null {
  const path = sharedPath('bench', 'geo', set.file);
  if (!path) return null;
  const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: false, cdataPropName: false });
  return set.read(parser.parse(readFileSync(path, 'utf8')));
}
