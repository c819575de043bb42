/**
 * The worker thread of the analysis pool (`analysis-pool.ts`): analyzes the text fields
 * it is sent straight into their postings (`draftOfFields`) and posts one reply
 * per request, the packed draft (its buffers transferred, not copied) or the error.
 *
 * @module
 */
import { parentPort } from 'node:worker_threads';
import { type DocumentFields, draftOfFields, packDraft, serveCalls } from '../search/index.ts';

const port = parentPort;
if (port === null) throw new Error('analysis-worker runs only as a worker thread of the analysis pool');

serveCalls(port, (fields: DocumentFields[]) => {
  const { packed, transfer } = packDraft(draftOfFields(fields));
  return { reply: packed, transfer };
});
