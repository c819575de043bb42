/**
 * Written questions on PostgreSQL (`QuestionStore`, see `question-types.ts`), as on
 * SQLite: the tables of migration 9, caught up with the papers stored since the cursor
 * before each answer, 500 papers a transaction. A catch-up locks the state row, so of
 * two processes catching up at once the second waits and then finds nothing left to do;
 * puts commit in docid order (they take turns under the index's lock), so nothing is
 * passed over. The derived tables are written and read on the primary (`sql`), as the
 * watches' state is: an answer reads what its catch-up has just written.
 *
 * @module
 */
import type { Sql, TransactionSql } from 'postgres';
import type { Document } from '../../model/index.ts';
import {
  GroupCache,
  newsDate,
  newsLimit,
  type QuestionArgs,
  type QuestionGroup,
  type QuestionItemRow,
  type QuestionLinkRow,
  type QuestionParam,
  questionArgs,
  questionConditions,
  questionCounts,
  questionPage,
  questionStatusSql,
  summaryDocs,
  toQuestionRecords,
  whereOf,
} from '../question-items.ts';
import {
  QUESTION_TYPES_SQL,
  type QuestionPaperRow,
  type QuestionRow,
  questionPaperRows,
  questionRowOf,
  ZAAK_NUMBER,
} from '../question-rows.ts';
import type { QuestionFilter, QuestionNews, QuestionPage, QuestionRecord, QuestionStore } from '../question-types.ts';
import type { PageRequest } from '../types.ts';
import { toStoreError } from './errors.ts';
import { summariesOf } from './records.ts';

/** Papers caught up with per transaction. */
const CATCH_UP_BATCH = 500;

const PAPER_COLUMNS = 'doc, zaak, role, date, official, ministry, sender, askers, withdrawn';
const ROW_COLUMNS =
  'q.zaak, q.doc, q.question_doc, q.ministry, q.asked, q.answered, q.answer_doc, q.days, q.noticed, q.askers';
const ORDER = 'ORDER BY q.asked DESC NULLS LAST, q.zaak DESC';

const STATE = `SELECT s.cursor::float8 AS cursor, s.withdrawn::float8 AS withdrawn,
  (SELECT coalesce(max(docid), 0) FROM documents)::float8 AS newest,
  (SELECT count(*) FROM documents WHERE withdrawn)::float8 AS gone FROM question_state s WHERE s.id = 1`;

/** Where catching up stands: the cursor and the withdrawn papers then, the newest docid and withdrawn papers now. */
interface CatchUpState {
  cursor: number;
  withdrawn: number;
  newest: number;
  gone: number;
}

/** Whether papers were stored or withdrawn since the last catch-up. */
const behind = (s: CatchUpState): boolean => s.newest > s.cursor || s.gone !== s.withdrawn;

/** Positional parameters for a query built per filter: each argument once, `$n::text`. */
function positional(args: Record<string, unknown>) {
  const values: unknown[] = [];
  const at = new Map<string, string>();
  const param = (name: QuestionParam | string): string => {
    let placeholder = at.get(name);
    if (placeholder === undefined) {
      values.push(args[name]);
      placeholder = `$${values.length}::text`;
      at.set(name, placeholder);
    }
    return placeholder;
  };
  return { param, values: values as never[] };
}

/** The written questions of one PostgreSQL archive. */
export class PostgresQuestions implements QuestionStore {
  /** The catch-up under way in this process, which concurrent answers wait for. */
  private catching: Promise<string> | null = null;
  private readonly counted = new GroupCache<Promise<QuestionGroup[]>>();

  constructor(private readonly sql: Sql) {}

  /** Catch up, then run `fn` (given the tables' version), turning engine errors into `StoreError`s. */
  private async run<T>(what: string, fn: (sql: Sql, version: string) => Promise<T>): Promise<T> {
    try {
      this.catching ??= this.catchUp().finally(() => {
        this.catching = null;
      });
      return await fn(this.sql, await this.catching);
    } catch (error) {
      throw toStoreError(error, what);
    }
  }

  /** Bring the tables up to the newest paper; their version then. */
  private async catchUp(): Promise<string> {
    const [seen] = await this.sql.unsafe<CatchUpState[]>(STATE);
    if (seen && behind(seen)) while (await this.catchUpBatch()) {}
    const [state] = await this.sql.unsafe<{ version: string }[]>(
      "SELECT cursor || ':' || withdrawn AS version FROM question_state WHERE id = 1",
    );
    return state?.version ?? '';
  }

