/**
 * The officielebekendmakingen connector: Kamerstukken from the SRU service of
 * repository.overheid.nl, a page of records at a time, each with its paper's file and
 * `metadata.xml`, and after each page a checkpoint to resume from.
 *
 * @module
 */
import { dossierKey, parseDossierNumber } from '../../model/index.ts';
import { checkDate, datePart, utcDate } from '../dates.ts';
import { SourceError, SourceOptionError } from '../errors.ts';
import { fetchXmlPage } from '../fetch-xml.ts';
import { createHttpClient, type HttpClient, type RequestOptions } from '../http/client.ts';
import { OB_HOSTS, syncHosts } from '../http/hosts.ts';
import { httpLink } from '../links.ts';
import { baseUrlOf, integerOption } from '../options.ts';
import type { Connector, SyncItem, SyncOptions, SyncPage } from '../types.ts';
import { advance, completePass, decodeObCheckpoint, encodeObCheckpoint, type ObState } from './checkpoint.ts';
import { buildCql, type ObScope, sruUrl } from './cql.ts';
import { fetchRecordFiles } from './files.ts';
import { readSruPage, type SruRecord } from './sru.ts';

/** What `sync` of the officielebekendmakingen connector takes. */
export interface ObSyncOptions extends SyncOptions {
  /** Kamerstukken published on or after this date, `YYYY-MM-DD` (used when the stream starts). */
  since?: string;
  /** ... and on or before this date: a bounded backfill, a stream of its own. */
  until?: string;
  /** One dossier: `36600`, `21 501-32`, `36200 VII`. */
  dossier?: string;
  /** One document type as officielebekendmakingen names it: `Motie`, `Amendement`, `Brief regering`. */
  type?: string;
}

/** How to build the connector; every option has a default. */
export interface ObConnectorOptions {
  /** The repository's address; the SRU endpoint is `{baseUrl}/sru`. Default `https://repository.overheid.nl`. */
  baseUrl?: string;
  /** The client to fetch with (shared with other connectors, or its own by default). */
  http?: HttpClient;
  /** Records per SRU page (`maximumRecords`), 1 to 1000. Default 50. */
  pageSize?: number;
  /** The last position the service pages to (it refuses later ones); then paging goes on by key. Default 10,000. */
  maxPosition?: number;
  /** Days a new pass reaches back before the last one began. Default 1. */
  overlapDays?: number;
  /** More fetches of a page that arrives unreadable. Default 2. */
  invalidRetries?: number;
  /** The clock (tests pin it). */
  now?: () => Date;
}

/** The default address of the officielebekendmakingen repository. */
export const OB_BASE_URL = 'https://repository.overheid.nl';

/**
 * Create the officielebekendmakingen connector.
 *
 * @example
 * const ob = createObConnector({ http });
 * const stream = ob.streamOf({ dossier: '36600' }); // 'ob:dossier=36600'
 * for await (const page of ob.sync({ from: stored(stream), dossier: '36600' })) {
 *   commit(page.items);
 *   store(page.stream, page.checkpoint);
 * }
 */
