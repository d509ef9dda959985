// The filters of GET /events, /events/summary and /export, and of `sitrep export`: query strings
// checked by zod (unknown parameters refused, each bad value named) and turned into the store's
// EventFilter. Lists are comma-separated (plover=fight,assault).
import { z } from 'zod';
import { Modality, Timing } from '../../model/reading.js';
import type { EventFilter } from '../../store/repository.js';
import { country } from '../../export/countries.js';

export const MAX_LIMIT = 500;
export const DEFAULT_LIMIT = 50;

function isCalendarDay(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine(isCalendarDay, 'is not a calendar date')
  .meta({ example: '2016-12-10' });

/** A comma-separated list of `item`s, at least one. */
export const list = <T extends z.ZodType<string>>(item: T) =>
  z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    // The items' input type is narrower than string (an enum's values); zod checks them at run time.
    .pipe(z.array(item).min(1, 'must name at least one value') as unknown as z.ZodType<z.output<T>[], string[]>);

const wholeNumber = (min: number, max: number, tooBig = `must be at most ${max}`) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, tooBig));

type Bbox = [number, number, number, number];

/** minLon,minLat,maxLon,maxLat in degrees; a box across the antimeridian has minLon > maxLon. */
function parseBbox(text: string): Bbox | string {
  const parts = text.split(',');
  if (parts.length !== 4) return 'must be four numbers: minLon,minLat,maxLon,maxLat';
  const n = parts.map((p) => (p.trim() === '' ? NaN : Number(p)));
  if (n.some((x) => !Number.isFinite(x))) return 'must be four numbers: minLon,minLat,maxLon,maxLat';
  const [minLon, minLat, maxLon, maxLat] = n;
  if (Math.abs(minLon) > 180 || Math.abs(maxLon) > 180) return 'longitudes must lie between -180 and 180';
  if (Math.abs(minLat) > 90 || Math.abs(maxLat) > 90) return 'latitudes must lie between -90 and 90';
  if (minLat > maxLat) return 'minLat must not be greater than maxLat';
  return [minLon, minLat, maxLon, maxLat];
}

const bbox = z
  .string()
  .transform((s, ctx): Bbox => {
    const parsed = parseBbox(s);
    if (typeof parsed === 'string') {
      ctx.addIssue({ code: 'custom', message: parsed });
      return z.NEVER;
    }
    return parsed;
  })
  .meta({ description: 'minLon,minLat,maxLon,maxLat (WGS 84 degrees)', example: '36,33,40,36' });

const countryCode = z
  .string()
  .refine((s) => country(s) !== null, 'must be an ISO 3166-1 alpha-2 or alpha-3 country code')
  .transform((s) => country(s)!.alpha2);

/** The filters proper, shared by every route that selects events. */
export const filterFields = {
  bbox: bbox.optional(),
  from: day.optional().meta({ description: 'first day, inclusive (YYYY-MM-DD)' }),
  to: day.optional().meta({ description: 'last day, inclusive (YYYY-MM-DD)' }),
  plover: list(z.string().regex(/^[A-Za-z_]+$/, 'PLOVER types are words such as ASSAULT').transform((s) => s.toUpperCase())).optional()
    .meta({ description: 'PLOVER event types (ASSAULT, COERCE…), comma-separated, any case' }),
  acled: list(z.string()).optional().meta({ description: 'ACLED event types, comma-separated' }),
  actor: z.string().min(1).max(200).optional().meta({ description: "an actor's name (any case) or its actor code" }),
  country: countryCode.optional().meta({ description: 'ISO 3166-1 alpha-2 or alpha-3' }),
  modality: list(Modality).optional(),
  timing: list(Timing).optional(),
  min_sources: wholeNumber(0, 10_000).optional().meta({ description: 'minimum number of independent sources' }),
  q: z.string().min(1).max(200).optional().meta({ description: 'words found in the evidence' }),
  include_wrong: z.enum(['true', 'false']).transform((s) => s === 'true').optional().meta({ description: 'also events an analyst marked wrong' }),
};

type FilterFields = { [K in keyof typeof filterFields]: z.output<(typeof filterFields)[K]> };

export function checkDates(value: { from?: string; to?: string }, ctx: z.RefinementCtx) {
  if (value.from && value.to && value.from > value.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'to must not be before from' });
}

export const pagingFields = {
  limit: wholeNumber(1, MAX_LIMIT, `must be at most ${MAX_LIMIT}`).optional().meta({ description: `page size, default ${DEFAULT_LIMIT}, at most ${MAX_LIMIT}` }),
  offset: wholeNumber(0, Number.MAX_SAFE_INTEGER).optional(),
  cursor: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'is not a cursor returned by this API').optional().meta({ description: 'the `next` cursor of the previous page' }),
};

export const EventsQuery = z
  .strictObject({
    ...filterFields,
    ...pagingFields,
    count: z.enum(['true', 'false']).transform((s) => s === 'true').optional()
      .meta({ description: 'count every match into `total` (otherwise total is null unless this is the last page)' }),
    brief: z.enum(['true', 'false']).transform((s) => s === 'true').optional()
      .meta({ description: "leave out each event's reports, figures, contradictions and merge reasons, as a list needs" }),
  })
  .superRefine(checkDates);
export const FilterQuery = z.strictObject(filterFields).superRefine(checkDates);

export function toEventFilter(q: Partial<FilterFields>): EventFilter {
  return {
    bbox: q.bbox,
    from: q.from,
    to: q.to,
    plover: q.plover,
    acledType: q.acled,
    actor: q.actor,
    country: q.country,
    modality: q.modality,
    timing: q.timing,
    minSources: q.min_sources,
    q: q.q,
    includeWrong: q.include_wrong,
  };
}
