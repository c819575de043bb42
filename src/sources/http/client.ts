/**
 * The HTTP client every connector fetches with, on Node's global `fetch`: polite (one
 * request at a time, a pause between requests, a User-Agent naming Griffie), patient
 * (a timeout per attempt, retries with backoff on network errors, 429 and 5xx, the
 * server's `Retry-After` honoured) and strict (a size limit, truncated answers retried,
 * "page not found" pages recognised, only http and https).
 *
 * @module
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { SourceError, shownUrl } from '../errors.ts';
import { readBody, tooLargeFailure } from './body.ts';
import { type AttemptFailure, failureOfThrown } from './failures.ts';
import { onAllowedHost } from './hosts.ts';
import { backoffDelay, isRetryableStatus, parseRetryAfter } from './retry.ts';
import { isSoftNotFound } from './soft-404.ts';

/** Options of `createHttpClient`; every one has a default. */
export interface HttpClientOptions {
  /** Griffie's version, for the User-Agent. Default `dev`. */
  version?: string;
  /** Where the operators of a server can reach whoever runs this Griffie (User-Agent). */
  contact?: string;
  /** A whole User-Agent instead of `Griffie/{version} (+{contact})`. */
  userAgent?: string;
  /** The pause between the end of one request and the start of the next. Default 1000 ms. */
  pauseMs?: number;
  /** The time an attempt may take, answer and body together. Default 30 s. */
  timeoutMs?: number;
  /** Attempts after the first one. Default 4. */
  retries?: number;
  /** The backoff before the first retry (doubled for each next one). Default 1000 ms. */
  retryBaseMs?: number;
  /** The longest backoff. Default 60 s. */
  retryMaxMs?: number;
  /** The longest wait a server's `Retry-After` can impose. Default 120 s. */
  retryAfterMaxMs?: number;
  /** The largest answer accepted. Default 64 MB. */
  maxBytes?: number;
  /** Source of randomness for the jitter (tests pin it). Default `Math.random`. */
  random?: () => number;
}

/** Options of one request. */
export interface RequestOptions {
  /** The `Accept` header. Default any. */
  accept?: string;
  /** A size limit for this request instead of the client's. */
  maxBytes?: number;
  /** Called before each retry, with the wait and the reason. */
  onRetry?: (notice: RetryNotice) => void;
  /**
   * The only hosts this request may reach, its redirects included (`host` or
   * `host:port`, as `URL.host` gives them); default any http(s) host.
   */
  hosts?: readonly string[];
}

/** The most redirects one request follows. */
const MAX_REDIRECTS = 10;
const REDIRECTS: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/** A retry about to happen. */
export interface RetryNotice {
  url: string;
  /** The attempt that failed (1 is the first). */
  attempt: number;
  waitMs: number;
  reason: string;
}

/** A successful answer, its body read whole. */
export interface HttpResponse {
  /** The address asked for. */
  url: string;
  /** The address answered from, after redirects. */
  finalUrl: string;
  status: number;
  contentType: string | null;
  bytes: Uint8Array;
}

/** A client that fetches one request at a time. */
export interface HttpClient {
  readonly userAgent: string;
  /**
   * Fetch `url` (http or https only), retrying what can be retried.
   *
   * @throws {SourceError} when it fails for good: `not-found` for 404, 410 and "page not
   * found" pages, `too-large`, `invalid` for an address that is not http(s), and the
   * last failure (`network`, `timeout`, `http`) once the retries are used up.
   */
  get(url: string, options?: RequestOptions): Promise<HttpResponse>;
}

/** The contact given in the User-Agent until the operator sets one. */
export const PLACEHOLDER_CONTACT = 'https://griffie.invalid/contact';

type AttemptResult = { ok: true; response: HttpResponse } | { ok: false; failure: AttemptFailure };

/**
 * Create a client. Requests made at the same time wait their turn.
 *
 * @example
 * const http = createHttpClient({ version: '0.1.0', pauseMs: 1000 });
 * const { bytes } = await http.get('https://repository.overheid.nl/sru?query=…');
 */
