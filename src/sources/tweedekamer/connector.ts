/**
 * The Tweede Kamer connector: one SyncFeed category at a time (Document, Zaak,
 * Kamerstukdossier, ...), page after page by skiptoken, each entry with its entity XML
 * and, for a document that is not deleted, its file. The checkpoint is the skiptoken
 * to continue from.
 *
 * @module
 */
import { checkDate } from '../dates.ts';
import { SourceError, SourceOptionError, shownUrl } from '../errors.ts';
import { fetchXmlPage } from '../fetch-xml.ts';
import { createHttpClient, type HttpClient, type RequestOptions } from '../http/client.ts';
import { syncHosts, TK_HOSTS } from '../http/hosts.ts';
import { httpLink } from '../links.ts';
import { baseUrlOf, integerOption } from '../options.ts';
import type { Connector, SyncItem, SyncOptions, SyncPage } from '../types.ts';
import { type FeedEntry, readSyncFeedPage } from './atom.ts';
import { parseTkCategories, type TkCategory, tkStream } from './categories.ts';

/** What `sync` of the Tweede Kamer connector takes. */
export interface TkSyncOptions extends SyncOptions {
  /** The category (entity type) to read, any case. Default `Document`. */
  category?: string;
  /**
   * Only entries updated on or after this date, `YYYY-MM-DD`. The feed cannot start at
   * a date: earlier entries are read and passed over (the checkpoint still advances).
   */
  since?: string;
}

/** How to build the connector; every option has a default. */
export interface TkConnectorOptions {
  /** The Gegevensmagazijn's address. Default `https://gegevensmagazijn.tweedekamer.nl`. */
  baseUrl?: string;
  /** The client to fetch with (shared with other connectors, or its own by default). */
  http?: HttpClient;
  /** More fetches of a page that arrives unreadable. Default 2. */
  invalidRetries?: number;
}

/** The default address of the Tweede Kamer's Gegevensmagazijn. */
export const TK_BASE_URL = 'https://gegevensmagazijn.tweedekamer.nl';

/**
 * Create the Tweede Kamer connector.
 *
 * @example
 * const tk = createTkConnector({ http });
 * for (const category of parseTkCategories('Document,Zaak')) {
 *   const stream = tk.streamOf({ category }); // 'tk:Document', then 'tk:Zaak'
 *   for await (const page of tk.sync({ from: stored(stream), category })) { ... }
 * }
 */
