// Short articles of our own for the page's tests, as readings built by hand: the page is tested
// on known events whatever the analysis stages make of the text. Spans come from indexOf.
import { FORMAT, type Event, type Reading } from '../../src/model/reading.js';
import { acledFor, type Plover } from '../../src/events/ontology.js';

interface Ann {
  /** The words in the text. */
  at: string;
  /** Which occurrence of them is meant (0: the first). */
  nth?: number;
}

interface FixtureEvent {
  plover: string;
  trigger: string;
  evidence: string;
  actor1?: string;
  actor2?: string;
  place: string;
  date: string;
  modality?: Event['modality'];
  source?: string;
  territory?: { from: string | null; to: string };
  figure?: { at: string; kind: 'killed' | 'injured'; value: number };
}

export interface Fixture {
  id: string;
  title: string;
  url: string | null;
  site: string;
  published: string;
  text: string;
  entities: (Ann & { name: string; kind: 'armed_group' | 'military' | 'ngo' | 'group'; code: string | null })[];
  places: (Ann & { name: string; lat: number; lon: number; geonameid: number })[];
  dates: (Ann & { date: string })[];
  events: FixtureEvent[];
}

function span(text: string, words: string, nth = 0): { start: number; end: number; text: string } {
  let start = text.indexOf(words);
  for (let i = 0; i < nth && start >= 0; i++) start = text.indexOf(words, start + 1);
  if (start < 0) throw new Error(`fixture: "${words}" is not in the text`);
  return { start, end: start + words.length, text: words };
}

export function fixtureReading(f: Fixture): Reading {
  const entityId = (name: string | undefined) => (name ? `ent${f.entities.findIndex((e) => e.name === name)}` : null);
  const figures = f.events.flatMap((e, i) => (e.figure ? [{ id: `fig${i}`, kind: e.figure.kind, value: e.figure.value, unit: null, approx: 'exact' as const, ...span(f.text, e.figure.at) }] : []));
  return {
    format: FORMAT,
    article: {
      id: f.id, url: f.url, file: null, lang: 'en', title: f.title, published: f.published, publishedBasis: 'given', authors: [], site: f.site,
      text: f.text, blocks: [{ kind: 'title', ...span(f.text, f.title) }], removed: [], extractor: 'fixture',
    },
    sentences: [],
    tokens: [],
    entities: f.entities.map((e, i) => ({ id: `ent${i}`, name: e.name, kind: e.kind, code: e.code, country: null, role: null, mentions: [span(f.text, e.at, e.nth)] })),
    places: f.places.map((p, i) => ({
      id: `pl${i}`, name: p.name, kind: 'city', country: 'SY', admin1: null, lat: p.lat, lon: p.lon, geonameid: p.geonameid, feature: 'PPL', part: null, mentions: [span(f.text, p.at, p.nth)],
    })),
    dates: f.dates.map((d) => ({ ...span(f.text, d.at), date: d.date, precision: 'day', basis: 'relative' })),
    figures,
    events: f.events.map((e, i) => ({
      id: `ev${i}`, plover: e.plover, mode: null, acled: acledFor(e.plover as Plover, null), cameo: null,
      actor1: entityId(e.actor1), actor2: entityId(e.actor2), actor1_more: [], actor2_more: [],
      place: `pl${f.places.findIndex((p) => p.name === e.place)}`,
      date: { date: e.date, precision: 'day' }, timing: 'current', modality: e.modality ?? 'asserted', source: entityId(e.source),
      figures: e.figure ? [{ kind: e.figure.kind, value: e.figure.value, unit: null, approx: 'exact', figure: `fig${i}` }] : [],
      territory: e.territory ? { place: `pl${f.places.findIndex((p) => p.name === e.place)}`, from: entityId(e.territory.from ?? undefined), to: entityId(e.territory.to) } : null,
      trigger: span(f.text, e.trigger), evidence: span(f.text, e.evidence), mentions: [], by: 'fixture',
    })),
    quotes: [],
    claims: [],
    warnings: [],
  };
}

const MANBIJ_TEXT = `Shelling kills four in Manbij

Turkish-backed fighters shelled Manbij on Monday, killing four civilians, according to the Syrian Observatory for Human Rights.

Hundreds of people protested in Idlib on Friday against the local authorities.`;

/** Two events of different types and days: filters by type and by time tell them apart. */
export const MANBIJ: Fixture = {
  id: 'web-fixture-manbij',
  title: 'Shelling kills four in Manbij',
  url: 'https://news.example.org/manbij',
  site: 'news.example.org',
  published: '2024-05-14',
  text: MANBIJ_TEXT,
  entities: [
    { name: 'Turkish-backed fighters', at: 'Turkish-backed fighters', kind: 'armed_group', code: 'TURREB' },
    { name: 'Syrian Observatory for Human Rights', at: 'Syrian Observatory for Human Rights', kind: 'ngo', code: 'NGOSOHR' },
    { name: 'protesters', at: 'Hundreds of people', kind: 'group', code: null },
  ],
  places: [
    { name: 'Manbij', at: 'Manbij', nth: 1, lat: 36.5281, lon: 37.9549, geonameid: 166365 },
    { name: 'Idlib', at: 'Idlib', lat: 35.9306, lon: 36.6339, geonameid: 169389 },
  ],
  dates: [{ at: 'Monday', date: '2024-05-13' }, { at: 'Friday', date: '2024-05-10' }],
  events: [
    {
      plover: 'ASSAULT', trigger: 'shelled', evidence: 'Turkish-backed fighters shelled Manbij on Monday, killing four civilians',
      actor1: 'Turkish-backed fighters', place: 'Manbij', date: '2024-05-13', source: 'Syrian Observatory for Human Rights',
      figure: { at: 'four civilians', kind: 'killed', value: 4 },
    },
    { plover: 'PROTEST', trigger: 'protested', evidence: 'Hundreds of people protested in Idlib on Friday', actor1: 'protesters', place: 'Idlib', date: '2024-05-10' },
  ],
};

const HOSTILE_TEXT = `Rebels say they took <b>Saraqib</b>

<script>alert("script")</script> Rebels claimed on Sunday to have captured Saraqib from the Syrian army.
<img src=x onerror="fetch('/pwned')"> Read more: <a href="javascript:alert('link')">javascript:alert('link')</a>`;

/** An article whose text is full of markup: the page must show it as text and run none of it. */
export const HOSTILE: Fixture = {
  id: 'web-fixture-hostile',
  title: 'Rebels say they took <b>Saraqib</b>',
  url: "javascript:alert('url')",
  site: 'hostile.example.net',
  published: '2024-05-13',
  text: HOSTILE_TEXT,
  entities: [
    { name: 'Rebels', at: 'Rebels claimed', kind: 'armed_group', code: 'SYRREB' },
    { name: 'Syrian army', at: 'Syrian army', kind: 'military', code: 'SYRMIL' },
  ],
  places: [{ name: 'Saraqib', at: 'Saraqib', nth: 1, lat: 35.8624, lon: 36.8006, geonameid: 163806 }],
  dates: [{ at: 'Sunday', date: '2024-05-12' }],
  events: [
    {
      plover: 'ASSAULT', trigger: 'captured', evidence: 'Rebels claimed on Sunday to have captured Saraqib from the Syrian army', actor1: 'Rebels', actor2: 'Syrian army',
      place: 'Saraqib', date: '2024-05-12', modality: 'alleged', territory: { from: 'Syrian army', to: 'Rebels' },
    },
  ],
};
