/**
 * The pipeline: the only place that composes the stages (read → parse → extract →
 * store).
 *
 * @module
 */

export { ParseError } from '../parse/index.ts';
export { type AnalysisPool, type AnalysisPoolOptions, createAnalysisPool } from './analysis-pool.ts';
export { ImportError, type ImportOptions, type ImportSummary, importDocuments } from './import.ts';
export {
  emptyIngestSummary,
  type IngestOptions,
  type IngestSummary,
  ingest,
  type RetryOptions,
  retryFailures,
} from './ingest.ts';
export { expandInputs } from './inputs.ts';
export { type ParseFileOptions, parseFile, parseInput, readInput } from './parse-file.ts';
export { type Batch, PipelinedWriter } from './pipelined-writer.ts';
export { recordLine } from './record-check.ts';
export { EXAMPLES_CHECKPOINT, holdsExamples, type StartOptions, type StartOutcome, startArchive } from './starter.ts';
export { type RunSyncOptions, runSync, type SyncSummary } from './sync.ts';
export { ingestUpload, type UploadResult } from './upload.ts';
export {
  type AddedWatch,
  addWatch,
  checkWatch,
  checkWebhook,
  type WatchInput,
  WatchInputError,
} from './watch-add.ts';
export {
  retryAfter,
  runWatches,
  type WatchRunOptions,
  type WatchRunResult,
  type WatchRunSummary,
} from './watch-run.ts';
export { describeRun, startWatchTimer, type WatchTimer, type WatchTimerOptions } from './watch-timer.ts';
export { paperPath as watchPaperPath, signBody, webhookBody } from './watch-webhook.ts';
