// GET /events (filtered, paged), GET /events/summary (counts for the map and timeline),
// GET /events/:id (the event with its reports, evidence, figures by claimant, why merged, and
// the analyst corrections that apply to it).
import { z } from 'zod';
import { SituationEvent, Correction } from '../../../model/picture.js';
import { route } from '../../route.js';
import type { ApiContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { EventsQuery, filterFields, checkDates, list, toEventFilter } from '../../schemas/filters.js';
import { nextCursor, pageRequest } from '../../schemas/paging.js';
import { MAX_ZOOM, Summary, cellDegrees, summarise } from './summary.js';

export const EventId = z.strictObject({ id: z.string().min(1).max(200) });

/** An event as a list shows it: without its reports, figures and merge reasons (the event's own route has them). */
const BriefEvent = SituationEvent.omit({ modalities: true, reports: true, figures: true, contradictions: true, why: true });
const brief = ({ modalities, reports, figures, contradictions, why, ...rest }: SituationEvent): z.infer<typeof BriefEvent> => rest;

const EventPage = z.object({
  items: z.array(z.union([SituationEvent, BriefEvent])).meta({ description: 'whole events, or brief ones with brief=true' }),
  total: z.number().int().nullable().meta({ description: 'every match: exact with count=true or on the last page, else null' }),
  limit: z.number().int(),
  offset: z.number().int(),
  next: z.string().nullable().meta({ description: 'cursor of the next page; null on the last' }),
});

const SummaryQuery = z
  .strictObject({
    ...filterFields,
    zoom: z.string().regex(/^\d{1,2}$/, 'must be a whole number').transform(Number)
      .pipe(z.number().max(MAX_ZOOM, `must be at most ${MAX_ZOOM}`)).optional()
      .meta({ description: `map zoom, 0–${MAX_ZOOM}: sets the grid cell size (45° at 0, halving per level)` }),
    parts: list(z.enum(['days', 'cells'])).optional()
      .meta({ description: 'what to count besides the total: days, cells or both (the default), comma-separated' }),
  })
  .superRefine(checkDates);

export const eventRoutes = (ctx: ApiContext) => [
  route({
    method: 'GET',
    url: '/events',
    summary: 'situation events matching the filters, newest first',
    tag: 'events',
    query: EventsQuery,
    responses: { 200: { description: 'a page of events', schema: EventPage } },
    async handler({ query }) {
      const page = await ctx.repo.listEvents(toEventFilter(query), { ...pageRequest(query), count: query.count });
      const items = query.brief ? page.items.map(brief) : page.items;
      return { items, total: page.total, limit: page.limit, offset: page.offset, next: nextCursor(page) };
    },
  }),
  route({
    method: 'GET',
    url: '/events/summary',
    summary: 'counts per day and type, and per grid cell, of the events matching the filters',
    tag: 'events',
    query: SummaryQuery,
    responses: { 200: { description: 'the counts', schema: Summary } },
    async handler({ query }) {
      const cell = cellDegrees(query.zoom ?? 0);
      const parts = query.parts ?? ['days', 'cells'];
      return summarise(await ctx.repo.countEvents(toEventFilter(query), { days: parts.includes('days'), cell: parts.includes('cells') ? cell : null }), cell);
    },
  }),
  route({
    method: 'GET',
    url: '/events/:id',
    summary: 'one situation event: reports, evidence, figures by claimant, why merged, corrections',
    tag: 'events',
    params: EventId,
    responses: { 200: { description: 'the event', schema: z.object({ event: SituationEvent, corrections: z.array(Correction) }) } },
    async handler({ params }) {
      const event = await ctx.repo.getEvent(params.id);
      if (!event) throw notFound('event', params.id);
      return { event, corrections: await ctx.repo.listCorrections({ event: params.id, includeUndone: true }) };
    },
  }),
];
