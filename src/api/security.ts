// Bearer-token check for writes, and the headers every response carries.
import { timingSafeEqual, createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { ApiError } from './errors.js';

/** Scripts only from the server's own files (no inline script, no eval); styles may be inline (map library). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};

// Hashing both sides gives equal lengths, so the comparison takes the same time for any guess.
const digest = (s: string) => createHash('sha256').update(s).digest();

/** Throws 401 without the right bearer token, 403 when the server has no token (writes disabled). */
export function bearerCheck(token: string | null): (request: FastifyRequest) => void {
  return (request) => {
    if (!token) throw new ApiError(403, 'SITREP_E_AUTH', 'writes are disabled on this server: start it with SITREP_TOKEN set');
    const m = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
    if (!m) throw new ApiError(401, 'SITREP_E_AUTH', 'this is a write: send "Authorization: Bearer <SITREP_TOKEN>"');
    if (!timingSafeEqual(digest(m[1]), digest(token))) throw new ApiError(401, 'SITREP_E_AUTH', 'the bearer token is wrong');
  };
}
