/**
 * Watches on PostgreSQL (`WatchStore`, see `watch-types.ts`), as on SQLite: the
 * tables of migration 7, each write one statement or one transaction. A claim is one
 * `UPDATE … WHERE` the lease is free: of two runs claiming a watch at once, the second
 * waits for the first's row lock, then finds the lease taken. Recording found papers
 * locks the watch's row while it moves the cursor, only while the lease is the
 * recorder's.
 *
 * @module
 */
import type { Sql } from 'postgres';
import type { IndexReader } from '../../search/index.ts';
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

/** A watch's columns with its counts (as on SQLite). */
const WATCH_SELECT = `SELECT w.id, w.name, w.query, w.webhook, w.secret, w.feed_token, w.created_at, w.cursor,
  w.last_run_at, w.last_error,
  (SELECT count(*) FROM watch_papers p WHERE p.watch = w.id)::integer AS found,
  (SELECT coalesce(sum(d.papers), 0) FROM watch_deliveries d WHERE d.watch = w.id AND d.state = 'pending')::integer AS pending,
  (SELECT coalesce(sum(d.papers), 0) FROM watch_deliveries d WHERE d.watch = w.id AND d.state = 'failed')::integer AS failed,
  (SELECT max(p.found_at) FROM watch_papers p WHERE p.watch = w.id) AS last_found_at
  FROM watches w`;

/**
 * The watches of one PostgreSQL archive. Their state (leases, cursors, found papers,
 * deliveries) is read and written on the primary (`sql`): a run reads back what it has
 * just written. Matching new papers reads the index and the papers where searches do
 * (`reader`, `reads`: the read side), which holds every docid up to its newest, so a
 * replica behind the primary delays a paper to a later run and never skips it.
 */
export class PostgresWatches implements WatchStore {
  private readonly sql: Sql;
  private readonly reads: Sql;

  constructor(
    pools: { sql: Sql; reads: Sql },
    private readonly reader: IndexReader,
  ) {
    this.sql = pools.sql;
    this.reads = pools.reads;
  }

  /** Run `fn`, turning engine errors into `StoreError`s; a query's `SearchQueryError` passes through. */
  private async run<T>(what: string, fn: (sql: Sql) => Promise<T>): Promise<T> {
    try {
      return await fn(this.sql);
    } catch (error) {
      throw toStoreError(error, what);
    }
  }

  private async one(sql: Sql, where: string, value: unknown): Promise<WatchRow | undefined> {
    const rows = await sql.unsafe<WatchRow[]>(`${WATCH_SELECT} WHERE ${where}`, [value as never]);
    return rows[0];
  }

  add(watch: NewWatch): Promise<Watch> {
    return this.run('adding a watch', async (sql) => {
      const [row] = await sql.unsafe<{ id: number }[]>(
        `INSERT INTO watches (name, query, webhook, secret, feed_token, created_at, cursor)
         VALUES ($1, $2, $3, $4, $5, $6, (SELECT coalesce(max(first + count) - 1, 0) FROM index_segments)) RETURNING id`,
        [watch.name, watch.query, watch.webhook, watch.secret, newFeedToken(), new Date().toISOString()],
      );
      return toWatch((await this.one(sql, 'w.id = $1', row!.id)) as WatchRow);
    });
  }

  list(): Promise<Watch[]> {
    return this.run('listing watches', async (sql) =>
      (await sql.unsafe<WatchRow[]>(`${WATCH_SELECT} ORDER BY w.id`)).map(toWatch),
    );
  }

  get(id: number): Promise<Watch | null> {
    return this.run('reading a watch', async (sql) => {
      const row = await this.one(sql, 'w.id = $1', id);
      return row ? toWatch(row) : null;
    });
  }

  byFeedToken(token: string): Promise<Watch | null> {
    return this.run("reading a watch's feed", async (sql) => {
      if (!FEED_TOKEN.test(token)) return null;
      const row = await this.one(sql, 'w.feed_token = $1', token);
      return row ? toWatch(row) : null;
    });
  }

