/**
 * The searchable text fields of a document.
 *
 * @module
 */
import type { Document } from '../model/index.ts';

/**
 * The searchable text fields of a document: `title` (title, subject, type line),
 * `dossiers` (dossier titles) and `body` (blocks and footnotes).
 */
export function documentFields(doc: Document): { title: string; dossiers: string; body: string } {
  return {
    title: [doc.title, doc.subject, doc.typeLine].filter(Boolean).join(' '),
    dossiers: doc.dossiers.map((d) => d.title ?? '').join(' '),
    body: [...doc.blocks.map((b) => b.text), ...doc.footnotes.map((f) => f.text)].join('\n'),
  };
}
