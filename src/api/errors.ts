// The API's coded errors: every failure goes out as {error: {code, message, parameter?}} with its
// HTTP status, and a bad parameter is always named.
import { z } from 'zod';
import { SitrepError, type ErrorCode } from '../errors.js';

export class ApiError extends SitrepError {
  constructor(
    readonly status: number,
    code: ErrorCode,
    message: string,
    readonly parameter?: string,
  ) {
    super(code, message);
  }
}

export const ErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), parameter: z.string().optional() }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export function errorBody(code: string, message: string, parameter?: string): ErrorBody {
  return { error: parameter === undefined ? { code, message } : { code, message, parameter } };
}

export const badParameter = (parameter: string, message: string) => new ApiError(400, 'SITREP_E_USAGE', message, parameter);
export const notFound = (what: string, id: string | number) => new ApiError(404, 'SITREP_E_NOT_FOUND', `no ${what} with id "${id}"`);

/** The first problem zod found, as a 400 that names the parameter (or body field) at fault. */
export function fromZodError(error: z.ZodError, where: 'query' | 'body' | 'params', known: readonly string[]): ApiError {
  const issue = error.issues[0];
  if (issue.code === 'unrecognized_keys') {
    const name = issue.keys[0];
    const hint = known.length ? `; known: ${known.join(', ')}` : '';
    return badParameter(name, `unknown ${where === 'body' ? 'field' : 'parameter'} "${name}"${hint}`);
  }
  // A query parameter is named alone (modality, not modality.1); a body field by its path.
  const path = where === 'body' ? issue.path : issue.path.slice(0, 1);
  const name = path.map(String).join('.') || where;
  return badParameter(name, `${name}: ${issue.message}`);
}
