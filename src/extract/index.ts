/**
 * The extract stage: transforms over a parsed document that derive what every format
 * shares (type, title, sender, parliamentary year, citation, id, references).
 *
 * @module
 */
import type { Document } from '../model/index.ts';
import { deriveMetadata } from './metadata.ts';
import { extractReferences } from './references.ts';

/**
 * Fill the derived fields of a parsed document, in place, and return it.
 *
 * Never throws on content; what it cannot derive goes into `warnings`.
 */
export function enrich(doc: Document): Document {
  deriveMetadata(doc);
  // References are citations of *other* publications: a paper naming itself is none.
  doc.references = extractReferences(doc.blocks, doc.footnotes).filter((r) => r.target !== doc.id);
  return doc;
}

export { deriveMetadata } from './metadata.ts';
export { extractReferences } from './references.ts';