  /** One transaction of catching up; true while there is more to do. */
  private async catchUpBatch(): Promise<boolean> {
    return (await this.sql.begin(async (tx) => {
      await tx.unsafe('SELECT 1 FROM question_state WHERE id = 1 FOR UPDATE');
      const [state] = await tx.unsafe<CatchUpState[]>(STATE);
      if (!state || !behind(state)) return false;
      const { cursor, newest } = state;
      const rows = await tx.unsafe<{ doc: string; docid: number; withdrawn: boolean; json: string }[]>(
        `SELECT d.doc, d.docid, d.withdrawn, d.json FROM documents d
         WHERE d.docid > $1 AND d.docid <= $2
           AND (d.type IN (${QUESTION_TYPES_SQL}) OR EXISTS (SELECT 1 FROM question_papers p WHERE p.doc = d.doc))
         ORDER BY d.docid LIMIT ${CATCH_UP_BATCH}`,
        [cursor, newest],
      );
      const touched = new Set<string>();
      if (rows.length > 0) {
        const docs = rows.map((r) => r.doc);
        const old = await tx.unsafe<{ zaak: string }[]>(
          'DELETE FROM question_papers WHERE doc = ANY($1::bigint[]) RETURNING zaak',
          [docs] as never[],
        );
        for (const { zaak } of old) touched.add(zaak);
        const papers = rows.flatMap((r) => questionPaperRows(JSON.parse(r.json) as Document, r.doc, r.withdrawn));
        for (const paper of papers) touched.add(paper.zaak);
        if (papers.length > 0)
          await tx.unsafe(
            `INSERT INTO question_papers (${PAPER_COLUMNS})
             SELECT * FROM json_to_recordset($1::text::json) AS r (doc bigint, zaak text, role text, date text,
               official integer, ministry text, sender text, askers text, withdrawn integer)`,
            [JSON.stringify(papers.map((p) => ({ ...p, withdrawn: Number(p.withdrawn) })))],
          );
      }
      const through = rows.length === CATCH_UP_BATCH ? rows.at(-1)!.docid : newest;
      // Withdrawing a paper does not give it a new docid: look for the ones withdrawn since.
      if (through === newest) {
        const withdrawn = await tx.unsafe<{ zaak: string }[]>(
          `UPDATE question_papers p SET withdrawn = 1 FROM documents d
           WHERE d.doc = p.doc AND d.withdrawn AND p.withdrawn = 0 RETURNING p.zaak`,
        );
        for (const { zaak } of withdrawn) touched.add(zaak);
      }
      if (touched.size > 0) await rewrite(tx, [...touched]);
      await tx.unsafe('UPDATE question_state SET cursor = $1, withdrawn = $2 WHERE id = 1', [
        through,
        through === newest ? state.gone : state.withdrawn,
      ]);
      return through < newest;
    })) as boolean;
  }

  /** The records of rows read, with their answers, notices and papers' summaries. */
  private async records(sql: Sql, rows: readonly QuestionItemRow[], today: string): Promise<QuestionRecord[]> {
    if (rows.length === 0) return [];
    const links = await sql.unsafe<QuestionLinkRow[]>(
      `SELECT zaak, doc, role FROM question_papers WHERE zaak = ANY($1::text[])
       AND role <> 'question' AND withdrawn = 0 ORDER BY zaak, date NULLS LAST, doc`,
      [rows.map((r) => r.zaak)] as never[],
    );
    return toQuestionRecords(rows, links, await summariesOf(sql, summaryDocs(rows, links)), today);
  }

  /** The rows `where` selects, newest asked first. */
  private async rows(
    sql: Sql,
    args: QuestionArgs & Record<string, unknown>,
    where: (param: (name: string) => string) => string[],
    page: { limit: number; offset: number },
  ): Promise<QuestionItemRow[]> {
    const { param, values } = positional(args);
    const conditions = where(param);
    const status = questionStatusSql(param('cutoff')).status;
    return sql.unsafe<QuestionItemRow[]>(
      `SELECT ${ROW_COLUMNS}, ${status} AS status FROM questions q ${whereOf(conditions)} ${ORDER}
       LIMIT ${page.limit} OFFSET ${page.offset}`,
      values,
    );
  }

  list(filter?: QuestionFilter, page?: PageRequest): Promise<QuestionPage> {
    return this.run('listing written questions', async (sql, version) => {
      const args = questionArgs(filter);
      const groupsOf = positional(args);
      const matching = questionConditions(args, groupsOf.param, { ministry: false, status: false });
      const status = questionStatusSql(groupsOf.param('cutoff')).status;
      const query = `SELECT q.ministry, ${status} AS status, q.days, count(*)::integer AS n FROM questions q
        ${whereOf(matching)} GROUP BY 1, 2, 3`;
      const key = JSON.stringify([query, groupsOf.values]);
      const groups = await this.counted.get(version, key, async () => [
        ...(await sql.unsafe<QuestionGroup[]>(query, groupsOf.values)),
      ]);
      const counts = questionCounts(groups, args);
      if (counts.total === 0) return { ...counts, items: [] };
      const rows = await this.rows(
        sql,
        args,
        (param) => questionConditions(args, param, { ministry: true, status: true }),
        questionPage(page),
      );
      return { ...counts, items: await this.records(sql, rows, args.today) };
    });
  }

