// GET /places/:id/control: who held a place over time, with the events behind each change.
// The id is the store's place key: "gn:<geonameid>", or "<CC>:<name in lower case>".
import { z } from 'zod';
import { ControlChange } from '../../../model/picture.js';
import { route } from '../../route.js';
import type { ApiContext } from '../../context.js';

const PlaceId = z.strictObject({ id: z.string().min(1).max(300) });

export const placeRoutes = (ctx: ApiContext) => [
  route({
    method: 'GET',
    url: '/places/:id/control',
    summary: "a place's control timeline, oldest first; alleged captures are marked, not counted as changes",
    tag: 'places',
    params: PlaceId,
    responses: { 200: { description: 'the timeline (empty when nothing is known)', schema: z.object({ place: z.string(), control: z.array(ControlChange) }) } },
    async handler({ params }) {
      return { place: params.id, control: await ctx.repo.placeControl(params.id) };
    },
  }),
];