export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const settings = settingsOf(options);
  const userAgent =
    options.userAgent ?? `Griffie/${options.version ?? 'dev'} (+${options.contact ?? PLACEHOLDER_CONTACT})`;
  let queue: Promise<unknown> = Promise.resolve();
  let lastEnd = Number.NEGATIVE_INFINITY;

  async function waitForTurn(): Promise<void> {
    const wait = lastEnd + settings.pauseMs - performance.now();
    if (wait > 0) await sleep(wait);
  }

  /** Fetch `url`, following redirects by hand: each one to an http(s) address on an allowed host. */
  async function fetchFollowing(
    url: string,
    accept: string,
    hosts: readonly string[] | undefined,
    signal: AbortSignal,
  ): Promise<{ response: Response; finalUrl: string } | { failure: AttemptFailure }> {
    let current = url;
    for (let hop = 0; ; hop++) {
      let response: Response;
      try {
        response = await fetch(current, { headers: { 'user-agent': userAgent, accept }, signal, redirect: 'manual' });
      } catch (thrown) {
        return { failure: failureOfThrown(thrown, url, signal.aborted, settings.timeoutMs) };
      }
      const location = REDIRECTS.has(response.status) ? response.headers.get('location') : null;
      if (location === null) return { response, finalUrl: current };
      await response.body?.cancel().catch(() => {});
      let next: string;
      try {
        next = new URL(location, current).href;
      } catch {
        const error = new SourceError('http', `${shownUrl(url)}: the server redirected to an invalid address`, { url });
        return { failure: { error, retryable: false, retryAfterMs: null } };
      }
      const refused = refusal(next, hosts, `${shownUrl(url)}: redirected to ${shownUrl(next)}`);
      if (refused) return { failure: { error: refused, retryable: false, retryAfterMs: null } };
      if (hop >= MAX_REDIRECTS) {
        const error = new SourceError('http', `${shownUrl(url)}: more than ${MAX_REDIRECTS} redirects`, { url });
        return { failure: { error, retryable: false, retryAfterMs: null } };
      }
      current = next;
    }
  }

  async function attemptOnce(
    url: string,
    accept: string,
    maxBytes: number,
    hosts: readonly string[] | undefined,
  ): Promise<AttemptResult> {
    const signal = AbortSignal.timeout(settings.timeoutMs);
    const fetched = await fetchFollowing(url, accept, hosts, signal);
    if ('failure' in fetched) return { ok: false, failure: fetched.failure };
    const { response, finalUrl } = fetched;
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      return { ok: false, failure: statusFailure(response, url) };
    }
    const expectedBytes = declaredLength(response);
    if (expectedBytes !== null && expectedBytes > maxBytes) {
      await response.body?.cancel().catch(() => {});
      return { ok: false, failure: tooLargeFailure(url, maxBytes) };
    }
    const body = await readBody(response, url, { maxBytes, expectedBytes, signal, timeoutMs: settings.timeoutMs });
    if (!body.ok) return body;
    const contentType = response.headers.get('content-type');
    if (isSoftNotFound(finalUrl, contentType, body.bytes)) {
      const error = new SourceError('not-found', `${shownUrl(url)}: not found (the server shows a "page not found")`, {
        url,
        status: response.status,
      });
      return { ok: false, failure: { error, retryable: false, retryAfterMs: null } };
    }
    return { ok: true, response: { url, finalUrl, status: response.status, contentType, bytes: body.bytes } };
  }

  async function getWithRetries(url: string, request: RequestOptions): Promise<HttpResponse> {
    const accept = request.accept ?? '*/*';
    const maxBytes = request.maxBytes ?? settings.maxBytes;
    for (let attempt = 1; ; attempt++) {
      await waitForTurn();
      let result: AttemptResult;
      try {
        result = await attemptOnce(url, accept, maxBytes, request.hosts);
      } finally {
        lastEnd = performance.now();
      }
      if (result.ok) return result.response;
      const { error, retryable, retryAfterMs } = result.failure;
      if (!retryable || attempt > settings.retries) throw finalError(error, attempt);
      const waitMs =
        retryAfterMs !== null
          ? Math.min(retryAfterMs, settings.retryAfterMaxMs)
          : backoffDelay(attempt, settings.retryBaseMs, settings.retryMaxMs, settings.random);
      request.onRetry?.({ url, attempt, waitMs, reason: error.message });
      await sleep(waitMs);
    }
  }

  return {
    userAgent,
    get(url, request = {}) {
      const refused = refusal(url, request.hosts, shownUrl(url));
      if (refused) return Promise.reject(refused);
      const turn = queue.then(() => getWithRetries(url, request));
      queue = turn.catch(() => {});
      return turn;
    },
  };
}

