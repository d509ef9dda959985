// Builds the fastify app: the API routes, /openapi.json, the web page, coded errors and
// security headers. Opens no port (src/server.ts does), so tests drive it with `inject`.
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiContext } from './context.js';
import { register, type Route } from './route.js';
import { openApiDocument } from './openapi.js';
import { ApiError, errorBody } from './errors.js';
import { SitrepError } from '../errors.js';
import { SECURITY_HEADERS, bearerCheck } from './security.js';
import { registerWeb } from './web.js';
import { PROJECT_ROOT } from '../shared-data.js';
import { healthRoutes } from './routes/health/index.js';
import { eventRoutes } from './routes/events/index.js';
import { articleRoutes, MAX_ARTICLE_CHARS } from './routes/articles/index.js';
import { placeRoutes } from './routes/places/index.js';
import { actorRoutes } from './routes/actors/index.js';
import { correctionRoutes } from './routes/corrections/index.js';
import { exportRoutes } from './routes/export/index.js';

export interface AppOptions {
  readonly context: ApiContext;
  /** SITREP_TOKEN: writes need it as a bearer token; with none, writes are refused. */
  readonly token: string | null;
  /** The built web page; a plain explanatory page is served when it is missing. */
  readonly webDir?: string | null;
  /** Fastify's logger; `sitrep serve` logs errors only. */
  readonly logger?: FastifyServerOptions['logger'];
}

/** Status of a coded error that comes from below the API (the pipeline, the store). */
const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  SITREP_E_INPUT: 422,
  SITREP_E_ENCODING: 422,
  SITREP_E_LANG: 422,
  SITREP_E_USAGE: 400,
  SITREP_E_STORE: 503,
};

/** JSON with <, >, & and the JS line separators escaped: no body can be read as markup. */
const UNSAFE: Readonly<Record<string, string>> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };
export const safeJson = (payload: unknown) => JSON.stringify(payload).replace(/[<>&\u2028\u2029]/g, (c) => UNSAFE[c]);

const version = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

export function apiRoutes(context: ApiContext): Route[] {
  return [healthRoutes, eventRoutes, articleRoutes, placeRoutes, actorRoutes, correctionRoutes, exportRoutes].flatMap((r) => r(context));
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  // JSON bodies carry whole articles; escaping can double their size.
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: MAX_ARTICLE_CHARS * 3 });

  app.setReplySerializer(safeJson);
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.headers(SECURITY_HEADERS);
    return payload;
  });

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof ApiError) return reply.code(error.status).send(errorBody(error.code, error.message, error.parameter));
    if (error instanceof SitrepError) return reply.code(STATUS_BY_CODE[error.code] ?? 500).send(errorBody(error.code, error.message));
    const status = (error as { statusCode?: number }).statusCode;
    // Fastify's own refusals: malformed JSON, a body too large, an unsupported media type.
    if (status && status >= 400 && status < 500) return reply.code(status).send(errorBody('SITREP_E_USAGE', (error as Error).message, 'body'));
    request.log.error(error);
    return reply.code(500).send(errorBody('SITREP_E_INTERNAL', 'an internal error; the server log has the details'));
  });
  app.setNotFoundHandler((request, reply) => reply.code(404).send(errorBody('SITREP_E_NOT_FOUND', `no route ${request.method} ${request.url.split('?')[0]}`)));

  const routes = apiRoutes(options.context);
  register(app, routes, bearerCheck(options.token));
  const document = openApiDocument(routes, version);
  app.get('/openapi.json', async () => document);
  await registerWeb(app, options.webDir ?? null);
  // The store's event index loads in the background at start rather than on the first page view;
  // a failure here is the first query's to report.
  app.addHook('onReady', async () => {
    void Promise.resolve()
      .then(() => options.context.repo.countEvents({}, { days: false, cell: null }))
      .catch(() => undefined);
  });
  return app;
}
