/**
 * Constructors for the document model.
 *
 * @module
 */
import type { Document, Source } from './document.ts';

/**
 * A document with every field unknown: the starting point of every parser.
 *
 * @example
 * const doc = emptyDocument({ format: 'text', sha256: '…' });
 * doc.type; // 'other'
 */
export function emptyDocument(source: Source): Document {
  return {
    id: null,
    kind: 'other',
    chamber: null,
    dossiers: [],
    number: null,
    type: 'other',
    typeLine: null,
    title: '',
    subject: null,
    sender: null,
    addressee: null,
    place: null,
    date: null,
    parliamentaryYear: null,
    citation: null,
    signatories: [],
    blocks: [],
    footnotes: [],
    references: [],
    requests: [],
    commitments: [],
    entities: { persons: [], places: [], organisations: [] },
    source,
    warnings: [],
  };
}