type Settings = Required<Omit<HttpClientOptions, 'version' | 'contact' | 'userAgent'>>;

function settingsOf(options: HttpClientOptions): Settings {
  const settings: Settings = {
    pauseMs: options.pauseMs ?? 1000,
    timeoutMs: options.timeoutMs ?? 30_000,
    retries: options.retries ?? 4,
    retryBaseMs: options.retryBaseMs ?? 1000,
    retryMaxMs: options.retryMaxMs ?? 60_000,
    retryAfterMaxMs: options.retryAfterMaxMs ?? 120_000,
    maxBytes: options.maxBytes ?? 64 * 1024 * 1024,
    random: options.random ?? Math.random,
  };
  for (const [name, value] of Object.entries(settings)) {
    if (typeof value === 'number' && !(Number.isFinite(value) && value >= 0)) {
      throw new TypeError(`sources: the HTTP client's ${name} must be a number of 0 or more, not ${value}`);
    }
  }
  if (settings.timeoutMs === 0 || settings.maxBytes === 0) {
    throw new TypeError("sources: the HTTP client's timeoutMs and maxBytes must be more than 0");
  }
  return settings;
}

/** Why `url` is not fetched at all (`what` names it in the message), or null when it may be. */
function refusal(url: string, hosts: readonly string[] | undefined, what: string): SourceError | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return new SourceError('invalid', `"${url}" is not a valid address`, { url });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return new SourceError('invalid', `${what}: only http and https addresses are fetched`, { url });
  }
  if (hosts !== undefined && !onAllowedHost(parsed, hosts)) {
    return new SourceError('invalid', `${what}: ${parsed.host} is not a host this sync fetches from`, { url });
  }
  return null;
}

function statusFailure(response: Response, url: string): AttemptFailure {
  const { status } = response;
  const statusText = response.statusText ? ` ${response.statusText}` : '';
  if (status === 404 || status === 410) {
    const error = new SourceError('not-found', `${shownUrl(url)}: not found (HTTP ${status})`, { url, status });
    return { error, retryable: false, retryAfterMs: null };
  }
  const error = new SourceError('http', `${shownUrl(url)}: the server answered HTTP ${status}${statusText}`, {
    url,
    status,
  });
  const retryable = isRetryableStatus(status);
  const retryAfterMs = retryable ? parseRetryAfter(response.headers.get('retry-after')) : null;
  return { error, retryable, retryAfterMs };
}

/** The announced body length, when the body arrives as announced (not compressed). */
function declaredLength(response: Response): number | null {
  const encoding = response.headers.get('content-encoding');
  if (encoding && encoding.toLowerCase() !== 'identity') return null;
  const value = response.headers.get('content-length');
  if (value === null || !/^\d+$/.test(value.trim())) return null;
  return Number(value);
}

/** The error to give up with: after retries, the message says how many attempts were made. */
function finalError(error: SourceError, attempts: number): SourceError {
  if (attempts === 1) return error;
  return new SourceError(error.kind, `${error.message} (gave up after ${attempts} attempts)`, {
    url: error.url ?? undefined,
    status: error.status ?? undefined,
    cause: error.cause,
  });
}
