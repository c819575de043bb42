/**
 * The contract between the connectors and the archive: a connector yields the official
 * source's changes as pages, each with the checkpoint to store once its items are
 * committed, so that an interrupted sync resumes at the first uncommitted page.
 *
 * @module
 */

/** Which official source an item came from: officielebekendmakingen or the Tweede Kamer. */
export type SourceName = 'ob' | 'tk';

/** A fetched file: the paper itself (XML, HTML, PDF, Word, ...). */
export interface SyncFile {
  bytes: Uint8Array;
  /** The address it was fetched from. */
  url: string;
  /** The server's `Content-Type`, when it sent one. */
  contentType: string | null;
}

/** One changed publication or entity of a source. */
export interface SyncItem {
  source: SourceName;
  /** The officielebekendmakingen id (`kst-36600-1`) or the Tweede Kamer GUID. */
  key: string;
  /** When the source last changed it (`dt.modified`, or the feed entry's `updated`). */
  updated: string | null;
  /** The source deleted it (SyncFeed `verwijderd="true"`); no file is fetched then. */
  deleted: boolean;
  /** Where users can see it (an http(s) address): the officielebekendmakingen page, or the Tweede Kamer entity. */
  url: string;
  /**
   * The paper's file, or null: not published, deleted, a dry run, or it could not be
   * fetched (then `problems` says why).
   */
  file: SyncFile | null;
  /** officielebekendmakingen: the paper's `metadata.xml`; null for the Tweede Kamer. */
  metadata: Uint8Array | null;
  /** Tweede Kamer: the entity's XML from the feed (standalone, namespaces declared); null for OB. */
  entity: Uint8Array | null;
  /**
   * What went wrong for this item, in words for users (a file that could not be
   * fetched, a fallback to another format). Empty when all went well.
   */
  problems: string[];
  /** The files the connector fetched (or, in a dry run, would fetch) for this item. */
  fileUrls: string[];
}

/** A page of a stream: its items, and the checkpoint to store after committing them. */
export interface SyncPage {
  /** The stream the checkpoint belongs to, e.g. `ob` or `tk:Document`. */
  stream: string;
  /** Where to resume after this page: pass it as `from` to the next `sync`. */
  checkpoint: string;
  items: SyncItem[];
}

/** What a connector tells while it works. */
export type SyncProgress =
  | { kind: 'page'; stream: string; url: string; entries: number; total: number | null }
  | { kind: 'item'; stream: string; key: string; files: number; problems: string[] }
  | { kind: 'skip'; stream: string; reason: string }
  | { kind: 'retry'; stream: string; url: string; attempt: number; waitMs: number; reason: string };

/** The options every connector's `sync` takes. */
export interface SyncOptions {
  /** The stored checkpoint of the stream to resume after; null: from the start (or `since`). */
  from: string | null;
  /** Read the listings but fetch no files: items come with `file: null` and their `fileUrls`. */
  dryRun?: boolean;
  /** Called as pages, items, skipped entries and retries go by. */
  onProgress?: (event: SyncProgress) => void;
}

/** A source's changes as a sequence of pages (one stream per call). */
export interface Connector<Options extends SyncOptions> {
  readonly source: SourceName;
  /** The stream a sync with these options reads: the key to store its checkpoint under. */
  streamOf(options: Omit<Options, keyof SyncOptions>): string;
  /**
   * The pages after `options.from`, in order. A page that cannot be fetched after the
   * retries throws a `SourceError` (the checkpoints yielded before stay valid); an item
   * whose file cannot be fetched comes with `file: null` and a problem.
   */
  sync(options: Options): AsyncIterable<SyncPage>;
}
