// GET /health: the server answers and its store can be read.
import { z } from 'zod';
import { route } from '../../route.js';
import type { ApiContext } from '../../context.js';

const Health = z.object({ status: z.literal('ok'), store: z.enum(['sqlite', 'postgres']) });

export const healthRoutes = (ctx: ApiContext) => [
  route({
    method: 'GET',
    url: '/health',
    summary: 'whether the server and its store answer',
    tag: 'health',
    responses: { 200: { description: 'up', schema: Health } },
    async handler() {
      await ctx.repo.listEvents({}, { limit: 1, offset: 0 });
      return { status: 'ok' as const, store: ctx.repo.engine };
    },
  }),
];
