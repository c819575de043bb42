/**
 * What both engines do the same way with a document: the key it is stored under, the
 * checks that it (and its analyzed fields) can be stored, and the search hit made of it.
 *
 * @module
 */
import type { Document } from '../model/index.ts';
import { documentFields, highlight, type PlanNode, type SegmentDraft } from '../search/index.ts';
import { type SearchHit, StoreError } from './types.ts';

/**
 * The key a document is stored under: its id, else its Tweede Kamer GUID (`tk:<guid>`:
 * a paper the Tweede Kamer lists before officielebekendmakingen publishes it, which a
 * later sync updates in place), else `sha256:<source.sha256>`.
 */
export function documentKey(doc: Document): string {
  if (doc.id !== null) return doc.id;
  const tkId = doc.external?.tkId;
  return tkId ? `tk:${tkId}` : `sha256:${doc.source.sha256}`;
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
 * Refuse a draft that does not hold one local doc per document of the batch
 * (`Store.put`). Throws `StoreError('other')`.
 */
export function checkDraft(documents: Document[], draft: SegmentDraft | undefined): void {
  if (draft !== undefined && draft.count !== documents.length) {
    throw new StoreError(
      'other',
      `a batch of ${documents.length} documents came with an analyzed draft of ${draft.count}: give one per document, in order`,
    );
  }
}

/** A paper to index: its engine id, the document, and the docid its new version replaces (if any). */
export interface ToIndex {
  store: number;
  doc: Document;
  replaces: number | null;
}

/**
 * The papers of a batch to index, by their place in the batch. A paper stored twice in
 * one batch is indexed once, as its last version, replacing what the first replaced.
 */
export class BatchIndex {
  private readonly entries: Array<ToIndex | null>;
  private readonly byStore = new Map<number, number>();

  constructor(size: number) {
    this.entries = new Array<ToIndex | null>(size).fill(null);
  }

  /** Paper `at` of the batch is to be indexed. */
  add(at: number, paper: ToIndex): void {
    const before = this.byStore.get(paper.store);
    let entry = paper;
    if (before !== undefined) {
      entry = { ...paper, replaces: (this.entries[before] as ToIndex).replaces };
      this.entries[before] = null;
    }
    this.entries[at] = entry;
    this.byStore.set(paper.store, at);
  }

  /** For each paper of the batch: is it indexed? */
  keep(): boolean[] {
    return this.entries.map((e) => e !== null);
  }

  /** The papers to index, in batch order. */
  papers(): ToIndex[] {
    return this.entries.filter((e): e is ToIndex => e !== null);
  }
}

/** The Zaken a paper belongs to, each once: their numbers (`2024Z12345`) and GUIDs, as `paper_zaken` keeps them. */
export function paperZaken(doc: Document): string[] {
  const external = doc.external;
  if (!external) return [];
  return [...new Set([...(external.tkZaken ?? []), ...(external.tkZaakIds ?? [])])];
}

/**
 * The JSON a document is stored as: all of it but its blocks' text, which the `blocks`
 * table holds (a paper's text is stored once). Throws `StoreError('other')` for a
 * document that cannot be written as JSON.
 */
export function storedJson(doc: Document, key: string): string {
  try {
    return JSON.stringify({ ...doc, blocks: doc.blocks.map((b) => ({ ...b, text: '' })) });
  } catch (error) {
    throw new StoreError('other', `document ${key} cannot be written as JSON`, { cause: error });
  }
}

/**
 * A stored document again, from its JSON (`storedJson`) and the JSON array of its
 * blocks' texts in order (as the engines aggregate them from `blocks`). A block whose
 * text the JSON still holds (an archive written before) keeps it.
 */
export function restoreDocument(json: string, texts: string | null): Document {
  const doc = JSON.parse(json) as Document;
  const list = texts === null ? [] : (JSON.parse(texts) as string[]);
  doc.blocks.forEach((block, i) => {
    const text = list[i];
    if (text !== undefined && block.text === '') block.text = text;
  });
  return doc;
}

/** A stored document's JSON (`storedJson`) with the document marked withdrawn. */
export function withdrawnJson(json: string): string {
  const doc = JSON.parse(json) as Document;
  doc.withdrawn = true;
  return JSON.stringify(doc);
}

/**
 * SQL for the `ON CONFLICT` update of a checkpoint's `latest`, the same on both engines:
 * the newer of the stored and the new value (ISO 8601 times compare as text), either when
 * the other is null.
 */
export const LATEST_OF_CHECKPOINTS = `CASE WHEN checkpoints.latest IS NULL OR excluded.latest > checkpoints.latest
  THEN coalesce(excluded.latest, checkpoints.latest) ELSE checkpoints.latest END`;

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