  get(zaak: string, today?: string): Promise<QuestionRecord | null> {
    return this.run('reading written questions', async (sql) => {
      if (!ZAAK_NUMBER.test(zaak)) return null;
      const args = questionArgs(today === undefined ? {} : { today });
      const rows = await this.rows(sql, { ...args, zaak }, (param) => [`q.zaak = ${param('zaak')}`], {
        limit: 1,
        offset: 0,
      });
      return (await this.records(sql, rows, args.today))[0] ?? null;
    });
  }

  answered(filter?: Pick<QuestionFilter, 'ministry'>, limit?: number): Promise<QuestionNews[]> {
    return this.run('listing answered questions', async (sql) => {
      const args = questionArgs(filter);
      const byMinistry = args.ministry !== null;
      const rows = await sql.unsafe<QuestionItemRow[]>(
        `SELECT ${ROW_COLUMNS}, 'answered' AS status FROM questions q
         WHERE q.answered IS NOT NULL ${byMinistry ? 'AND q.ministry = $1::text' : ''}
         ORDER BY q.answered DESC, q.zaak DESC LIMIT ${newsLimit(limit)}`,
        (byMinistry ? [args.ministry] : []) as never[],
      );
      return (await this.records(sql, rows, args.today)).map((record) => ({
        date: newsDate(record, 'answered')!,
        record,
      }));
    });
  }

  overdue(filter?: Pick<QuestionFilter, 'ministry' | 'today'>, limit?: number): Promise<QuestionNews[]> {
    return this.run('listing overdue questions', async (sql) => {
      const args = questionArgs({ ...filter, status: 'overdue' });
      const rows = await this.rows(
        sql,
        args,
        (param) => questionConditions(args, param, { ministry: true, status: true }),
        { limit: newsLimit(limit), offset: 0 },
      );
      return (await this.records(sql, rows, args.today)).map((record) => ({
        date: newsDate(record, 'overdue')!,
        record,
      }));
    });
  }

  askers(): Promise<{ parties: string[]; members: string[] }> {
    return this.run('listing who asks written questions', async (sql) => {
      const distinct = (column: 'party' | 'name') =>
        sql.unsafe<{ v: string }[]>(
          `WITH RECURSIVE s(v) AS (SELECT min(${column}) FROM question_askers WHERE ${column} IS NOT NULL
             UNION ALL SELECT (SELECT min(a.${column}) FROM question_askers a WHERE a.${column} > s.v) FROM s
             WHERE s.v IS NOT NULL)
           SELECT v FROM s WHERE v IS NOT NULL`,
        );
      const [parties, members] = await Promise.all([distinct('party'), distinct('name')]);
      return { parties: parties.map((r) => r.v), members: members.map((r) => r.v) };
    });
  }
}

/** Write the rows of these Zaken anew from their papers (dropping those none counts for). */
async function rewrite(tx: TransactionSql, zaken: string[]): Promise<void> {
  const papers = await tx.unsafe<QuestionPaperRow[]>(
    `SELECT ${PAPER_COLUMNS} FROM question_papers WHERE zaak = ANY($1::text[])`,
    [zaken] as never[],
  );
  const byZaak = new Map<string, QuestionPaperRow[]>();
  for (const paper of papers) byZaak.set(paper.zaak, [...(byZaak.get(paper.zaak) ?? []), paper]);
  await tx.unsafe('DELETE FROM questions WHERE zaak = ANY($1::text[])', [zaken] as never[]);
  await tx.unsafe('DELETE FROM question_askers WHERE zaak = ANY($1::text[])', [zaken] as never[]);
  const rows = zaken.map((z) => questionRowOf(z, byZaak.get(z) ?? [])).filter((r): r is QuestionRow => r !== null);
  if (rows.length === 0) return;
  await tx.unsafe(
    `INSERT INTO questions (zaak, doc, question_doc, ministry, asked, answered, answer_doc, days, noticed, askers)
     SELECT * FROM json_to_recordset($1::text::json) AS r (zaak text, doc bigint, question_doc bigint, ministry text,
       asked text, answered text, answer_doc bigint, days integer, noticed text, askers text)`,
    [JSON.stringify(rows)],
  );
  const askers = rows.flatMap((r) =>
    (JSON.parse(r.askers) as { name: string; party: string | null }[]).map((a, position) => ({
      zaak: r.zaak,
      position,
      name: a.name,
      party: a.party,
    })),
  );
  if (askers.length === 0) return;
  await tx.unsafe(
    `INSERT INTO question_askers (zaak, position, name, party)
     SELECT * FROM json_to_recordset($1::text::json) AS r (zaak text, position integer, name text, party text)`,
    [JSON.stringify(askers)],
  );
}
