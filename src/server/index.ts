/**
 * The server layer: the web app, REST API and Atom feeds over an open archive
 * (`createApp`), and `startServer` to listen on a host and port with Node's HTTP
 * server.
 *
 * @module
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import type { ServerDeps } from './deps.ts';

export { createApp } from './app.ts';
export type { ServerDeps } from './deps.ts';
export { type Health, healthOf, maxSyncAgeFromEnv, type SyncAge, syncAges } from './health.ts';
export { HttpError } from './http-error.ts';
export { type Logger, serverLogger } from './logging.ts';
export { DEFAULT_SEARCHES_PER_MINUTE, type RateLimitSettings, rateLimitFromEnv } from './rate-limit.ts';
export { dutchDate } from './web/format.ts';

/** Where `griffie serve` listens unless told otherwise. */
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8080;

/** A listening server. */
export interface RunningServer {
  /** Its address, e.g. `http://127.0.0.1:8080`. */
  url: string;
  port: number;
  /** Stop accepting connections and wait for open requests to end. */
  close(): Promise<void>;
}

/**
 * Listen on `host:port` (port 0: any free port). Rejects with the system error (e.g.
 * `EADDRINUSE`) when the address cannot be taken.
 *
 * @example
 * const server = await startServer({ store, version, holdsExamples: async () => false }, { port: 0 });
 * console.log(server.url);
 * await server.close();
 */
export function startServer(deps: ServerDeps, options: { host?: string; port?: number } = {}): Promise<RunningServer> {
  const app = createApp(deps);
  const host = options.host ?? DEFAULT_HOST;
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port: options.port ?? DEFAULT_PORT });
    server.once('error', reject);
    server.once('listening', () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      const shown = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${port}`,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            if ('closeIdleConnections' in server) server.closeIdleConnections();
          }),
      });
    });
  });
}
