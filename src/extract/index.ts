/**
 * The extract stage: transforms over a parsed document that derive what every format
 * shares (type, title, sender, parliamentary year, citation, id, references) and the
 * linked record: requests, commitments, entities and topics.
 *
 * @module
 */
import type { Document } from '../model/index.ts';
import { extractLinkedRecord } from './linked-record.ts';
import { deriveMetadata } from './metadata.ts';
import { extractReferences } from './references.ts';

/** Options of `enrich`. */
export interface EnrichOptions {
  /**
   * Read the linked record too: requests, commitments, entities and topics (default
   * true). False leaves it to the caller, who reads it with `readLinkedRecord` from a copy
   * of the paper, e.g. in a worker thread with the paper's analysis for the index
   * (`griffie ingest`), and sets it with `setLinkedRecord`.
   */
  record?: boolean;
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
  if (options.record !== false) extractLinkedRecord(doc);
  return doc;
}

export {
  extractLinkedRecord,
  type LinkedRecord,
  readLinkedRecord,
  setLinkedRecord,
  setTopics,
} from './linked-record.ts';
export { deriveMetadata } from './metadata.ts';
export { extractReferences } from './references.ts';
export { extractTopics } from './topics.ts';
