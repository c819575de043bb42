/**
 * Watches on SQLite (`WatchStore`, see `watch-types.ts`): the tables of migration 10,
 * each write one transaction. A claim is one `UPDATE … WHERE` the lease is free, so of
 * two runs (in any processes) claiming a watch at once, one wins; recording found
 * papers moves the cursor in the same transaction, and only while the lease is the
 * recorder's.
 *
 * @module
 */
import type Database from 'better-sqlite3';
import { type IndexReader, SearchQueryError } from '../../search/index.ts';
import type { LinkRow } from '../browse-rows.ts';
import {
  deliveryGroups,
  FEED_TOKEN,
  feedLimit,
  indexMatches,
  matchLimit,
  newFeedToken,
  PAPER_COLUMNS,
  type PaperRow,
  toWatch,
  toWatchPaper,
  type WatchRow,
} from '../watch-rows.ts';
import type {
  ClaimedWatch,
  DeliveryOutcome,
  FoundPaper,
  NewWatch,
  Watch,
  WatchDelivery,
  WatchMatches,
  WatchPaper,
  WatchStore,
} from '../watch-types.ts';
import { toStoreError } from './errors.ts';

/** A watch's columns with its counts. */
const WATCH_SELECT = `SELECT w.id, w.name, w.query, w.webhook, w.secret, w.feed_token, w.created_at, w.cursor,
  w.last_run_at, w.last_error,
  (SELECT count(*) FROM watch_papers p WHERE p.watch = w.id) AS found,
  (SELECT coalesce(sum(d.papers), 0) FROM watch_deliveries d WHERE d.watch = w.id AND d.state = 'pending') AS pending,
  (SELECT coalesce(sum(d.papers), 0) FROM watch_deliveries d WHERE d.watch = w.id AND d.state = 'failed') AS failed,
  (SELECT max(p.found_at) FROM watch_papers p WHERE p.watch = w.id) AS last_found_at
  FROM watches w`;

/** The statements, prepared on first use (an archive opened at an older schema has no watch tables). */
function statements(db: Database.Database) {
  return {
    add: db.prepare(
      `INSERT INTO watches (name, query, webhook, secret, feed_token, created_at, cursor)
       VALUES (?, ?, ?, ?, ?, ?, (SELECT coalesce(max(first + count) - 1, 0) FROM index_segments))`,
    ),
    list: db.prepare(`${WATCH_SELECT} ORDER BY w.id`),
    get: db.prepare(`${WATCH_SELECT} WHERE w.id = ?`),
    byToken: db.prepare(`${WATCH_SELECT} WHERE w.feed_token = ?`),
    remove: db.prepare('DELETE FROM watches WHERE id = ?'),
    claim: db.prepare(
      `UPDATE watches SET lease_owner = ?, lease_until = ? WHERE id = ?
       AND (lease_owner IS NULL OR lease_owner = ? OR lease_until IS NULL OR lease_until <= ?)`,
    ),
    release: db.prepare(
      `UPDATE watches SET last_run_at = ?, last_error = ?, lease_owner = NULL, lease_until = NULL
       WHERE id = ? AND lease_owner = ?`,
    ),
    papers: db.prepare(`SELECT ${PAPER_COLUMNS} FROM documents d WHERE d.doc IN (SELECT value FROM json_each(?))`),
    links: db.prepare(
      `SELECT dd.doc, coalesce(k.number, dd.number) AS number, k.suffix, k.title FROM document_dossiers dd
       LEFT JOIN dossiers k ON k.key = dd.dossier WHERE dd.doc IN (SELECT value FROM json_each(?))
       ORDER BY dd.doc, dd.position`,
    ),
    advance: db.prepare('UPDATE watches SET cursor = max(cursor, ?) WHERE id = ? AND lease_owner = ?'),
    webhook: db.prepare('SELECT webhook FROM watches WHERE id = ?').pluck(),
    keep: db.prepare(
      `INSERT INTO watch_papers (watch, key, docid, found_at, paper) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (watch, key) DO NOTHING`,
    ),
    delivery: db.prepare(
      `INSERT INTO watch_deliveries (id, watch, seq, papers, created_at, state, attempts, next_attempt_at)
       VALUES (?, ?, ?, ?, ?, 'pending', 0, ?)`,
    ),
    assign: db.prepare('UPDATE watch_papers SET delivery = ? WHERE watch = ? AND key = ?'),
    due: db.prepare(
      `SELECT id, watch, created_at AS createdAt, attempts FROM watch_deliveries
       WHERE watch = ? AND state = 'pending' AND next_attempt_at <= ? ORDER BY seq, id`,
    ),
    carried: db.prepare('SELECT paper FROM watch_papers WHERE watch = ? AND delivery = ? ORDER BY docid').pluck(),
    delivered: db.prepare(
      `UPDATE watch_deliveries SET state = 'delivered', attempts = attempts + 1, last_attempt_at = ?,
       delivered_at = ?, last_error = NULL WHERE id = ? AND state = 'pending'`,
    ),
    failedAttempt: db.prepare(
      `UPDATE watch_deliveries SET attempts = attempts + 1, last_attempt_at = ?, last_error = ?,
       next_attempt_at = coalesce(?, next_attempt_at), state = CASE WHEN ? IS NULL THEN 'failed' ELSE 'pending' END
       WHERE id = ? AND state = 'pending'`,
    ),
    feed: db.prepare(
      'SELECT key, found_at AS foundAt, paper FROM watch_papers WHERE watch = ? ORDER BY docid DESC LIMIT ?',
    ),
  };
}

/** The watches of one SQLite archive. */
export class SqliteWatches implements WatchStore {
  private prepared: ReturnType<typeof statements> | null = null;