  remove(id: number): Promise<boolean> {
    return this.run('removing a watch', async (sql) => {
      const rows = await sql.unsafe('DELETE FROM watches WHERE id = $1 RETURNING id', [id]);
      return rows.length > 0;
    });
  }

  claim(id: number, owner: string, now: string, until: string): Promise<ClaimedWatch | null> {
    return this.run('claiming a watch', async (sql) => {
      const claimed = await sql.unsafe(
        `UPDATE watches SET lease_owner = $1, lease_until = $2 WHERE id = $3
         AND (lease_owner IS NULL OR lease_owner = $1 OR lease_until IS NULL OR lease_until <= $4) RETURNING id`,
        [owner, until, id, now],
      );
      if (claimed.length === 0) return null;
      const row = await this.one(sql, 'w.id = $1', id);
      return row ? { ...toWatch(row), secret: row.secret } : null;
    });
  }

  release(id: number, owner: string, run: { at: string; error: string | null }): Promise<void> {
    return this.run('ending a run of a watch', async (sql) => {
      await sql.unsafe(
        `UPDATE watches SET last_run_at = $1, last_error = $2, lease_owner = NULL, lease_until = NULL
         WHERE id = $3 AND lease_owner = $4`,
        [run.at, run.error, id, owner],
      );
    });
  }

  matches(query: string, after: number, limit?: number): Promise<WatchMatches> {
    return this.run('finding new papers for a watch', async () => {
      const { through, matches } = await indexMatches(this.reader, query, after, matchLimit(limit));
      if (matches.length === 0) return { through, papers: [] };
      const sql = this.reads;
      const stores = matches.map((m) => m.store);
      const rows = await sql.unsafe<PaperRow[]>(
        `SELECT ${PAPER_COLUMNS} FROM documents d WHERE d.doc = ANY($1::bigint[])`,
        [stores],
      );
      const links = await sql.unsafe<LinkRow[]>(
        `SELECT dd.doc, coalesce(k.number, dd.number) AS number, k.suffix, k.title FROM document_dossiers dd
         LEFT JOIN dossiers k ON k.key = dd.dossier WHERE dd.doc = ANY($1::bigint[]) ORDER BY dd.doc, dd.position`,
        [stores],
      );
      const byStore = new Map(rows.map((r) => [Number(r.doc), r]));
      const linksOf = new Map<number, LinkRow[]>();
      for (const link of links) {
        const list = linksOf.get(Number(link.doc)) ?? [];
        list.push(link);
        linksOf.set(Number(link.doc), list);
      }
      const papers: FoundPaper[] = matches.flatMap((m) => {
        const row = byStore.get(m.store);
        return row ? [{ docid: m.docid, key: row.key, paper: toWatchPaper(row, linksOf.get(m.store) ?? []) }] : [];
      });
      return { through, papers };
    });
  }

