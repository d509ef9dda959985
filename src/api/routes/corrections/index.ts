// Analyst corrections: change an event's type, actors, place, date or modality, mark it wrong,
// merge events, split one; undo any of them. Each is stored with who, when, the machine value
// it replaces (before) and the new one (after), then the picture is rebuilt with it in force.
import { z } from 'zod';
import { AcledType, ActorRef, Correction, EventDate, PlaceRef, type SituationEvent } from '../../../model/picture.js';
import { Modality } from '../../../model/reading.js';
import type { NewCorrection } from '../../../store/repository.js';
import { route } from '../../route.js';
import type { ApiContext } from '../../context.js';
import { badParameter, notFound } from '../../errors.js';
import { EventId } from '../events/index.js';

const who = z.string().min(1).max(100).optional().meta({ description: 'who makes the correction (default "analyst")' });

const EventCorrection = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('retype'), who, after: z.strictObject({ plover: z.string().min(1), mode: z.string().nullable().optional(), acled: AcledType.nullable().optional(), cameo: z.string().nullable().optional() }) }),
  z.strictObject({ kind: z.literal('actors'), who, after: z.strictObject({ actor1: ActorRef.nullable().optional(), actor2: ActorRef.nullable().optional() }) }),
  z.strictObject({ kind: z.literal('place'), who, after: PlaceRef }),
  z.strictObject({ kind: z.literal('date'), who, after: EventDate }),
  z.strictObject({ kind: z.literal('modality'), who, after: z.strictObject({ modality: Modality }) }),
  z.strictObject({ kind: z.literal('wrong'), who, after: z.strictObject({}).optional() }),
]);
type EventCorrection = z.infer<typeof EventCorrection>;

const Merge = z.strictObject({ events: z.array(z.string().min(1)).min(2, 'name at least two events').max(100), who });
const Split = z.strictObject({ reports: z.array(z.string().min(1)).min(1, 'name at least one report'), who });
const CorrectionId = z.strictObject({ id: z.string().min(1).max(100) });
const CorrectionsQuery = z.strictObject({
  event: z.string().min(1).max(200).optional(),
  include_undone: z.enum(['true', 'false']).transform((s) => s === 'true').optional(),
});

/** The machine value a correction of this kind replaces, kept for the record. */
function before(event: SituationEvent, kind: EventCorrection['kind']): unknown {
  switch (kind) {
    case 'retype':
      return { plover: event.plover, mode: event.mode, acled: event.acled, cameo: event.cameo };
    case 'actors':
      return { actor1: event.actor1, actor2: event.actor2 };
    case 'place':
      return event.place;
    case 'date':
      return { date: event.date, precision: event.precision };
    case 'modality':
      return { modality: event.modality };
    case 'wrong':
      return { wrong: event.wrong };
  }
}

const target = (event: SituationEvent) => ({ event: event.id, reports: event.reports.map((r) => r.id) });

const Created = z.object({ correction: Correction });

export const correctionRoutes = (ctx: ApiContext) => {
  const eventOrFail = async (id: string, parameter?: string) => {
    const event = await ctx.repo.getEvent(id);
    if (!event) throw parameter ? badParameter(parameter, `${parameter}: no event with id "${id}"`) : notFound('event', id);
    return event;
  };
  const store = async (correction: NewCorrection) => {
    const stored = await ctx.repo.addCorrection(correction);
    await ctx.refresh();
    return { correction: stored };
  };
  return [
    route({
      method: 'POST',
      url: '/events/:id/corrections',
      summary: "corrects an event's type, actors, place, date or modality, or marks it wrong",
      tag: 'corrections',
      params: EventId,
      body: EventCorrection,
      write: true,
      responses: { 201: { description: 'stored and in force', schema: Created } },
      async handler({ params, body, reply }) {
        const event = await eventOrFail(params.id);
        const correction = { kind: body.kind, who: body.who ?? 'analyst', target: target(event), before: before(event, body.kind), after: body.after ?? {} } as NewCorrection;
        reply.code(201);
        return store(correction);
      },
    }),
    route({
      method: 'POST',
      url: '/events/merge',
      summary: 'merges events into the first one named',
      tag: 'corrections',
      body: Merge,
      write: true,
      responses: { 201: { description: 'stored and in force', schema: Created } },
      async handler({ body, reply }) {
        const ids = [...new Set(body.events)];
        if (ids.length < 2) throw badParameter('events', 'events: name at least two different events');
        const [into, ...others] = await Promise.all(ids.map((id) => eventOrFail(id, 'events')));
        const reports = others.flatMap((e) => e.reports.map((r) => r.id));
        reply.code(201);
        return store({ kind: 'merge', who: body.who ?? 'analyst', target: target(into), before: { events: ids }, after: { reports } });
      },
    }),
    route({
      method: 'POST',
      url: '/events/:id/split',
      summary: 'takes some reports out of an event into an event of their own',
      tag: 'corrections',
      params: EventId,
      body: Split,
      write: true,
      responses: { 201: { description: 'stored and in force', schema: Created } },
      async handler({ params, body, reply }) {
        const event = await eventOrFail(params.id);
        const own = new Set(event.reports.map((r) => r.id));
        const stranger = body.reports.find((r) => !own.has(r));
        if (stranger) throw badParameter('reports', `reports: "${stranger}" is not a report of event "${event.id}"`);
        const reports = [...new Set(body.reports)];
        if (reports.length === own.size) throw badParameter('reports', 'reports: leave at least one report in the event');
        reply.code(201);
        return store({ kind: 'split', who: body.who ?? 'analyst', target: target(event), before: { reports: [...own] }, after: { reports } });
      },
    }),
    route({
      method: 'DELETE',
      url: '/corrections/:id',
      summary: 'undoes a correction (kept for the record, no longer in force)',
      tag: 'corrections',
      params: CorrectionId,
      write: true,
      responses: { 200: { description: 'undone', schema: Created } },
      async handler({ params, request }) {
        const undone = await ctx.repo.undoCorrection(params.id, String(request.headers['x-sitrep-user'] ?? 'analyst'));
        if (!undone) throw notFound('correction', params.id);
        await ctx.refresh();
        return { correction: undone };
      },
    }),
    route({
      method: 'GET',
      url: '/corrections',
      summary: 'corrections, newest first; undone ones on request',
      tag: 'corrections',
      query: CorrectionsQuery,
      responses: { 200: { description: 'the corrections', schema: z.object({ items: z.array(Correction) }) } },
      async handler({ query }) {
        return { items: await ctx.repo.listCorrections({ event: query.event, includeUndone: query.include_undone }) };
      },
    }),
  ];
};