  constructor(
    private readonly db: Database.Database,
    private readonly reader: IndexReader,
  ) {}

  private get stmt(): ReturnType<typeof statements> {
    this.prepared ??= statements(this.db);
    return this.prepared;
  }

  /** Run `fn`, turning engine errors into `StoreError`s; a query's `SearchQueryError` passes through. */
  private async run<T>(what: string, fn: () => T | Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      if (error instanceof SearchQueryError) throw error;
      throw toStoreError(error, what);
    }
  }

  add(watch: NewWatch): Promise<Watch> {
    return this.run('adding a watch', () => {
      const { lastInsertRowid } = this.stmt.add.run(
        watch.name,
        watch.query,
        watch.webhook,
        watch.secret,
        newFeedToken(),
        new Date().toISOString(),
      );
      return toWatch(this.stmt.get.get(Number(lastInsertRowid)) as WatchRow);
    });
  }

  list(): Promise<Watch[]> {
    return this.run('listing watches', () => (this.stmt.list.all() as WatchRow[]).map(toWatch));
  }

  get(id: number): Promise<Watch | null> {
    return this.run('reading a watch', () => {
      const row = this.stmt.get.get(id) as WatchRow | undefined;
      return row ? toWatch(row) : null;
    });
  }

  byFeedToken(token: string): Promise<Watch | null> {
    return this.run("reading a watch's feed", () => {
      if (!FEED_TOKEN.test(token)) return null;
      const row = this.stmt.byToken.get(token) as WatchRow | undefined;
      return row ? toWatch(row) : null;
    });
  }

  remove(id: number): Promise<boolean> {
    return this.run('removing a watch', () => this.stmt.remove.run(id).changes > 0);
  }

  claim(id: number, owner: string, now: string, until: string): Promise<ClaimedWatch | null> {
    return this.run('claiming a watch', () => {
      if (this.stmt.claim.run(owner, until, id, owner, now).changes === 0) return null;
      const row = this.stmt.get.get(id) as WatchRow | undefined;
      return row ? { ...toWatch(row), secret: row.secret } : null;
    });
  }

  release(id: number, owner: string, run: { at: string; error: string | null }): Promise<void> {
    return this.run('ending a run of a watch', () => {
      this.stmt.release.run(run.at, run.error, id, owner);
    });
  }

  matches(query: string, after: number, limit?: number): Promise<WatchMatches> {
    return this.run('finding new papers for a watch', async () => {
      const { through, matches } = await indexMatches(this.reader, query, after, matchLimit(limit));
      if (matches.length === 0) return { through, papers: [] };
      const stores = JSON.stringify(matches.map((m) => m.store));
      const rows = new Map((this.stmt.papers.all(stores) as PaperRow[]).map((r) => [Number(r.doc), r]));
      const links = new Map<number, LinkRow[]>();
      for (const link of this.stmt.links.all(stores) as LinkRow[]) {
        const list = links.get(Number(link.doc)) ?? [];
        list.push(link);
        links.set(Number(link.doc), list);
      }
      const papers: FoundPaper[] = matches.flatMap((m) => {
        const row = rows.get(m.store);
        return row ? [{ docid: m.docid, key: row.key, paper: toWatchPaper(row, links.get(m.store) ?? []) }] : [];
      });
      return { through, papers };
    });
  }

  record(
    id: number,
    owner: string,
    found: { through: number; papers: FoundPaper[]; at: string; batch: number },
  ): Promise<WatchPaper[] | null> {
    return this.run('recording what a watch found', () =>
      this.db
        .transaction(() => {
          if (this.stmt.advance.run(found.through, id, owner).changes === 0) return null;
          const kept = found.papers.filter(
            (p) => this.stmt.keep.run(id, p.key, p.docid, found.at, JSON.stringify(p.paper)).changes > 0,
          );
          if (this.stmt.webhook.get(id) !== null) {
            const docids = new Map(kept.map((p) => [p.key, p.docid]));
            for (const group of deliveryGroups(
              kept.map((p) => p.key),
              found.batch,
            )) {
              const seq = docids.get(group.keys[0] as string) as number;
              this.stmt.delivery.run(group.id, id, seq, group.keys.length, found.at, found.at);
              for (const key of group.keys) this.stmt.assign.run(group.id, id, key);
            }
          }
          return kept.map((p) => p.paper);
        })
        .immediate(),
    );
  }

  due(id: number, now: string): Promise<WatchDelivery[]> {
    return this.run("reading a watch's deliveries", () =>
      (this.stmt.due.all(id, now) as Omit<WatchDelivery, 'papers'>[]).map((d) => ({
        ...d,
        papers: (this.stmt.carried.all(id, d.id) as string[]).map((json) => JSON.parse(json) as WatchPaper),
      })),
    );
  }

  settle(delivery: string, outcome: DeliveryOutcome): Promise<void> {
    return this.run('recording a delivery', () => {
      if (outcome.ok) this.stmt.delivered.run(outcome.at, outcome.at, delivery);
      else this.stmt.failedAttempt.run(outcome.at, outcome.error, outcome.retryAt, outcome.retryAt, delivery);
    });
  }

  feed(id: number, limit?: number): Promise<{ key: string; foundAt: string; paper: WatchPaper }[]> {
    return this.run("reading a watch's feed", () =>
      (this.stmt.feed.all(id, feedLimit(limit)) as { key: string; foundAt: string; paper: string }[]).map((r) => ({
        key: r.key,
        foundAt: r.foundAt,
        paper: JSON.parse(r.paper) as WatchPaper,
      })),
    );
  }
}
