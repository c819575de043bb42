/**
 * The worker thread of the analysis pool (`analysis-pool.ts`): analyzes the text fields
 * it is sent straight into their postings (`draftOfFields`); of the papers sent whole,
 * it reads their fields and their linked records (`readLinkedRecord`: requests,
 * commitments, entities, topics) too. It posts one reply per request: the packed draft
 * (its buffers transferred, not copied) and the records, or the error.
 *
 * @module
 */
import { parentPort } from 'node:worker_threads';
import { readLinkedRecord } from '../extract/index.ts';
import { documentFields, draftOfFields, packDraft, serveCalls } from '../search/index.ts';
import type { AnalysisReply, AnalysisRequest } from './analysis-protocol.ts';

const port = parentPort;
if (port === null) throw new Error('analysis-worker runs only as a worker thread of the analysis pool');

serveCalls(port, (request: AnalysisRequest) => {
  const fields =
    request.documents.length === 0 ? request.fields : [...request.fields, ...request.documents.map(documentFields)];
  const { packed, transfer } = packDraft(draftOfFields(fields));
  const reply: AnalysisReply = { draft: packed, records: request.documents.map(readLinkedRecord) };
  return { reply, transfer };
});
