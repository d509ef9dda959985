// GET /export?format=…&<the GET /events filters>: the matching events as a download, streamed.
import { Readable } from 'node:stream';
import { z } from 'zod';
import { route } from '../../route.js';
import type { ApiContext } from '../../context.js';
import { checkDates, filterFields, toEventFilter } from '../../schemas/filters.js';
import { EXPORT_FORMATS, EXPORT_FORMAT_NAMES, exportFormat } from '../../../export/index.js';
import { eventsMatching } from '../../../export/from-store.js';

const ExportQuery = z.strictObject({ format: z.enum(EXPORT_FORMAT_NAMES), ...filterFields }).superRefine(checkDates);

export const exportRoutes = (ctx: ApiContext) => [
  route({
    method: 'GET',
    url: '/export',
    summary: 'the events matching the filters as JSON Lines, ACLED CSV, GDELT 2.0 TSV or GeoJSON',
    tag: 'export',
    query: ExportQuery,
    responses: { 200: { description: 'the file, in the media type of its format', contentType: EXPORT_FORMATS.map((f) => f.contentType.split(';')[0]) } },
    async handler({ query, reply }) {
      const format = exportFormat(query.format)!;
      const chunks = format.render(eventsMatching(ctx.repo, toEventFilter(query)), ctx.exportOptions());
      return reply
        .header('content-type', format.contentType)
        .header('content-disposition', `attachment; filename="sitrep-events.${format.extension}"`)
        .send(Readable.from(chunks));
    },
  }),
];
