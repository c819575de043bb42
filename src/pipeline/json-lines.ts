/**
 * The lines of a JSON Lines input, in constant memory whatever it holds: bytes are split
 * at newlines (`\n`, a `\r` before it dropped) as they stream in, each line decoded as
 * UTF-8 on its own; a line longer than the limit is skipped as it streams by, not
 * gathered. A gzip-compressed input (`griffie export --output x.jsonl.gz`) is
 * decompressed on the way. A read error ends the lines with one that says so.
 *
 * @module
 */
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';

/**
 * One line of the input, numbered from 1: its text (`ended`: a newline ends it, which
 * only the last line of a cut-off input lacks), or why it cannot be read.
 */
export type InputLine = { number: number; text: string; ended: boolean } | { number: number; error: string };

/** Bytes that start every gzip stream. */
function isGzip(chunk: Uint8Array): boolean {
  return chunk.length >= 2 && chunk[0] === 0x1f && chunk[1] === 0x8b;
}

/** The input's bytes, decompressed when they are gzip. */
async function* decompressed(input: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const chunks = input[Symbol.asyncIterator]();
  const first = await chunks.next();
  if (first.done) return;
  async function* all(): AsyncGenerator<Uint8Array> {
    yield first.value;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
  }
  if (!isGzip(first.value)) {
    yield* all();
    return;
  }
  const gunzip = createGunzip();
  // A failure of either side ends the iteration below with it.
  pipeline(all(), gunzip, () => {});
  yield* gunzip;
}

/** A size for the user: in MB from 1 MB on. */
function sizeOf(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${bytes} bytes`;
}

/** Describe a read failure for the user. */
function readFailure(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR') return 'the compressed input is damaged or cut short';
  return `the input could not be read (${error instanceof Error ? error.message : String(error)})`;
}

/**
 * Split `input` into lines of at most `maxBytes` bytes each (default 64 MB).
 *
 * @example
 * for await (const line of jsonLines(createReadStream('export.jsonl'))) if ('text' in line) JSON.parse(line.text);
 */
export async function* jsonLines(
  input: AsyncIterable<Uint8Array>,
  maxBytes = 64 * 1024 * 1024,
): AsyncGenerator<InputLine> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let parts: Uint8Array[] = [];
  let size = 0;
  let tooLong = false;
  let number = 0;

  const take = (bytes: Uint8Array) => {
    if (bytes.length === 0 || tooLong) return;
    if (size + bytes.length > maxBytes) {
      tooLong = true;
      parts = [];
      return;
    }
    parts.push(bytes);
    size += bytes.length;
  };
  const finish = (ended: boolean): InputLine => {
    number++;
    const long = tooLong;
    let bytes = parts.length === 1 ? (parts[0] as Uint8Array) : Buffer.concat(parts, size);
    parts = [];
    size = 0;
    tooLong = false;
    if (long) return { number, error: `the line is longer than ${sizeOf(maxBytes)}` };
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    try {
      return { number, text: decoder.decode(bytes), ended };
    } catch {
      return { number, error: 'the line is not UTF-8 text' };
    }
  };

  try {
    for await (const chunk of decompressed(input)) {
      let start = 0;
      for (let newline = chunk.indexOf(0x0a); newline !== -1; newline = chunk.indexOf(0x0a, start)) {
        take(chunk.subarray(start, newline));
        yield finish(true);
        start = newline + 1;
      }
      // Copied: a stream may reuse its chunk's memory for the next one.
      if (start < chunk.length) take(Uint8Array.prototype.slice.call(chunk, start));
    }
  } catch (error) {
    if (size > 0 || tooLong) yield finish(false);
    yield { number: number + 1, error: readFailure(error) };
    return;
  }
  if (size > 0 || tooLong) yield finish(false);
}
