// GET /actors: the actors of the picture with their number of events, for the page's filter.
import { z } from 'zod';
import { route } from '../../route.js';
import type { ApiContext } from '../../context.js';

export const MAX_ACTORS = 1000;

const ActorsQuery = z.strictObject({
  q: z.string().min(1).max(200).optional().meta({ description: 'part of the name' }),
  limit: z.string().regex(/^\d+$/, 'must be a whole number').transform(Number)
    .pipe(z.number().min(1, 'must be at least 1').max(MAX_ACTORS, `must be at most ${MAX_ACTORS}`)).optional(),
});

const Actor = z.object({ name: z.string(), code: z.string().nullable(), events: z.number().int() });

export const actorRoutes = (ctx: ApiContext) => [
  route({
    method: 'GET',
    url: '/actors',
    summary: 'actors by number of situation events',
    tag: 'actors',
    query: ActorsQuery,
    responses: { 200: { description: 'the actors', schema: z.object({ items: z.array(Actor) }) } },
    async handler({ query }) {
      return { items: await ctx.repo.listActors({ q: query.q, limit: query.limit ?? 100 }) };
    },
  }),
];