export function createObConnector(options: ObConnectorOptions = {}): Connector<ObSyncOptions> {
  const base = baseUrlOf(options.baseUrl ?? OB_BASE_URL);
  const endpoint = `${base}/sru`;
  // The repository's own host and the official ones: never an address its answers name elsewhere.
  const hosts = syncHosts(base, OB_HOSTS);
  const http = options.http ?? createHttpClient();
  const pageSize = integerOption('pageSize', options.pageSize ?? 50, 1, 1000);
  const maxPosition = integerOption('maxPosition', options.maxPosition ?? 10_000, pageSize, Number.MAX_SAFE_INTEGER);
  const overlapDays = integerOption('overlapDays', options.overlapDays ?? 1, 0, 365);
  const invalidRetries = integerOption('invalidRetries', options.invalidRetries ?? 2, 0, 10);
  const now = options.now ?? (() => new Date());

  function streamOf(selection: Omit<ObSyncOptions, keyof SyncOptions>): string {
    const scope = scopeOf(selection);
    const parts = ['ob'];
    if (scope.dossier) parts.push(`dossier=${scope.dossier}`);
    if (scope.type) parts.push(`type=${scope.type.toLowerCase()}`);
    if (scope.until) parts.push(`until=${scope.until}`);
    return parts.join(':');
  }

  async function* sync(syncOptions: ObSyncOptions): AsyncGenerator<SyncPage> {
    const scope = scopeOf(syncOptions);
    const stream = streamOf(syncOptions);
    const request: RequestOptions = {
      hosts,
      onRetry: (notice) => syncOptions.onProgress?.({ kind: 'retry', stream, ...notice }),
    };
    let state = initialState(stream, scope.since, syncOptions.from);
    for (;;) {
      state = { ...state, passStarted: state.passStarted ?? utcDate(now()) };
      const cql = buildCql({ ...scope, since: state.since }, state);
      const url = sruUrl(endpoint, cql, state.start, pageSize);
      const { root } = await fetchXmlPage(http, url, {
        rootNames: ['searchRetrieveResponse', 'diagnostics'],
        description: 'an SRU search answer',
        invalidRetries,
        request,
      });
      const page = readSruPage(root);
      if (page.diagnostic !== null) {
        throw new SourceError('invalid', `the officielebekendmakingen search refused the query: ${page.diagnostic}`, {
          url,
        });
      }
      syncOptions.onProgress?.({ kind: 'page', stream, url, entries: page.records.length, total: page.total });

      const items: SyncItem[] = [];
      let high = state.high;
      let lastIdentifier: string | null = null;
      for (const record of page.records) {
        const modified = datePart(record.modified);
        if (modified !== null && (high === null || modified > high)) high = modified;
        if (record.identifier === null) {
          syncOptions.onProgress?.({ kind: 'skip', stream, reason: 'a search record without an identifier' });
          continue;
        }
        lastIdentifier = record.identifier;
        const item = await itemOf(record, record.identifier, syncOptions.dryRun === true, request);
        syncOptions.onProgress?.({
          kind: 'item',
          stream,
          key: item.key,
          files: (item.file ? 1 : 0) + (item.metadata ? 1 : 0),
          problems: item.problems,
        });
        items.push(item);
      }

      const received = page.records.length;
      const done = isLastPage(state.start, received, page.total, page.nextPosition, pageSize);
      const next = done
        ? completePass(state, high, overlapDays)
        : advance(state, { received, lastIdentifier, high }, { pageSize, maxPosition });
      yield { stream, checkpoint: encodeObCheckpoint(next), items };
      if (done) return;
      state = next;
    }
  }

  async function itemOf(record: SruRecord, key: string, dryRun: boolean, request: RequestOptions): Promise<SyncItem> {
    const files = await fetchRecordFiles(http, record, { dryRun, request });
    return {
      source: 'ob',
      key,
      updated: record.modified,
      deleted: false,
      url: httpLink(record.preferredUrl) ?? httpLink(record.url) ?? httpLink(record.manifestations.html) ?? endpoint,
      file: files.file,
      metadata: files.metadata,
      entity: null,
      problems: files.problems,
      fileUrls: files.fileUrls,
    };
  }

  return { source: 'ob', streamOf, sync };
}

/** Where a sync starts: the stored checkpoint, or a first pass over the scope. */
function initialState(stream: string, since: string | null, from: string | null): ObState {
  if (from === null) {
    return { stream, since, modifiedFrom: null, after: null, start: 1, passStarted: null, high: null };
  }
  const state = decodeObCheckpoint(from, stream);
  if (since === null || since === state.since) return state;
  if (state.passStarted !== null) {
    throw new SourceOptionError(
      `an interrupted sync of "${stream}" began with since ${state.since ?? '(none)'}; ` +
        'finish it with that since, or without one, before changing it',
    );
  }
  // A wider scope than before needs a full pass; a narrower one keeps the incremental start.
  const widened = state.since !== null && since < state.since;
  return { ...state, since, modifiedFrom: widened ? null : state.modifiedFrom };
}

/** Whether the page starting at `start` with `received` records is the last of the query. */
function isLastPage(
  start: number,
  received: number,
  total: number | null,
  nextPosition: number | null,
  pageSize: number,
): boolean {
  if (received === 0) return true;
  if (total !== null) return start + received - 1 >= total;
  if (nextPosition !== null) return false;
  return received < pageSize;
}

/** The scope of a sync, its options checked and normalised. */
function scopeOf(selection: Omit<ObSyncOptions, keyof SyncOptions>): ObScope {
  const since = checkDate('since', selection.since);
  const until = checkDate('until', selection.until);
  if (since && until && since > until) throw new SourceOptionError(`since (${since}) is after until (${until})`);
  let dossier: string | null = null;
  if (selection.dossier !== undefined) {
    const parsed = parseDossierNumber(selection.dossier);
    if (!parsed) {
      throw new SourceOptionError(
        `dossier must be a dossier number such as 36600 or 21501-32, not "${selection.dossier}"`,
      );
    }
    dossier = dossierKey(parsed);
  }
  const type = selection.type?.trim() || null;
  if (type !== null && !/^[\p{L}\p{N} ().,'/-]{1,80}$/u.test(type)) {
    throw new SourceOptionError(
      `type must be a document type such as Motie or "Brief regering", not "${selection.type}"`,
    );
  }
  return { since, until, dossier, type };
}
