/**
 * References: every citation of another parliamentary or legal publication, with its
 * canonical target id.
 *
 * @module
 */
import type { Block, Footnote, Reference } from '../model/index.ts';

/** Find the references in a document's blocks and footnotes, in reading order. */
export function extractReferences(_blocks: Block[], _footnotes: Footnote[]): Reference[] {
  return [];
}