  record(
    id: number,
    owner: string,
    found: { through: number; papers: FoundPaper[]; at: string; batch: number },
  ): Promise<WatchPaper[] | null> {
    return this.run('recording what a watch found', (sql) =>
      sql.begin(async (tx) => {
        const [watch] = await tx.unsafe<{ webhook: string | null }[]>(
          'UPDATE watches SET cursor = greatest(cursor, $1) WHERE id = $2 AND lease_owner = $3 RETURNING webhook',
          [found.through, id, owner],
        );
        if (watch === undefined) return null;
        if (found.papers.length === 0) return [];
        const rows = found.papers.map((p) => ({ key: p.key, docid: p.docid, paper: JSON.stringify(p.paper) }));
        const inserted = await tx.unsafe<{ key: string }[]>(
          `INSERT INTO watch_papers (watch, key, docid, found_at, paper)
           SELECT $1, x.key, x.docid, $2, x.paper FROM json_to_recordset($3::text::json) AS x(key text, docid integer, paper text)
           ON CONFLICT (watch, key) DO NOTHING RETURNING key`,
          [id, found.at, JSON.stringify(rows)],
        );
        const fresh = new Set(inserted.map((r) => r.key));
        const kept = found.papers.filter((p) => fresh.has(p.key));
        if (watch.webhook !== null && kept.length > 0) {
          const docids = new Map(kept.map((p) => [p.key, p.docid]));
          const groups = deliveryGroups(
            kept.map((p) => p.key),
            found.batch,
          );
          const deliveries = groups.map((g) => ({
            id: g.id,
            seq: docids.get(g.keys[0] as string),
            papers: g.keys.length,
          }));
          await tx.unsafe(
            `INSERT INTO watch_deliveries (id, watch, seq, papers, created_at, state, attempts, next_attempt_at)
             SELECT x.id, $1, x.seq, x.papers, $2, 'pending', 0, $2
             FROM json_to_recordset($3::text::json) AS x(id text, seq integer, papers integer)`,
            [id, found.at, JSON.stringify(deliveries)],
          );
          const assigned = groups.flatMap((g) => g.keys.map((key) => ({ key, delivery: g.id })));
          await tx.unsafe(
            `UPDATE watch_papers p SET delivery = x.delivery
             FROM json_to_recordset($2::text::json) AS x(key text, delivery text) WHERE p.watch = $1 AND p.key = x.key`,
            [id, JSON.stringify(assigned)],
          );
        }
        return kept.map((p) => p.paper);
      }),
    ) as Promise<WatchPaper[] | null>;
  }

  due(id: number, now: string): Promise<WatchDelivery[]> {
    return this.run("reading a watch's deliveries", async (sql) => {
      const deliveries = await sql.unsafe<Omit<WatchDelivery, 'papers'>[]>(
        `SELECT id, watch, created_at AS "createdAt", attempts FROM watch_deliveries
         WHERE watch = $1 AND state = 'pending' AND next_attempt_at <= $2 ORDER BY seq, id`,
        [id, now],
      );
      if (deliveries.length === 0) return [];
      const papers = await sql.unsafe<{ delivery: string; paper: string }[]>(
        'SELECT delivery, paper FROM watch_papers WHERE watch = $1 AND delivery = ANY($2::text[]) ORDER BY docid',
        [id, deliveries.map((d) => d.id)],
      );
      return deliveries.map((d) => ({
        ...d,
        papers: papers.filter((p) => p.delivery === d.id).map((p) => JSON.parse(p.paper) as WatchPaper),
      }));
    });
  }

  settle(delivery: string, outcome: DeliveryOutcome): Promise<void> {
    return this.run('recording a delivery', async (sql) => {
      if (outcome.ok) {
        await sql.unsafe(
          `UPDATE watch_deliveries SET state = 'delivered', attempts = attempts + 1, last_attempt_at = $1,
           delivered_at = $1, last_error = NULL WHERE id = $2 AND state = 'pending'`,
          [outcome.at, delivery],
        );
      } else {
        await sql.unsafe(
          `UPDATE watch_deliveries SET attempts = attempts + 1, last_attempt_at = $1, last_error = $2,
           next_attempt_at = coalesce($3, next_attempt_at), state = CASE WHEN $3::text IS NULL THEN 'failed' ELSE 'pending' END
           WHERE id = $4 AND state = 'pending'`,
          [outcome.at, outcome.error, outcome.retryAt, delivery],
        );
      }
    });
  }

  feed(id: number, limit?: number): Promise<{ key: string; foundAt: string; paper: WatchPaper }[]> {
    return this.run("reading a watch's feed", async (sql) => {
      const rows = await sql.unsafe<{ key: string; foundAt: string; paper: string }[]>(
        'SELECT key, found_at AS "foundAt", paper FROM watch_papers WHERE watch = $1 ORDER BY docid DESC LIMIT $2',
        [id, feedLimit(limit)],
      );
      return rows.map((r) => ({ key: r.key, foundAt: r.foundAt, paper: JSON.parse(r.paper) as WatchPaper }));
    });
  }
}
