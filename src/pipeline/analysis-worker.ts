/**
 * The worker thread of the analysis pool (`analysis-pool.ts`): analyzes the text fields
 * it is sent straight into their postings (`draftOfFields`) and posts one reply
 * per request, the packed draft (its buffers transferred, not copied) or the error.
 *
 * @module
 */
import { parentPort } from 'node:worker_threads';
import { draftOfFields, packDraft } from '../search/index.ts';
import type { AnalysisReply, AnalysisRequest } from './analysis-pool.ts';

const port = parentPort;
if (port === null) throw new Error('analysis-worker runs only as a worker thread of the analysis pool');

port.on('message', ({ id, fields }: AnalysisRequest) => {
  let reply: AnalysisReply;
  let transfer: ArrayBuffer[] = [];
  try {
    const packed = packDraft(draftOfFields(fields));
    reply = { id, draft: packed.packed };
    transfer = packed.transfer;
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply, transfer);
});
