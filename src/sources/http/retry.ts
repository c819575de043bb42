/**
 * When to try a request again and how long to wait first: exponential backoff with
 * jitter, and the server's own `Retry-After` where it gives one.
 *
 * @module
 */

/** Whether an HTTP status is worth another attempt: rate limiting and server errors. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 408 || status >= 500;
}

/**
 * The wait a `Retry-After` header asks for, in milliseconds: delta seconds (`120`) or an
 * HTTP date (`Wed, 21 Oct 2015 07:28:00 GMT`); a date in the past is 0. Null when the
 * header is absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null) return null;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  if (!/[a-z]/i.test(text)) return null;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now);
}

/**
 * The wait before attempt `attempt + 1` after `attempt` failures (1-based): the base
 * doubled per failure, capped, with "equal jitter" (between half and all of it) so
 * that clients retrying together spread out.
 */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number, random: () => number): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
