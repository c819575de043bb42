/**
 * The worker thread of the analysis pool (`analysis-pool.ts`): analyzes the text fields
 * it is sent (`analyzeFields`) and posts one reply per request, the fields or the error.
 *
 * @module
 */
import { parentPort } from 'node:worker_threads';
import { analyzeFields } from '../search/index.ts';
import type { AnalysisReply, AnalysisRequest } from './analysis-pool.ts';

const port = parentPort;
if (port === null) throw new Error('analysis-worker runs only as a worker thread of the analysis pool');

port.on('message', ({ id, fields }: AnalysisRequest) => {
  let reply: AnalysisReply;
  try {
    reply = { id, fields: fields.map(analyzeFields) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
