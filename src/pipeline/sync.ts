/**
 * A live sync: a connector's pages (`src/sources`) parsed and stored page by page, the
 * stream's checkpoint stored after each page's papers are committed. An interrupted
 * sync resumes at the first page not committed; a page read twice adds nothing (the
 * store is idempotent), so a crash between a page's papers and its checkpoint costs
 * only the work of reading the page again.
 *
 * Each item: its file parsed by the format registry with its companions (the
 * officielebekendmakingen metadata.xml); a Tweede Kamer entity's record applied over it
 * (the official record wins); a deleted Tweede Kamer entity marks its papers withdrawn.
 * A Tweede Kamer entity that is no paper (a Zaak, Besluit, Stemming, Fractie, Persoon,
 * Agendapunt, Activiteit: `tk-records.ts`) is stored with the page's papers in the votes
 * (`store.votes`), which recompute the decisions it touches; a deleted one is kept
 * marked withdrawn, and counts as withdrawn.
 * An item that cannot be fetched or parsed is kept on the failure list with its reason
 * (`griffie failures`), keyed by its file's address: `griffie ingest --retry` fetches it
 * again, and it leaves the list when stored.
 *
 * @module
 */
import { enrich } from '../extract/index.ts';
import type { Document } from '../model/index.ts';
import { applyTkMetadata, ParseError, parseBytes, readSyncFeedEntity } from '../parse/index.ts';
import { type Connector, type SyncItem, type SyncOptions, type SyncProgress, tkStream } from '../sources/index.ts';
import type { PutOutcome, Store, TkRecordInput } from '../store/index.ts';
import { tkRecordOf } from './tk-records.ts';

/** What a sync did, for its summary. */
export interface SyncSummary {
  source: string;
  stream: string;
  pages: number;
  items: number;
  added: number;
  updated: number;
  unchanged: number;
  withdrawn: number;
  /** Items without a paper to store (a deleted entity never stored, an entity without a file). */
  skipped: number;
  failed: number;
  /** The checkpoint the sync started from and the one it ended at (null: none yet). */
  from: string | null;
  checkpoint: string | null;
  dryRun: boolean;
  seconds: number;
}

/** Options of `runSync` besides the connector's own. */
export interface RunSyncOptions {
  dryRun?: boolean;
  onProgress?: (event: SyncProgress) => void;
  /** Called after every committed page with the summary so far. */
  onPage?: (summary: SyncSummary) => void;
  /** Called for every item that failed, with its address and reason. */
  onFailure?: (url: string, reason: string) => void;
}

/** The document of an item, or the reason it has none (`null`: nothing to store). */
async function documentOf(item: SyncItem): Promise<Document | string | null> {
  if (item.file === null) return item.problems.length > 0 ? item.problems.join('; ') : null;
  let doc: Document;
  try {
    const companions = item.metadata === null ? {} : { metadata: item.metadata };
    doc = await parseBytes(item.file.bytes, { url: item.file.url }, companions);
  } catch (error) {
    if (error instanceof ParseError) return error.message;
    throw error;
  }
  if (item.entity !== null) {
    try {
      applyTkMetadata(doc, readSyncFeedEntity(item.entity));
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      doc.warnings.push(`the Tweede Kamer's record of the paper could not be read: ${error.message}`);
    }
  }
  doc.warnings.push(...item.problems);
  return enrich(doc);
}

function count(summary: SyncSummary, outcomes: PutOutcome[]): void {
  for (const outcome of outcomes) summary[outcome]++;
}

/**
 * Run one stream of a connector from its stored checkpoint to the end, storing what it
 * yields. Throws the connector's `SourceError` when a page cannot be fetched; every page
 * committed before stays, with its checkpoint.
 */
export async function runSync<Options extends SyncOptions>(
  store: Store,
  connector: Connector<Options>,
  selection: Omit<Options, keyof SyncOptions>,
  options: RunSyncOptions = {},
): Promise<SyncSummary> {
  const started = performance.now();
  const stream = connector.streamOf(selection);
  const from = (await store.checkpoint(connector.source, stream))?.value ?? null;
  const summary: SyncSummary = {
    source: connector.source,
    stream,
    pages: 0,
    items: 0,
    added: 0,
    updated: 0,
    unchanged: 0,
    withdrawn: 0,
    skipped: 0,
    failed: 0,
    from,
    checkpoint: from,
    dryRun: options.dryRun === true,
    seconds: 0,
  };
  const syncOptions = {
    ...selection,
    from,
    dryRun: options.dryRun === true,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  } as Options;
  // A Tweede Kamer stream other than Document's holds records for the votes, not papers.
  const holdsPapers = connector.source !== 'tk' || stream === tkStream('Document');
  for await (const page of connector.sync(syncOptions)) {
    summary.pages++;
    summary.items += page.items.length;
    if (!summary.dryRun) await storePage(store, page.items, holdsPapers, summary, options);
    let latest: string | null = null;
    for (const item of page.items)
      if (item.updated !== null && (latest === null || item.updated > latest)) latest = item.updated;
    if (!summary.dryRun)
      await store.saveCheckpoint({ source: connector.source, stream, value: page.checkpoint, latest });
    summary.checkpoint = page.checkpoint;
    summary.seconds = (performance.now() - started) / 1000;
    options.onPage?.({ ...summary });
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

async function storePage(
  store: Store,
  items: SyncItem[],
  holdsPapers: boolean,
  summary: SyncSummary,
  options: RunSyncOptions,
): Promise<void> {
  const docs: Document[] = [];
  const stored: string[] = [];
  const records: TkRecordInput[] = [];
  for (const item of items) {
    const record = holdsPapers ? null : tkRecordOf(item);
    if (typeof record === 'string') {
      summary.failed++;
      await store.addFailure({ source: item.url, error: record, at: new Date().toISOString() });
      options.onFailure?.(item.url, record);
      continue;
    }
    if (record !== null) {
      records.push(record);
      stored.push(item.url);
      continue;
    }
    if (item.deleted) {
      const marked = item.source === 'tk' ? await store.withdraw(item.key) : 0;
      summary.withdrawn += marked;
      if (marked === 0) summary.skipped++;
      continue;
    }
    const result = await documentOf(item);
    // Kept by the address of the paper's file, so that `griffie ingest --retry` can fetch it again.
    const address = item.file?.url ?? item.fileUrls[0] ?? item.url;
    if (result === null) {
      summary.skipped++;
    } else if (typeof result === 'string') {
      summary.failed++;
      await store.addFailure({ source: address, error: result, at: new Date().toISOString() });
      options.onFailure?.(address, result);
    } else {
      docs.push(result);
      stored.push(address);
    }
  }
  if (docs.length > 0) count(summary, await store.put(docs));
  if (records.length > 0) {
    const outcomes = await store.votes.putRecords(records);
    outcomes.forEach((outcome, i) => {
      if (outcome !== 'unchanged' && records[i]?.verwijderd) summary.withdrawn++;
      else summary[outcome]++;
    });
  }
  for (const url of stored) await store.removeFailure(url);
}
