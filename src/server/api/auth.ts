/**
 * Writing is not public: a write route needs `Authorization: Bearer <token>` matching
 * `GRIFFIE_API_TOKEN`, and is disabled (403) when no token is configured.
 *
 * @module
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { HttpError } from '../http-error.ts';

/** Shortest token accepted: anything shorter is too easy to guess. */
export const MIN_TOKEN_LENGTH = 16;

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Whether `given` equals `expected`, in time that does not depend on where they differ. */
export function sameToken(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/** Middleware that lets a request through only with the configured bearer token. */
export function requireToken(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (token === undefined || token === '')
      throw new HttpError(403, 'Writing is disabled', 'this server has no GRIFFIE_API_TOKEN, so it accepts no writes');
    const header = c.req.header('Authorization') ?? '';
    const m = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
    if (!m || !sameToken(m[1]!, token))
      throw new HttpError(401, 'Unauthorized', 'send Authorization: Bearer <GRIFFIE_API_TOKEN>', {
        headers: { 'WWW-Authenticate': 'Bearer realm="griffie"' },
      });
    await next();
  };
}
