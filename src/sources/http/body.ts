/**
 * Reads a response body whole, within a size limit, and notices when the connection
 * ended before the `Content-Length` the server announced.
 *
 * @module
 */
import { SourceError, shownUrl } from '../errors.ts';
import { type AttemptFailure, failureOfThrown, truncatedFailure } from './failures.ts';

/** The body's bytes, or why it could not be read. */
export type BodyResult = { ok: true; bytes: Uint8Array } | { ok: false; failure: AttemptFailure };

/** The failure for an answer over the size limit (not worth retrying). */
export function tooLargeFailure(url: string, maxBytes: number): AttemptFailure {
  const megabytes = Math.round((maxBytes / (1024 * 1024)) * 10) / 10;
  const error = new SourceError('too-large', `${shownUrl(url)}: the answer is larger than ${megabytes} MB`, { url });
  return { error, retryable: false, retryAfterMs: null };
}

/**
 * Read the whole body of `response`. `expectedBytes` is the announced length (null when
 * unknown or compressed); `signal` is the attempt's timeout.
 */
export async function readBody(
  response: Response,
  url: string,
  options: { maxBytes: number; expectedBytes: number | null; signal: AbortSignal; timeoutMs: number },
): Promise<BodyResult> {
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = response.body?.getReader();
  if (reader) {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        received += value.byteLength;
        if (received > options.maxBytes) {
          await reader.cancel().catch(() => {});
          return { ok: false, failure: tooLargeFailure(url, options.maxBytes) };
        }
        chunks.push(value);
      }
    } catch (thrown) {
      if (options.signal.aborted) {
        return { ok: false, failure: failureOfThrown(thrown, url, true, options.timeoutMs) };
      }
      return { ok: false, failure: truncatedFailure(url, received, options.expectedBytes) };
    }
  }
  if (options.expectedBytes !== null && received < options.expectedBytes) {
    return { ok: false, failure: truncatedFailure(url, received, options.expectedBytes) };
  }
  return { ok: true, bytes: concat(chunks, received) };
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
