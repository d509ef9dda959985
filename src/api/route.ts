// One route = one declaration: its zod schemas validate the request and describe it in the
// OpenAPI document, so the two never drift. Fastify's own validator is not used: zod runs in
// the handler wrapper and turns the first problem into a 400 that names the parameter.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { fromZodError } from './errors.js';

export interface Response {
  readonly description: string;
  readonly schema?: z.ZodType;
  /** Defaults to application/json; several when the query picks one. */
  readonly contentType?: string | readonly string[];
}

export interface RouteInput<P, Q, B> {
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
}

export interface Route<P = unknown, Q = unknown, B = unknown> {
  readonly method: 'GET' | 'POST' | 'DELETE';
  /** Fastify syntax: /events/:id. */
  readonly url: string;
  readonly summary: string;
  readonly tag: string;
  readonly params?: z.ZodType<P>;
  readonly query?: z.ZodType<Q>;
  readonly body?: z.ZodType<B>;
  /** A write: needs the bearer token. */
  readonly write?: boolean;
  readonly responses: Readonly<Record<number, Response>>;
  handler(input: RouteInput<P, Q, B>): Promise<unknown>;
}

/** Declares a route with its types inferred from its schemas. */
export const route = <P, Q, B>(r: Route<P, Q, B>): Route => r as unknown as Route;

/** The keys of an object schema (possibly wrapped in refinements), for "known parameters" hints. */
export function knownKeys(schema: z.ZodType | undefined): string[] {
  const shape = (schema as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : [];
}

function parse<T>(schema: z.ZodType<T> | undefined, value: unknown, where: 'query' | 'body' | 'params'): T {
  if (!schema) return undefined as T;
  const result = schema.safeParse(value ?? {});
  if (!result.success) throw fromZodError(result.error, where, knownKeys(schema));
  return result.data;
}

export function register(app: FastifyInstance, routes: readonly Route[], authorize: (request: FastifyRequest) => void): void {
  for (const r of routes) {
    app.route({
      method: r.method,
      url: r.url,
      handler: async (request, reply) => {
        if (r.write) authorize(request);
        const params = parse(r.params, request.params, 'params');
        const query = parse(r.query, request.query, 'query');
        const body = parse(r.body, request.body, 'body');
        return r.handler({ params, query, body, request, reply });
      },
    });
  }
}
