/**
 * One webhook delivery: the JSON a receiver gets, its signature, and the POST (with a
 * timeout, no redirects followed, a few quick tries for a network error, 408, 429 or
 * 5xx).
 *
 * The body is
 * `{watch: {id, name, query}, delivery: {id, attempt, sentAt}, papers: [{id, title, type, date, dossiers, citation, url, path, source}]}`;
 * the headers `X-Griffie-Delivery` (the delivery's id, the same in every attempt:
 * receivers dedupe on it), `X-Griffie-Timestamp` (`sentAt` in Unix seconds) and
 * `X-Griffie-Signature: sha256=<hex HMAC-SHA256 of the body with the watch's secret>`.
 * The body holds `sentAt`, so the signature covers the time too.
 *
 * @module
 */
import { createHmac } from 'node:crypto';
import type { ClaimedWatch, WatchDelivery } from '../store/index.ts';

/** The web app's page of a paper (as `server/links.ts` `paperPath` writes it). */
export const paperPath = (id: string): string => `/stuk/${encodeURIComponent(id)}`;

/** The signature header's value for `body`: `sha256=` and the hex HMAC-SHA256 with `secret`. */
export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** The JSON body of an attempt at a delivery. `baseUrl` (the web app's public address) makes each paper's `url`. */
export function webhookBody(
  watch: Pick<ClaimedWatch, 'id' | 'name' | 'query'>,
  delivery: WatchDelivery,
  sentAt: Date,
  baseUrl: string | null,
): string {
  const base = baseUrl?.replace(/\/+$/, '') ?? null;
  return JSON.stringify({
    watch: { id: watch.id, name: watch.name, query: watch.query },
    delivery: { id: delivery.id, attempt: delivery.attempts + 1, sentAt: sentAt.toISOString() },
    papers: delivery.papers.map((p) => ({
      id: p.id,
      title: p.title,
      type: p.type,
      date: p.date,
      dossiers: p.dossiers,
      citation: p.citation,
      url: base === null ? null : base + paperPath(p.id),
      path: paperPath(p.id),
      source: p.source,
    })),
  });
}

/** How one POST went: delivered, or why not and whether trying again soon may help. */
export type PostOutcome = { ok: true } | { ok: false; error: string; retryable: boolean };

/** Settings of `postWebhook`. */
export interface PostOptions {
  /** Milliseconds a try may take, answer included (default 10,000). */
  timeoutMs?: number;
  /** Tries in all (default 3), the ones after the first only for a retryable failure. */
  tries?: number;
  /** The pause before the second try (default 1,000 ms), doubled before each next one. */
  retryDelayMs?: number;
  userAgent?: string;
  /** Stops the POST (and the pauses) at once: the outcome is then `aborted`. */
  signal?: AbortSignal;
}

/** Whether an HTTP status may go away by itself. */
const retryableStatus = (status: number) => status === 408 || status === 429 || status >= 500;

/** Wait `ms`, or less when `signal` aborts. */
function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** One try. */
async function tryPost(
  url: string,
  headers: Record<string, string>,
  body: string,
  options: PostOptions,
): Promise<PostOutcome> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  try {
    const response = await fetch(url, { method: 'POST', headers, body, redirect: 'manual', signal });
    await response.body?.cancel().catch(() => {});
    if (response.status >= 200 && response.status < 300) return { ok: true };
    if (response.status >= 300 && response.status < 400) {
      const to = response.headers.get('location');
      return {
        ok: false,
        error: `the webhook redirects${to ? ` to ${to}` : ''}: give that address instead`,
        retryable: false,
      };
    }
    const text = response.statusText ? ` ${response.statusText}` : '';
    return {
      ok: false,
      error: `the webhook answered HTTP ${response.status}${text}`,
      retryable: retryableStatus(response.status),
    };
  } catch (error) {
    if (options.signal?.aborted) return { ok: false, error: 'stopped', retryable: false };
    if (timeout.aborted)
      return { ok: false, error: `the webhook did not answer within ${timeoutMs / 1000} s`, retryable: true };
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const why = cause?.code ?? cause?.message ?? (error as Error).message;
    return { ok: false, error: `the webhook could not be reached (${why})`, retryable: true };
  }
}

/**
 * POST an attempt at `delivery` for `watch` to its webhook, signed, with quick retries.
 * Never throws: the outcome says what happened.
 */
export async function postWebhook(
  watch: ClaimedWatch,
  delivery: WatchDelivery,
  baseUrl: string | null,
  options: PostOptions = {},
): Promise<PostOutcome> {
  if (watch.webhook === null) return { ok: false, error: 'the watch has no webhook', retryable: false };
  const tries = Math.max(1, options.tries ?? 3);
  let delay = options.retryDelayMs ?? 1000;
  let outcome: PostOutcome = { ok: false, error: 'not tried', retryable: false };
  for (let i = 0; i < tries; i++) {
    if (i > 0) {
      await pause(delay, options.signal);
      delay *= 2;
    }
    if (options.signal?.aborted) return { ok: false, error: 'stopped', retryable: false };
    const sentAt = new Date();
    const body = webhookBody(watch, delivery, sentAt, baseUrl);
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      'User-Agent': options.userAgent ?? 'Griffie',
      'X-Griffie-Delivery': delivery.id,
      'X-Griffie-Timestamp': String(Math.floor(sentAt.getTime() / 1000)),
    };
    if (watch.secret !== null) headers['X-Griffie-Signature'] = signBody(watch.secret, body);
    outcome = await tryPost(watch.webhook, headers, body, options);
    if (outcome.ok || !outcome.retryable) return outcome;
  }
  return outcome;
}
