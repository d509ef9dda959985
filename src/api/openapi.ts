// The OpenAPI 3.1 document, built from the route declarations' zod schemas (z.toJSONSchema).
import { z } from 'zod';
import type { Route } from './route.js';
import { ErrorBody } from './errors.js';

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
};

function parameters(schema: z.ZodType | undefined, where: 'query' | 'path') {
  const shape = (schema as { shape?: Record<string, z.ZodType> } | undefined)?.shape ?? {};
  return Object.entries(shape).map(([name, field]) => ({
    name,
    in: where,
    required: where === 'path' || !field.safeParse(undefined).success,
    schema: jsonSchema(field, 'input'),
  }));
}

export function openApiDocument(routes: readonly Route[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = r.url.replace(/:(\w+)/g, '{$1}');
    const responses: Record<string, unknown> = {};
    for (const [status, res] of Object.entries(r.responses)) {
      const types = [res.contentType ?? 'application/json'].flat();
      const media = res.schema ? { schema: jsonSchema(res.schema, 'output') } : {};
      responses[status] = { description: res.description, content: Object.fromEntries(types.map((t) => [t, media])) };
    }
    responses.default = { description: 'a coded error', content: { 'application/json': { schema: jsonSchema(ErrorBody, 'output') } } };
    (paths[path] ??= {})[r.method.toLowerCase()] = {
      summary: r.summary,
      tags: [r.tag],
      parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query')],
      ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(r.body, 'input') } } } } : {}),
      ...(r.write ? { security: [{ bearer: [] }] } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Sitrep situation picture API', version },
    paths,
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'the SITREP_TOKEN of the server' } } },
  };
}
