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

/**
 * Fill the derived fields of a parsed document, in place, and return it.
 *
 * Never throws on content; what it cannot derive goes into `warnings`.
 */
export function enrich(doc: Document): Document {
  deriveMetadata(doc);
  // References are citations of *other* publications: a paper naming itself is none.
  doc.references = extractReferences(doc.blocks, doc.footnotes).filter((r) => r.target !== doc.id);
  // After the references: requests cite the asking paper by its reference.
  doc.requests = extractRequests(doc);
  doc.commitments = extractCommitments(doc);
  doc.entities = extractEntities(doc);
  const topics = extractTopics(doc);
  if (topics.length > 0) doc.topics = topics;
  return doc;
}

export { deriveMetadata } from './metadata.ts';
export { extractReferences } from './references.ts';
