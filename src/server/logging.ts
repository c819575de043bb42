/**
 * Structured request logs (pino, one JSON line a request) with a request id: the
 * client's `X-Request-Id` when it is a plain token of up to 64 characters, else a new
 * UUID; sent back as `X-Request-Id` and carried by every line about the request
 * (the access line, and the error line of a request that failed), so that an
 * operator can follow one request through the logs.
 *
 * @module
 */
import { randomUUID } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

/** A client's request id is kept only when it is this plain. */
const PLAIN_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** The request id of a request (set by `requestLogger`), or null before it ran. */
export function requestIdOf(c: Context): string | null {
  return (c.get('requestId' as never) as string | undefined) ?? null;
}

/** A logger of errors only, on standard error: the default of an app made without one. */
export function errorLogger(): Logger {
  return pino({ level: 'error', name: 'griffie' }, pino.destination({ fd: 2, sync: true }));
}

/**
 * The server's logger: JSON lines on standard error (standard output stays for what a
 * command prints), at `GRIFFIE_LOG_LEVEL` (default `info`; `silent` for none).
 *
 * @throws {TypeError} for a level pino does not know.
 */
export function serverLogger(env: Readonly<Record<string, string | undefined>> = process.env): Logger {
  const level = env.GRIFFIE_LOG_LEVEL?.trim() || 'info';
  const levels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
  if (!levels.includes(level)) {
    throw new TypeError(`GRIFFIE_LOG_LEVEL must be one of ${levels.join(', ')}, not "${level}"`);
  }
  return pino({ level, base: { pid: process.pid }, name: 'griffie' }, pino.destination({ fd: 2, sync: false }));
}

/** The middleware: a request id for every request, and one `request` line when it is answered. */
export function requestLogger(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    const given = c.req.header('x-request-id');
    const id = given !== undefined && PLAIN_ID.test(given) ? given : randomUUID();
    c.set('requestId' as never, id as never);
    await next();
    c.res.headers.set('X-Request-Id', id);
    logger.info(
      {
        reqId: id,
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
      },
      'request',
    );
  };
}
