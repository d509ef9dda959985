// The situation picture across articles: reports (one article's event, flattened with what the
// merge needs), situation events (reports of the same event merged), control of places over time,
// and analyst corrections. The store, API, exports and web page build on these schemas; extend
// them only additively.
import { z } from 'zod';
import { Modality, Precision, Span, Timing } from './reading.js';

/** The name of these schemas, for exports that say what they carry. */
export const PICTURE_FORMAT = 'sitrep-picture/1';

/** How exactly a place is known, finest first (the order matters: the merge reads it); the merge distance depends on it. */
export const PlacePrecision = z.enum(['site', 'district', 'city', 'region', 'admin1', 'country', 'unknown']);
export type PlacePrecision = z.infer<typeof PlacePrecision>;

export const ActorRef = z.object({
  name: z.string(),
  /** CAMEO-style actor code (SYRMIL, RUSGOV…), when one applies. */
  code: z.string().nullable(),
  /** ISO 3166-1 alpha-3. */
  country: z.string().nullable(),
});
export type ActorRef = z.infer<typeof ActorRef>;

export const PlaceRef = z.object({
  name: z.string(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  /** ISO 3166-1 alpha-2, as GeoNames gives it. */
  country: z.string().nullable(),
  admin1: z.string().nullable(),
  geonameid: z.number().int().nullable(),
  precision: PlacePrecision,
});
export type PlaceRef = z.infer<typeof PlaceRef>;

export const EventDate = z.object({ date: z.string().nullable(), precision: Precision.nullable() });
export type EventDate = z.infer<typeof EventDate>;

export const AcledType = z.object({ event_type: z.string(), sub_event_type: z.string() });
export type AcledType = z.infer<typeof AcledType>;

export const ReportFigure = z.object({
  kind: z.string(),
  value: z.number(),
  approx: z.string(),
  unit: z.string().nullable(),
  /** The figure's words in the article, when known. */
  text: z.string().nullable(),
  /** Who gives the figure and how, when a claim of the reading says so (else the report's). */
  source: ActorRef.nullable().optional(),
  modality: Modality.optional(),
});
export type ReportFigure = z.infer<typeof ReportFigure>;

export const Territory = z.object({ from: ActorRef.nullable(), to: ActorRef.nullable() });
export type Territory = z.infer<typeof Territory>;

/** One event of one article, with its article's outlet, date and text fingerprint. */
export const Report = z.object({
  /** `articleId#eventId`: stable as long as the article's id is (ids derive from content). */
  id: z.string(),
  articleId: z.string(),
  eventId: z.string(),
  /** The outlet's site or domain; two reports from the same site are one source. */
  site: z.string().nullable(),
  url: z.string().nullable(),
  published: z.string().nullable(),
  /** Exact hash of the article's clean text, and its MinHash signature (see src/picture/sources.ts). */
  textHash: z.string(),
  minhash: z.array(z.number().int()),
  plover: z.string(),
  mode: z.string().nullable(),
  acled: AcledType.nullable(),
  cameo: z.string().nullable(),
  actor1: ActorRef.nullable(),
  actor2: ActorRef.nullable(),
  place: PlaceRef.nullable(),
  date: EventDate,
  timing: Timing,
  modality: Modality,
  /** Who the article says claims it (the claimant), when named. */
  source: ActorRef.nullable(),
  evidence: Span,
  figures: z.array(ReportFigure),
  territory: Territory.nullable(),
});
export type Report = z.infer<typeof Report>;

/** A report as a situation event lists it. */
export const ReportRef = Report.pick({
  id: true,
  articleId: true,
  eventId: true,
  site: true,
  url: true,
  published: true,
  source: true,
  modality: true,
  evidence: true,
}).extend({
  /** Index of the independent source the report counts under (see `SituationEvent.sources`). */
  sourceGroup: z.number().int().nonnegative(),
});
export type ReportRef = z.infer<typeof ReportRef>;

export const ClaimedFigure = z.object({
  kind: z.string(),
  value: z.number(),
  approx: z.string(),
  unit: z.string().nullable(),
  /** Who claims the figure: the report's source, else its outlet. */
  claimant: z.string(),
  modality: Modality,
  articleId: z.string(),
  reportId: z.string(),
});
export type ClaimedFigure = z.infer<typeof ClaimedFigure>;

/** Figures of the same kind that disagree, side by side (never averaged). */
export const Contradiction = z.object({
  kind: z.string(),
  reason: z.enum(['different_values', 'unconfirmed', 'denied']),
  figures: z.array(ClaimedFigure),
  /** Reports that could not confirm, or deny, the figures (they may give none themselves). */
  disputedBy: z.array(z.object({ reportId: z.string(), articleId: z.string(), claimant: z.string(), modality: Modality })),
});
export type Contradiction = z.infer<typeof Contradiction>;

/** Why the merge joined a report to the event: what it agreed with and by how much. */
export const MergeReason = z.object({
  report: z.string(),
  joined: z.string(),
  type: z.string(),
  actors: z.string(),
  /** Distance between the two places in km, null when one has no coordinates. */
  km: z.number().nullable(),
  days: z.number().nullable(),
});
export type MergeReason = z.infer<typeof MergeReason>;

export const SituationEvent = z.object({
  /** Derived from the content of the event's anchor report: stable across rebuilds. */
  id: z.string(),
  plover: z.string(),
  mode: z.string().nullable(),
  acled: AcledType.nullable(),
  cameo: z.string().nullable(),
  actor1: ActorRef.nullable(),
  actor2: ActorRef.nullable(),
  place: PlaceRef.nullable(),
  date: z.string().nullable(),
  precision: Precision.nullable(),
  timing: Timing,
  /** The strongest modality among the reports (asserted > alleged > unconfirmed > denied > planned). */
  modality: Modality,
  modalities: z.array(z.object({ reportId: z.string(), modality: Modality })),
  territory: Territory.nullable(),
  reports: z.array(ReportRef),
  /** Independent sources: wire copies reprinted and the same outlet twice count once. */
  sources: z.number().int().nonnegative(),
  articles: z.number().int().nonnegative(),
  figures: z.array(ClaimedFigure),
  contradictions: z.array(Contradiction),
  why: z.array(MergeReason),
  /** Whether analyst corrections apply, and which. */
  corrected: z.boolean(),
  corrections: z.array(z.string()),
  /** Marked wrong by an analyst: kept for the record, hidden from the picture by default. */
  wrong: z.boolean(),
});
export type SituationEvent = z.infer<typeof SituationEvent>;

export const ControlStatus = z.enum(['changed', 'alleged', 'contested']);
export type ControlStatus = z.infer<typeof ControlStatus>;

/** One step of a place's control timeline. */
export const ControlChange = z.object({
  id: z.string(),
  place: PlaceRef,
  /** Who holds the place after this step (for `alleged`, who is said to). */
  holder: ActorRef.nullable(),
  previous: ActorRef.nullable(),
  date: z.string().nullable(),
  precision: Precision.nullable(),
  /** Situation event ids behind the step. */
  events: z.array(z.string()),
  modality: Modality,
  sources: z.number().int().nonnegative(),
  status: ControlStatus,
});
export type ControlChange = z.infer<typeof ControlChange>;

export const CorrectionKind = z.enum(['retype', 'actors', 'place', 'date', 'modality', 'merge', 'split', 'wrong']);
export type CorrectionKind = z.infer<typeof CorrectionKind>;

/**
 * What a correction applies to: the situation event as the analyst saw it, and its reports.
 * Event ids can move when reports join; the report ids anchor the correction across re-merges.
 */
export const CorrectionTarget = z.object({ event: z.string(), reports: z.array(z.string()) });
export type CorrectionTarget = z.infer<typeof CorrectionTarget>;

const correctionBase = {
  id: z.string(),
  who: z.string(),
  /** ISO 8601 timestamp. */
  at: z.string(),
  target: CorrectionTarget,
  /** The machine value the analyst saw, for the record. */
  before: z.unknown(),
  undone: z.boolean().default(false),
};

export const Correction = z.discriminatedUnion('kind', [
  z.object({
    ...correctionBase,
    kind: z.literal('retype'),
    after: z.object({ plover: z.string(), mode: z.string().nullable().optional(), acled: AcledType.nullable().optional(), cameo: z.string().nullable().optional() }),
  }),
  z.object({
    ...correctionBase,
    kind: z.literal('actors'),
    after: z.object({ actor1: ActorRef.nullable().optional(), actor2: ActorRef.nullable().optional() }),
  }),
  z.object({ ...correctionBase, kind: z.literal('place'), after: PlaceRef }),
  z.object({ ...correctionBase, kind: z.literal('date'), after: EventDate }),
  z.object({ ...correctionBase, kind: z.literal('modality'), after: z.object({ modality: Modality }) }),
  /** Joins the reports listed in `after.reports` (another event's) into the target's event. */
  z.object({ ...correctionBase, kind: z.literal('merge'), after: z.object({ reports: z.array(z.string()).min(1) }) }),
  /** Takes the reports listed in `after.reports` out of the target's event into an event of their own. */
  z.object({ ...correctionBase, kind: z.literal('split'), after: z.object({ reports: z.array(z.string()).min(1) }) }),
  z.object({ ...correctionBase, kind: z.literal('wrong'), after: z.object({}).default({}) }),
]);
export type Correction = z.infer<typeof Correction>;

/** What src/picture's buildPicture returns and the store keeps. */
export const Picture = z.object({
  events: z.array(SituationEvent),
  control: z.array(ControlChange),
});
export type Picture = z.infer<typeof Picture>;
