/**
 * The worker thread of the analysis pool (`analysis-pool.ts`): analyzes the text fields
 * it is sent straight into their postings (`draftOfFields`), reads the papers' topics
 * when it is sent their texts (`topicsOfTexts`), and posts one reply per request: the
 * packed draft (its buffers transferred, not copied) and the topics, or the error.
 *
 * @module
 */
import { parentPort } from 'node:worker_threads';
import { topicsOfTexts } from '../extract/index.ts';
import { draftOfFields, packDraft, serveCalls } from '../search/index.ts';
import type { AnalysisReply, AnalysisRequest } from './analysis-protocol.ts';

const port = parentPort;
if (port === null) throw new Error('analysis-worker runs only as a worker thread of the analysis pool');

serveCalls(port, (request: AnalysisRequest) => {
  const { packed, transfer } = packDraft(draftOfFields(request.fields));
  const reply: AnalysisReply = { draft: packed, topics: request.topics?.map(topicsOfTexts) ?? null };
  return { reply, transfer };
});
