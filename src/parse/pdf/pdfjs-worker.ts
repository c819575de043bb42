/**
 * The thread pdfjs runs in (started by `pdfjs.ts`): reads each PDF it is sent and posts
 * back its pages, or the `ParseError` that refused it. pdfjs leaves some of its own
 * promises rejected without a handler when a page of a damaged PDF cannot be read (its
 * page tree prefetch); here, in a thread that does nothing else, those are let go,
 * where in the main thread they would end the process.
 *
 * @module
 */
import { parentPort } from 'node:worker_threads';
import { ParseError } from '../errors.ts';
import { damaged } from './failures.ts';
import { extractInThisThread } from './pdfjs-extract.ts';
import type { PdfJob, PdfJobReply } from './pdfjs-protocol.ts';

// pdfjs's own leftovers of a document it has already failed on (see above).
process.on('unhandledRejection', () => {});

parentPort?.on('message', async ({ id, bytes, limits }: PdfJob) => {
  let reply: PdfJobReply;
  try {
    reply = { id, pages: await extractInThisThread(new Uint8Array(bytes), limits) };
  } catch (error) {
    const refusal = error instanceof ParseError ? error : damaged();
    reply = { id, error: { code: refusal.code, message: refusal.message } };
  }
  parentPort?.postMessage(reply);
});
