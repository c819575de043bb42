/**
 * The one error class of the sources layer: anything that goes wrong while talking to
 * an official server, with a `kind` a caller can act on and a message for users.
 *
 * @module
 */

/**
 * What went wrong:
 * - `network`: the server could not be reached, or the connection broke off mid-answer;
 * - `timeout`: no (complete) answer in time;
 * - `http`: the server answered with an error status (other than 404/410);
 * - `not-found`: the server has no such file (404, 410, or a "page not found" page);
 * - `invalid`: the answer is not what the server's format promises (e.g. broken XML);
 * - `too-large`: the answer exceeds the size limit.
 */
export type SourceErrorKind = 'network' | 'timeout' | 'http' | 'not-found' | 'invalid' | 'too-large';

/** A failure to fetch or read something from an official source; `message` is for users. */
export class SourceError extends Error {
  readonly kind: SourceErrorKind;
  /** The address that failed, when there is one. */
  readonly url: string | null;
  /** The HTTP status the server answered with, when it answered. */
  readonly status: number | null;

  constructor(
    kind: SourceErrorKind,
    message: string,
    options: { url?: string; status?: number; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SourceError';
    this.kind = kind;
    this.url = options.url ?? null;
    this.status = options.status ?? null;
  }
}

/**
 * An address as users read it in a message: host and path, without the query (SRU
 * queries are long) and shortened when very long.
 */
export function shownUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const shown = `${parsed.host}${parsed.pathname}`;
    return shown.length > 120 ? `${shown.slice(0, 117)}...` : shown;
  } catch {
    return url.length > 120 ? `${url.slice(0, 117)}...` : url;
  }
}

/**
 * An option a user gave a connector that cannot work (a date that is no date, an unknown
 * category, a checkpoint of another stream): a `TypeError`, with a message for users, so
 * that a command line can report it as a usage error.
 */
export class SourceOptionError extends TypeError {
  constructor(message: string) {
    super(message);
    this.name = 'SourceOptionError';
  }
}
