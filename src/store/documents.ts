/**
 * What both engines do the same way with a document: the key it is stored under, the
 * checks that it (and its analyzed fields) can be stored, and the search hit made of it.
 *
 * @module
 */
import type { Document } from '../model/index.ts';
import { documentFields, highlight, type IndexedFields, type PlanNode } from '../search/index.ts';
import { type SearchHit, StoreError } from './types.ts';

/** The key a document is stored under: its id, else `sha256:<source.sha256>`. */
export function documentKey(doc: Document): string {
  return doc.id ?? `sha256:${doc.source.sha256}`;
}

function isText(value: unknown): value is string {
  return typeof value === 'string';
}

/**
 * Refuse a document that cannot be stored (the archive's NOT NULL columns): a missing
 * `type`, `kind` or `title`, a `source.sha256` that is not text, an `id` that is neither
 * text nor null. Throws `StoreError('not-null')`; `index` is its place in the batch.
 */
export function checkDocument(doc: Document, index: number): void {
  const missing: string[] = [];
  if (!isText(doc.type) || doc.type === '') missing.push('type');
  if (!isText(doc.kind) || (doc.kind as string) === '') missing.push('kind');
  if (!isText(doc.title)) missing.push('title');
  if (!isText(doc.source?.sha256) || doc.source.sha256 === '') missing.push('source.sha256');
  if (doc.id !== null && !isText(doc.id)) missing.push('id');
  if (!Array.isArray(doc.dossiers) || !Array.isArray(doc.blocks) || !Array.isArray(doc.references))
    missing.push('lists');
  if (missing.length > 0) {
    throw new StoreError('not-null', `document ${index + 1} of the batch has no valid ${missing.join(', ')}`);
  }
}

/**
 * Refuse analyzed fields that are not one per document of the batch (`Store.put`).
 * Throws `StoreError('other')`.
 */
export function checkFields(documents: Document[], fields: ReadonlyArray<IndexedFields> | undefined): void {
  if (fields !== undefined && fields.length !== documents.length) {
    throw new StoreError(
      'other',
      `a batch of ${documents.length} documents came with analyzed fields for ${fields.length}: give one per document, in order`,
    );
  }
}

/** The search hit of a stored document, with its snippet for `plan`. */
export function toHit(key: string, doc: Document, score: number, plan: PlanNode): SearchHit {
  const source: { path?: string; url?: string } = {};
  if (doc.source.path !== undefined) source.path = doc.source.path;
  if (doc.source.url !== undefined) source.url = doc.source.url;
  return {
    id: doc.id ?? key,
    title: doc.title,
    type: doc.type,
    date: doc.date,
    dossiers: doc.dossiers,
    citation: doc.citation,
    snippet: highlight(documentFields(doc).body, plan),
    score,
    source,
  };
}

/** The deepest result a search pages to (offset + limit): deeper pages are not served. */
export const MAX_DEPTH = 10_000;

/** The page a search request asks for: `limit` 1–100 (default 20), `offset` from 0 to `MAX_DEPTH − limit`. */
export function pageOf(request: { limit?: number; offset?: number }): { limit: number; offset: number } {
  const limit = Math.min(100, Math.max(1, Math.floor(request.limit ?? 20)));
  const offset = Math.min(MAX_DEPTH - limit, Math.max(0, Math.floor(request.offset ?? 0)));
  return { limit, offset };
}
