/**
 * The pipeline: the only place that composes the stages (read → parse → extract →
 * store).
 *
 * @module
 */

export { ParseError } from '../parse/index.ts';
export { type AnalysisPool, type AnalysisPoolOptions, createAnalysisPool } from './analysis-pool.ts';
export { type IngestOptions, type IngestSummary, ingest, type RetryOptions, retryFailures } from './ingest.ts';
export { expandInputs } from './inputs.ts';
export { type ParseFileOptions, parseFile, parseInput, readInput } from './parse-file.ts';
export { type Batch, PipelinedWriter } from './pipelined-writer.ts';
export { EXAMPLES_CHECKPOINT, holdsExamples, type StartOptions, type StartOutcome, startArchive } from './starter.ts';
export { type RunSyncOptions, runSync, type SyncSummary } from './sync.ts';
export { ingestUpload, type UploadResult } from './upload.ts';
