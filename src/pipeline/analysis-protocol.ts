/**
 * What the analysis pool (`analysis-pool.ts`) and its worker threads
 * (`analysis-worker.ts`) send each other: plain data that structured cloning copies
 * cheaply, the draft's buffers transferred.
 *
 * @module
 */
import type { TopicTexts } from '../extract/index.ts';
import type { DocumentFields, PackedDraft } from '../search/index.ts';

/** Some papers to analyze: their text fields, and the texts of their topics when those are wanted. */
export interface AnalysisRequest {
  fields: DocumentFields[];
  topics: TopicTexts[] | null;
}

/** The papers' draft, and their topics (in order) when they were asked for. */
export interface AnalysisReply {
  draft: PackedDraft;
  topics: string[][] | null;
}
