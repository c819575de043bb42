/**
 * The paths the app's archive-wide conditional GET (`caching.ts`) must leave alone:
 * their answers depend on more than the archive's papers and the URL, so an ETag of
 * those alone would call a changed answer unchanged. The watch API (the operator's,
 * behind the token, `Cache-Control: no-store`) and the watch feeds (which answer
 * conditional GETs themselves, `feeds/watch.ts`).
 *
 * @module
 */
import type { MiddlewareHandler } from 'hono';

/** Whether `path` answers for itself whether it changed. */
export function isPrivatePath(path: string): boolean {
  return path === '/api/v1/watches' || path.startsWith('/api/v1/watches/') || path.startsWith('/feeds/watch/');
}

/** `middleware`, skipped for the private paths. */
export function exceptPrivate(middleware: MiddlewareHandler): MiddlewareHandler {
  return (c, next) => (isPrivatePath(c.req.path) ? next() : middleware(c, next));
}