export function createTkConnector(options: TkConnectorOptions = {}): Connector<TkSyncOptions> {
  const base = baseUrlOf(options.baseUrl ?? TK_BASE_URL);
  // The Gegevensmagazijn's own host and the official ones: never an address its feed names elsewhere.
  const hosts = syncHosts(base, TK_HOSTS);
  const http = options.http ?? createHttpClient();
  const invalidRetries = integerOption('invalidRetries', options.invalidRetries ?? 2, 0, 10);

  function streamOf(selection: Omit<TkSyncOptions, keyof SyncOptions>): string {
    return tkStream(categoryOf(selection.category));
  }

  async function* sync(syncOptions: TkSyncOptions): AsyncGenerator<SyncPage> {
    const category = categoryOf(syncOptions.category);
    const stream = tkStream(category);
    const since = checkDate('since', syncOptions.since);
    const sinceMs = since === null ? null : Date.parse(`${since}T00:00:00Z`);
    const request: RequestOptions = {
      hosts,
      onRetry: (notice) => syncOptions.onProgress?.({ kind: 'retry', stream, ...notice }),
    };
    let token = syncOptions.from === null ? null : checkToken(syncOptions.from);
    for (;;) {
      const url = feedUrl(base, category, token);
      const { root, text } = await fetchXmlPage(http, url, {
        rootNames: ['feed'],
        description: 'a SyncFeed page',
        invalidRetries,
        request,
      });
      const page = readSyncFeedPage(root, text);
      syncOptions.onProgress?.({ kind: 'page', stream, url, entries: page.entries.length, total: null });

      const items: SyncItem[] = [];
      for (const entry of page.entries) {
        if (entry.guid === null) {
          syncOptions.onProgress?.({ kind: 'skip', stream, reason: 'a feed entry without an entity GUID' });
          continue;
        }
        if (sinceMs !== null && isBefore(entry.updated, sinceMs)) continue;
        const item = await itemOf(entry, entry.guid, category, url, syncOptions.dryRun === true, request);
        syncOptions.onProgress?.({
          kind: 'item',
          stream,
          key: item.key,
          files: item.file ? 1 : 0,
          problems: item.problems,
        });
        items.push(item);
      }

      const next = skiptokenOf(page.next, url) ?? skiptokenOf(page.entries.at(-1)?.next ?? null, url);
      if (next === null) {
        if (page.entries.length > 0) {
          throw new SourceError('invalid', `${shownUrl(url)}: the feed page gives no skiptoken to continue from`, {
            url,
          });
        }
        return;
      }
      yield { stream, checkpoint: next, items };
      if (page.next === null || next === token) return;
      token = next;
    }
  }

  async function itemOf(
    entry: FeedEntry,
    key: string,
    category: TkCategory,
    pageUrl: string,
    dryRun: boolean,
    request: RequestOptions,
  ): Promise<SyncItem> {
    const problems = [...entry.problems];
    const fileUrl = fileUrlOf(entry, key, category, pageUrl, problems);
    let file: SyncItem['file'] = null;
    if (fileUrl && !dryRun) {
      try {
        const response = await http.get(fileUrl, { ...request, accept: entry.contentType ?? '*/*' });
        file = { bytes: response.bytes, url: fileUrl, contentType: response.contentType };
      } catch (error) {
        if (!(error instanceof SourceError)) throw error;
        problems.push(`the file could not be fetched: ${error.message}`);
      }
    }
    return {
      source: 'tk',
      key,
      updated: entry.updated,
      deleted: entry.deleted,
      url: httpLink(entry.entryId) ?? `${base}/SyncFeed/2.0/Entiteiten/${key}`,
      file,
      metadata: null,
      entity: entry.entityXml === null ? null : new TextEncoder().encode(entry.entityXml),
      problems,
      fileUrls: fileUrl ? [fileUrl] : [],
    };
  }

  /**
   * The entity's file: its enclosure, else a document's resource; none for a deleted
   * entity, nor for an enclosure that is no address (a problem of the item).
   */
  function fileUrlOf(
    entry: FeedEntry,
    key: string,
    category: TkCategory,
    pageUrl: string,
    problems: string[],
  ): string | null {
    if (entry.deleted) return null;
    if (entry.enclosure) {
      const link = httpLink(entry.enclosure, pageUrl);
      if (link === null) {
        problems.push(
          `the entry's file link is no http(s) address (${entry.enclosure.slice(0, 120)}); it was not fetched`,
        );
      }
      return link;
    }
    if (category === 'Document' && entry.contentType) return `${base}/SyncFeed/2.0/Resources/${key}`;
    return null;
  }

  return { source: 'tk', streamOf, sync };
}

/** The feed page of `category` after `token` (from the first entry when null). */
function feedUrl(base: string, category: TkCategory, token: string | null): string {
  const after = token === null ? '' : `&skiptoken=${token}`;
  return `${base}/SyncFeed/2.0/Feed?category=${encodeURIComponent(category)}${after}`;
}

function categoryOf(value: string | undefined): TkCategory {
  const [category, ...more] = parseTkCategories(value);
  if (!category || more.length > 0) throw new SourceOptionError(`one category per sync, not "${value}"`);
  return category;
}

function checkToken(from: string): string {
  if (!/^\d+$/.test(from)) throw new SourceOptionError(`sources: "${from.slice(0, 80)}" is not a SyncFeed checkpoint`);
  return from;
}

/** The skiptoken of a `next` link (null when there is no link). */
function skiptokenOf(href: string | null, pageUrl: string): string | null {
  if (href === null) return null;
  let token: string | null = null;
  try {
    token = new URL(href, pageUrl).searchParams.get('skiptoken');
  } catch {
    token = null;
  }
  if (token === null || !/^\d+$/.test(token)) {
    throw new SourceError('invalid', `${shownUrl(pageUrl)}: a next link without a skiptoken (${href})`, {
      url: pageUrl,
    });
  }
  return token;
}

function isBefore(updated: string | null, sinceMs: number): boolean {
  const at = updated === null ? Number.NaN : Date.parse(updated);
  return !Number.isNaN(at) && at < sinceMs;
}
