/**
 * The searchable text fields of a document, and their analysis into the term streams
 * every engine indexes.
 *
 * @module
 */
import type { Document } from '../model/index.ts';
import { analyzeText, forEachWordTermIds } from './analyzer/index-terms.ts';
import { buildDraft, DraftBuilder, type SegmentDraft } from './segments/draft.ts';
import { TEXT_FIELDS } from './segments/types.ts';
import type { DocumentFields, IndexedFields } from './types.ts';

/**
 * The searchable text fields of a document: `title` (title, subject, type line),
 * `dossiers` (dossier titles) and `body` (blocks and footnotes).
 */
export function documentFields(doc: Document): DocumentFields {
  return {
    title: [doc.title, doc.subject, doc.typeLine].filter(Boolean).join(' '),
    dossiers: doc.dossiers.map((d) => d.title ?? '').join(' '),
    body: [...doc.blocks.map((b) => b.text), ...doc.footnotes.map((f) => f.text)].join('\n'),
  };
}

/** Analyze each text field (`analyzeText`): plain strings in, so it can run in a worker thread. */
export function analyzeFields(fields: DocumentFields): IndexedFields {
  return {
    title: analyzeText(fields.title),
    dossiers: analyzeText(fields.dossiers),
    body: analyzeText(fields.body),
  };
}

/**
 * What an engine indexes for a document: its text fields, analyzed.
 *
 * @example
 * analyzeDocument(doc).title;
 * // { stems: 'brief over imamopleid', expansions: 'imamopleidingen imam opleid' }
 */
export function analyzeDocument(doc: Document): IndexedFields {
  return analyzeFields(documentFields(doc));
}

/**
 * The postings of a batch of documents, one local doc per document: what `Store.put`
 * indexes (engines build it themselves when not given one).
 */
export function analyzeBatch(documents: ReadonlyArray<Document>): SegmentDraft {
  return buildDraft(documents.map(analyzeDocument));
}

/**
 * The postings of documents given by their text fields, analyzed straight into the
 * draft (no term streams in between): equal to `buildDraft(fields.map(analyzeFields))`,
 * and what the analysis workers run.
 */
export function draftOfFields(fields: ReadonlyArray<DocumentFields>): SegmentDraft {
  const builder = new DraftBuilder();
  for (const doc of fields) {
    builder.beginDoc();
    TEXT_FIELDS.forEach((name, f) => {
      forEachWordTermIds(doc[name], (ids, at, count) => {
        builder.stem(ids[at] as number, f);
        for (let i = at + 1; i < at + count; i++) builder.expansion(ids[i] as number, f);
      });
    });
    builder.endDoc();
  }
  return builder.finish();
}
