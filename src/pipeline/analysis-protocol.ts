/**
 * What the analysis pool (`analysis-pool.ts`) and its worker threads
 * (`analysis-worker.ts`) send each other: plain data that structured cloning copies
 * cheaply, the draft's buffers transferred.
 *
 * @module
 */
import type { LinkedRecord } from '../extract/index.ts';
import type { Document } from '../model/index.ts';
import type { DocumentFields, PackedDraft } from '../search/index.ts';

/**
 * Some papers to analyze, in order: first some by their text fields only, then some whole,
 * whose linked records are read too (their fields are read from them).
 */
export interface AnalysisRequest {
  fields: DocumentFields[];
  documents: Document[];
}

/** The papers' draft, and the linked records of the papers sent whole, in order. */
export interface AnalysisReply {
  draft: PackedDraft;
  records: LinkedRecord[];
}
