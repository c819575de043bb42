/**
 * Turns what `fetch` throws into a `SourceError` with words for users, and says which
 * failures are worth another attempt.
 *
 * @module
 */
import { SourceError, shownUrl } from '../errors.ts';

/** Why a connection failed, by the system error code undici reports. */
const NETWORK_REASONS: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused',
  ECONNRESET: 'the connection was reset',
  ENOTFOUND: 'the host name could not be found',
  EAI_AGAIN: 'the host name could not be looked up',
  ETIMEDOUT: 'the connection timed out',
  EHOSTUNREACH: 'the host cannot be reached',
  ENETUNREACH: 'the network cannot be reached',
  EPIPE: 'the connection was closed',
  UND_ERR_SOCKET: 'the connection closed unexpectedly',
  UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
  UND_ERR_HEADERS_TIMEOUT: 'the server sent no answer in time',
  UND_ERR_BODY_TIMEOUT: 'the server stopped sending in the middle of its answer',
  CERT_HAS_EXPIRED: "the server's certificate has expired",
  DEPTH_ZERO_SELF_SIGNED_CERT: "the server's certificate is not trusted",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "the server's certificate is not trusted",
};

/** Connection failures that will not go away by trying again. */
const PERMANENT_CODES = new Set(['CERT_HAS_EXPIRED', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE']);

/** A failed attempt: the error, and whether another attempt may succeed. */
export interface AttemptFailure {
  error: SourceError;
  retryable: boolean;
  /** The wait the server asked for (`Retry-After`), in milliseconds. */
  retryAfterMs: number | null;
}

/** The failure for what `fetch` (or reading its body) threw. */
export function failureOfThrown(thrown: unknown, url: string, timedOut: boolean, timeoutMs: number): AttemptFailure {
  if (timedOut || isTimeout(thrown)) {
    const seconds = Math.round(timeoutMs / 100) / 10;
    const error = new SourceError('timeout', `${shownUrl(url)}: no complete answer within ${seconds} s`, {
      url,
      cause: thrown,
    });
    return { error, retryable: true, retryAfterMs: null };
  }
  const code = errorCode(thrown);
  const reason = (code && NETWORK_REASONS[code]) ?? 'the connection failed';
  const error = new SourceError('network', `${shownUrl(url)}: ${reason}`, { url, cause: thrown });
  return { error, retryable: !(code && PERMANENT_CODES.has(code)), retryAfterMs: null };
}

/** The failure for a connection that ended before the whole answer arrived. */
export function truncatedFailure(url: string, received: number, expected: number | null): AttemptFailure {
  const of = expected === null ? '' : ` of ${expected}`;
  const error = new SourceError(
    'network',
    `${shownUrl(url)}: the connection ended after ${received}${of} bytes, before the whole answer arrived`,
    { url },
  );
  return { error, retryable: true, retryAfterMs: null };
}

function isTimeout(thrown: unknown): boolean {
  return thrown instanceof Error && thrown.name === 'TimeoutError';
}

/** The system or undici error code, from the error or its cause chain. */
function errorCode(thrown: unknown): string | null {
  let current: unknown = thrown;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    const code = (current as Error & { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = current.cause;
  }
  return null;
}
