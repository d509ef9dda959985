// The `sitrep-article/1` reading of one article: the single source for the CLI output,
// the store, the API and the exports. Every offset is an end-exclusive UTF-16 index into
// `article.text`; quoted `text` fields are always `article.text.slice(start, end)`.
import { z } from 'zod';

export const FORMAT = 'sitrep-article/1';

export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Span = z.infer<typeof Span>;

export const BlockKind = z.enum(['title', 'heading', 'paragraph', 'quote', 'caption', 'list', 'table', 'byline']);
export type BlockKind = z.infer<typeof BlockKind>;

export const Block = z.object({
  kind: BlockKind,
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});
export type Block = z.infer<typeof Block>;

/** A piece of the page that cleaning dropped, and why (menu, teaser, comments…). */
export const Removed = z.object({ text: z.string(), reason: z.string() });
export type Removed = z.infer<typeof Removed>;

export const Article = z.object({
  id: z.string(),
  url: z.string().nullable(),
  file: z.string().nullable(),
  lang: z.string(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  /** Where `published` came from: the caller, the page's metadata, or nowhere. */
  publishedBasis: z.enum(['given', 'metadata', 'unknown']),
  authors: z.array(z.string()),
  site: z.string().nullable(),
  text: z.string(),
  blocks: z.array(Block),
  removed: z.array(Removed),
  /** Which step of the cleaning cascade produced the text. */
  extractor: z.string(),
});
export type Article = z.infer<typeof Article>;

export const EntityKind = z.enum([
  'person', 'state', 'military', 'government', 'armed_group', 'organisation', 'ngo', 'igo', 'coalition', 'media', 'group',
]);
export type EntityKind = z.infer<typeof EntityKind>;

export const Entity = z.object({
  id: z.string(),
  name: z.string(),
  kind: EntityKind,
  /** CAMEO-style actor code, country + role (SYRMIL, RUSGOV, IGOUNO…), when one applies. */
  code: z.string().nullable(),
  /** ISO 3166-1 alpha-3. */
  country: z.string().nullable(),
  role: z.string().nullable(),
  mentions: z.array(Span),
});
export type Entity = z.infer<typeof Entity>;

export const Place = z.object({
  id: z.string(),
  name: z.string(),
  /** country | admin1 | city | district | site | region */
  kind: z.string(),
  /** ISO 3166-1 alpha-2, as GeoNames gives it. */
  country: z.string().nullable(),
  admin1: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  geonameid: z.number().int().nullable(),
  feature: z.string().nullable(),
  /** A part of the place named in the text ("east", "north"…), when the mention names one. */
  part: z.string().nullable(),
  /** Why a mention stayed unresolved, when it did. */
  reason: z.string().optional(),
  /** Why the coordinates are only near what the text names, when they are (a site placed at its town, as ACLED's geo_precision 2). */
  approximate: z.string().optional(),
  mentions: z.array(Span),
});
export type Place = z.infer<typeof Place>;

export const Precision = z.enum(['day', 'month', 'year']);
export type Precision = z.infer<typeof Precision>;

export const DateMention = z.object({
  /** "d1", "d2"… in document order (optional for readers built elsewhere, e.g. from gold files). */
  id: z.string().optional(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  /** ISO date to the precision: YYYY-MM-DD, YYYY-MM or YYYY; null when it cannot be resolved. */
  date: z.string().nullable(),
  precision: Precision.nullable(),
  /** A duration ("pendant 10 mois"), as ISO 8601 (P10M); durations carry no date. */
  duration: z.string().optional(),
  /** `stated` when the text gives the date, `relative` when it was resolved against the publication date. */
  basis: z.enum(['stated', 'relative', 'unresolved']),
});
export type DateMention = z.infer<typeof DateMention>;

export const Approx = z.enum(['exact', 'more_than', 'less_than', 'about', 'at_least', 'at_most', 'range']);
export const FigureKind = z.enum([
  'killed', 'injured', 'displaced', 'surrendered', 'captured', 'detained', 'missing', 'territory_share', 'fighters',
  'civilians', 'refugees', 'count',
]);

export const Figure = z.object({
  id: z.string(),
  kind: FigureKind,
  value: z.number(),
  /** The upper bound of a range ("entre 10 et 15": value 10, high 15). */
  high: z.number().optional(),
  unit: z.string().nullable(),
  approx: Approx,
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
});
export type Figure = z.infer<typeof Figure>;

export const Timing = z.enum(['current', 'background', 'future']);
export type Timing = z.infer<typeof Timing>;
export const Modality = z.enum(['asserted', 'alleged', 'denied', 'unconfirmed', 'planned']);
export type Modality = z.infer<typeof Modality>;

export const Event = z.object({
  id: z.string(),
  plover: z.string(),
  mode: z.string().nullable(),
  acled: z.object({ event_type: z.string(), sub_event_type: z.string() }).nullable(),
  cameo: z.string().nullable(),
  actor1: z.string().nullable(),
  actor2: z.string().nullable(),
  /** Further actors on either side ("L'aviation russe et les militaires syriens"). */
  actor1_more: z.array(z.string()).default([]),
  actor2_more: z.array(z.string()).default([]),
  place: z.string().nullable(),
  date: z.object({ date: z.string().nullable(), precision: Precision.nullable() }),
  timing: Timing,
  modality: Modality,
  source: z.string().nullable(),
  figures: z.array(z.object({ kind: z.string(), value: z.number(), unit: z.string().nullable(), approx: z.string(), figure: z.string() })),
  /** For a change of control: who took the place from whom. */
  territory: z.object({ place: z.string().nullable(), from: z.string().nullable(), to: z.string().nullable() }).nullable(),
  trigger: Span,
  evidence: Span,
  /** Triggers of later mentions of the same happening, merged into this event ("L'attaque contre X"). */
  mentions: z.array(Span).default([]),
  /** The rule that produced the event, as `stage/rule`. */
  by: z.string(),
});
export type Event = z.infer<typeof Event>;

export const Quote = z.object({
  id: z.string(),
  /** Entity id of the speaker, when known. */
  speaker: z.string().nullable(),
  speakerName: z.string().nullable(),
  text: z.string(),
  direct: z.boolean(),
  start: z.number().int(),
  end: z.number().int(),
  cue: Span.nullable(),
});
export type Quote = z.infer<typeof Quote>;

export const Claim = z.object({
  id: z.string(),
  /** Entity id of who says it. */
  source: z.string().nullable(),
  modality: Modality,
  event: z.string().nullable(),
  figure: z.string().nullable().default(null),
  cue: Span,
});
export type Claim = z.infer<typeof Claim>;

export const Reading = z.object({
  format: z.literal(FORMAT),
  article: Article,
  sentences: z.array(z.object({ start: z.number().int(), end: z.number().int() })),
  /** Token offsets as [start, end] pairs. */
  tokens: z.array(z.tuple([z.number().int(), z.number().int()])),
  entities: z.array(Entity),
  places: z.array(Place),
  dates: z.array(DateMention),
  figures: z.array(Figure),
  events: z.array(Event),
  quotes: z.array(Quote),
  claims: z.array(Claim),
  /** What the reading could not do, said rather than guessed (e.g. no publication date). */
  warnings: z.array(z.string()),
});
export type Reading = z.infer<typeof Reading>;
