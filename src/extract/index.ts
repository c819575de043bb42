/**
 * The extract stage: transforms over a parsed document that derive what every format
 * shares (type, title, sender, parliamentary year, citation, id, references) and the
 * linked record: requests, commitments, entities and topics.
 *
 * @module
 */
import type { Document } from '../model/index.ts';
import { extractCommitments } from './commitments.ts';
import { extractEntities } from './entities.ts';
import { deriveMetadata } from './metadata.ts';
import { extractReferences } from './references.ts';
import { extractRequests } from './requests.ts';
import { extractTopics } from './topics.ts';

/** Options of `enrich`. */
export interface EnrichOptions {
  /**
   * Extract the topics too (default true). False leaves them to the caller, who reads them
   * from `topicTexts(doc)` with `topicsOfTexts`, e.g. in a worker thread with the paper's
   * analysis for the index (`griffie ingest`).
   */
  topics?: boolean;
}

/**
 * Fill the derived fields of a parsed document, in place, and return it.
 *
 * Never throws on content; what it cannot derive goes into `warnings`.
 */
export function enrich(doc: Document, options: EnrichOptions = {}): Document {
  deriveMetadata(doc);
  // References are citations of *other* publications: a paper naming itself is none.
  doc.references = extractReferences(doc.blocks, doc.footnotes).filter((r) => r.target !== doc.id);
  // After the references: requests cite the asking paper by its reference.
  doc.requests = extractRequests(doc);
  doc.commitments = extractCommitments(doc);
  doc.entities = extractEntities(doc);
  if (options.topics !== false) setTopics(doc, extractTopics(doc));
  return doc;
}

/** Give a document the topics read for it (`topicsOfTexts`); none leaves the field as it was. */
export function setTopics(doc: Document, topics: string[]): void {
  if (topics.length > 0) doc.topics = topics;
}

export { deriveMetadata } from './metadata.ts';
export { extractReferences } from './references.ts';
export { extractTopics, type TopicTexts, topicsOfTexts, topicTexts } from './topics.ts';
