/**
 * A paper's linked record, read apart from the rest of the extraction: its requests,
 * commitments, entities and topics, with the warnings reading them left. They need the
 * paper's metadata and references first (`enrich(doc, { record: false })`) and change
 * nothing else, so they can be read from a copy of the paper in another thread
 * (`griffie ingest` reads them in its analysis worker) and set on the paper afterwards.
 *
 * @module
 */
import type { Commitment, Document, Entities, Request } from '../model/index.ts';
import { extractCommitments } from './commitments.ts';
import { extractEntities } from './entities.ts';
import { extractRequests } from './requests.ts';
import { extractTopics } from './topics.ts';

/** What `readLinkedRecord` reads of a paper. */
export interface LinkedRecord {
  requests: Request[];
  commitments: Commitment[];
  entities: Entities;
  /** Most central first; none leaves the paper's own as they were. */
  topics: string[];
  /** The warnings the reading added to the paper's. */
  warnings: string[];
}

/** Read the linked record of a paper (its metadata and references derived) and set it on the paper. */
export function extractLinkedRecord(doc: Document): void {
  // After the references: requests cite the asking paper by its reference.
  doc.requests = extractRequests(doc);
  doc.commitments = extractCommitments(doc);
  doc.entities = extractEntities(doc);
  // After the entities: persons' and places' names are no themes.
  setTopics(doc, extractTopics(doc));
}

/**
 * The linked record of a paper, read from it (or a copy) as `enrich` reads it. The paper
 * is left as it was but for the record's own fields, which the reading sets.
 *
 * @example
 * const record = readLinkedRecord(structuredClone(doc)); // e.g. in a worker thread
 * setLinkedRecord(doc, record);
 */
export function readLinkedRecord(doc: Document): LinkedRecord {
  const before = doc.warnings.length;
  extractLinkedRecord(doc);
  return {
    requests: doc.requests,
    commitments: doc.commitments,
    entities: doc.entities,
    topics: doc.topics ?? [],
    warnings: doc.warnings.slice(before),
  };
}

/** Set a record read by `readLinkedRecord` (from a copy of `doc`) on the paper itself. */
export function setLinkedRecord(doc: Document, record: LinkedRecord): void {
  doc.requests = record.requests;
  doc.commitments = record.commitments;
  doc.entities = record.entities;
  setTopics(doc, record.topics);
  doc.warnings.push(...record.warnings);
}

/** Give a document the topics read for it; none leaves the field as it was. */
export function setTopics(doc: Document, topics: string[]): void {
  if (topics.length > 0) doc.topics = topics;
}
