/**
 * Text extraction with poppler's `pdftotext` (Debian `poppler-utils`): two runs at
 * once over the bytes given on standard input (no temporary file), `-raw -bbox` for
 * the words with their boxes and `-raw` for the text itself, each asynchronous, with
 * a time limit and a cap on its output. The `-raw` text is what the text parser is tuned on
 * (the corpus `.txt` files are exactly that).
 *
 * @module
 */
import { execFile } from 'node:child_process';
import { ParseError } from '../errors.ts';
import { alignPages } from './bbox.ts';
import { damaged, encrypted, tookTooLong, tooManyPages, tooMuchOutput } from './failures.ts';
import type { PdfLimits, PdfPage } from './types.ts';

const COMMAND = 'pdftotext';

let available: Promise<boolean> | undefined;

/**
 * True when poppler's `pdftotext` can be run (checked once per process).
 *
 * @example
 * if (await popplerAvailable()) console.log('reading PDFs with pdftotext');
 */
export function popplerAvailable(): Promise<boolean> {
  available ??= new Promise((resolve) => {
    execFile(COMMAND, ['-v'], { timeout: 10_000 }, (error) => {
      resolve(!error || typeof (error as NodeJS.ErrnoException).code === 'number');
    });
  });
  return available;
}

interface RunFailure extends Error {
  code?: number | string | null;
  killed?: boolean;
}

/**
 * Run `pdftotext` with `args` on `bytes` (its standard input) and return its standard
 * output. Settles only once the process is gone: when aborted or over its output cap,
 * Node reports the failure as soon as it sends the kill, before the process has died.
 */
function run(args: string[], bytes: Uint8Array, limits: PdfLimits, signal: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    const settle = (outcome: () => void) => {
      if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) outcome();
      else child.once('exit', outcome);
    };
    const child = execFile(
      COMMAND,
      [...args, '-', '-'],
      {
        encoding: 'utf8',
        timeout: limits.timeoutMs,
        killSignal: 'SIGKILL',
        maxBuffer: limits.maxOutputBytes,
        signal,
        windowsHide: true,
      },
      (error, stdout, stderr) => {
        settle(() => (error ? reject(explain(error as RunFailure, stderr, limits)) : resolve(stdout)));
      },
    );
    // pdftotext may stop reading early (a damaged file): the broken pipe is not the story.
    child.stdin?.on('error', () => {});
    child.stdin?.end(bytes);
  });
}

function explain(error: RunFailure, stderr: string, limits: PdfLimits): ParseError {
  if (error.code === 'ENOENT') {
    return new ParseError('unreadable', 'cannot read PDFs: pdftotext (Debian package poppler-utils) is not installed');
  }
  if (error.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') return tooMuchOutput(limits.maxOutputBytes);
  // Killed by us for the time limit (it may die of the closed pipe before the kill lands);
  // a run killed because its sibling failed is never reported.
  if (error.killed) return tookTooLong(limits.timeoutMs);
  if (error.code === 1 && /incorrect password/i.test(stderr)) return encrypted();
  if (error.code === 3) return new ParseError('unreadable', 'the PDF does not permit copying its text');
  return damaged();
}

/**
 * The pages of a PDF as lines with word boxes, read by `pdftotext` (both runs at
 * once; when one fails, the other is stopped before this returns).
 *
 * @throws {ParseError} for a damaged or encrypted PDF, too many pages, too much output
 * or a run past the time limit.
 */
export async function extractWithPoppler(bytes: Uint8Array, limits: PdfLimits): Promise<PdfPage[]> {
  const common = ['-raw', '-enc', 'UTF-8', '-l', String(limits.maxPages + 1)];
  const stop = new AbortController();
  const runs = [run([...common, '-bbox'], bytes, limits, stop.signal), run(common, bytes, limits, stop.signal)];
  let bbox: string;
  let text: string;
  try {
    [bbox, text] = (await Promise.all(runs)) as [string, string];
  } catch (error) {
    stop.abort();
    await Promise.allSettled(runs);
    throw error;
  }
  const pages = bbox.match(/<page\b/g)?.length ?? 0;
  if (pages > limits.maxPages) throw tooManyPages(limits.maxPages);
  return alignPages(text, bbox);
}
