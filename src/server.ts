// The only place that opens a port: builds the app over a store and listens.
import type { FastifyInstance } from 'fastify';
import { buildApp } from './api/app.js';
import { createContext } from './api/context.js';
import { DEFAULT_WEB_DIR } from './api/web.js';
import type { Repository } from './store/repository.js';
import type { Gazetteer } from './geo/gazetteer.js';

export interface ServeOptions {
  readonly repo: Repository;
  readonly gazetteer: Gazetteer | null;
  readonly port: number;
  /** 127.0.0.1 unless the user asks for another interface. */
  readonly host: string;
  readonly token: string | null;
  readonly webDir?: string;
}

export async function serve(options: ServeOptions): Promise<{ app: FastifyInstance; url: string }> {
  const app = await buildApp({
    context: createContext(options.repo, options.gazetteer),
    token: options.token,
    webDir: options.webDir ?? DEFAULT_WEB_DIR,
    // Internal errors go to stderr with their stack; requests are not logged.
    logger: { level: 'error' },
  });
  const url = await app.listen({ port: options.port, host: options.host });
  return { app, url };
}
