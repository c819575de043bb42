/**
 * Papers built in code for the extract tests: a type, blocks (strings become
 * paragraphs) and, optionally, sender, references and date; a minister of
 * Infrastructuur en Waterstaat writes unless told otherwise.
 *
 * @module
 */
import { type Block, type Document, emptyDocument, type Reference, type Sender } from '../../src/model/index.ts';

/** The default sender. */
export const MINISTER: Sender = { role: 'minister', portfolio: 'Infrastructuur en Waterstaat', name: 'R.T. Oeverman' };

/** A paper of `type` with these blocks, dated 2025-06-19 unless `date` says otherwise. */
export function paper(
  type: string,
  blocks: Array<string | Block>,
  options: { sender?: Sender | null; references?: Reference[]; date?: string | null } = {},
): Document {
  const doc = emptyDocument({ format: 'text', sha256: '0' });
  doc.type = type;
  doc.kind = type === 'handelingen' ? 'handelingen' : 'kamerstuk';
  doc.chamber = 'tweede-kamer';
  doc.date = options.date === undefined ? '2025-06-19' : options.date;
  doc.sender = options.sender === undefined ? MINISTER : options.sender;
  doc.addressee = 'Voorzitter van de Tweede Kamer der Staten-Generaal';
  doc.references = options.references ?? [];
  doc.blocks = blocks.map((b) => (typeof b === 'string' ? { kind: 'paragraph', text: b } : b));
  return doc;
}

/** A Kamerstuk reference, in a footnote when `where` says so. */
export function ref(target: string, text: string, where?: string): Reference {
  return where ? { kind: 'kamerstuk', target, text, in: where } : { kind: 'kamerstuk', target, text };
}
