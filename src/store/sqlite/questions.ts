/**
 * Written questions on SQLite (`QuestionStore`, see `question-types.ts`): the tables of
 * migration 12, derived from the stored papers. Before each answer the store catches up
 * with the papers stored (or changed) since it last looked, by docid, in transactions
 * of 500 papers: it rewrites their rows in `question_papers` and the row of each Zaak
 * they touch (`question-rows.ts`), and marks the papers withdrawn since. Only what is
 * new is read, so an answer costs a few indexed lookups besides its list. Lists are
 * built per filter (`question-items.ts`) and read by index.
 *
 * @module
 */
import type Database from 'better-sqlite3';
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
  questionPaperRows,
  questionRowOf,
  ZAAK_NUMBER,
} from '../question-rows.ts';
import type { QuestionFilter, QuestionNews, QuestionPage, QuestionRecord, QuestionStore } from '../question-types.ts';
import type { PageRequest } from '../types.ts';
import { toStoreError } from './errors.ts';
import { summaryReader } from './records.ts';

/** Papers caught up with per transaction. */
const CATCH_UP_BATCH = 500;

const PAPER_COLUMNS = 'doc, zaak, role, date, official, ministry, sender, askers, withdrawn';
const ROW_COLUMNS =
  'q.zaak, q.doc, q.question_doc, q.ministry, q.asked, q.answered, q.answer_doc, q.days, q.noticed, q.askers';
const ORDER = 'ORDER BY q.asked DESC, q.zaak DESC';

function statements(db: Database.Database) {
  return {
    state: db.prepare(
      `SELECT s.cursor, s.withdrawn, (SELECT coalesce(max(docid), 0) FROM documents) AS newest,
         (SELECT count(*) FROM documents WHERE withdrawn = 1) AS gone FROM question_state s WHERE s.id = 1`,
    ),
    // Papers stored after the cursor that are (or were) papers of written questions.
    candidates: db.prepare(
      `SELECT d.doc, d.docid, d.withdrawn, j.json FROM documents d JOIN document_json j ON j.doc = d.doc
       WHERE d.docid > ? AND d.docid <= ?
         AND (d.type IN (${QUESTION_TYPES_SQL}) OR EXISTS (SELECT 1 FROM question_papers p WHERE p.doc = d.doc))
       ORDER BY d.docid LIMIT ${CATCH_UP_BATCH}`,
    ),
    zakenOf: db.prepare('SELECT zaak FROM question_papers WHERE doc = ?'),
    clearPaper: db.prepare('DELETE FROM question_papers WHERE doc = ?'),
    addPaper: db.prepare(`INSERT INTO question_papers (${PAPER_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    newlyWithdrawn: db.prepare(
      // CROSS JOIN: from the (few) withdrawn papers, never from every paper of written questions.
      `SELECT p.doc, p.zaak FROM documents d CROSS JOIN question_papers p ON p.doc = d.doc
       WHERE d.withdrawn = 1 AND p.withdrawn = 0`,
    ),
    markWithdrawn: db.prepare('UPDATE question_papers SET withdrawn = 1 WHERE doc = ?'),
    papersOf: db.prepare(`SELECT ${PAPER_COLUMNS} FROM question_papers WHERE zaak = ?`),
    clearQuestion: db.prepare('DELETE FROM questions WHERE zaak = ?'),
    clearAskers: db.prepare('DELETE FROM question_askers WHERE zaak = ?'),
    addQuestion: db.prepare(
      `INSERT INTO questions (zaak, doc, question_doc, ministry, asked, answered, answer_doc, days, noticed, askers)
       VALUES (@zaak, @doc, @question_doc, @ministry, @asked, @answered, @answer_doc, @days, @noticed, @askers)`,
    ),
    addAsker: db.prepare('INSERT INTO question_askers (zaak, position, name, party) VALUES (?, ?, ?, ?)'),
    saveState: db.prepare('UPDATE question_state SET cursor = ?, withdrawn = ? WHERE id = 1'),
    version: db.prepare("SELECT cursor || ':' || withdrawn AS version FROM question_state WHERE id = 1"),
    links: db.prepare(
      `SELECT zaak, doc, role FROM question_papers WHERE zaak IN (SELECT value FROM json_each(?))
       AND role <> 'question' AND withdrawn = 0 ORDER BY zaak, date IS NULL, date, doc`,
    ),
    parties: db.prepare(
      `WITH RECURSIVE p(v) AS (SELECT min(party) FROM question_askers WHERE party IS NOT NULL
         UNION ALL SELECT (SELECT min(a.party) FROM question_askers a WHERE a.party > p.v) FROM p WHERE p.v IS NOT NULL)
       SELECT v FROM p WHERE v IS NOT NULL`,
    ),
    members: db.prepare(
      `WITH RECURSIVE m(v) AS (SELECT min(name) FROM question_askers
         UNION ALL SELECT (SELECT min(a.name) FROM question_askers a WHERE a.name > m.v) FROM m WHERE m.v IS NOT NULL)
       SELECT v FROM m WHERE v IS NOT NULL`,
    ),
  };
}

/** Where catching up stands: the cursor and the withdrawn papers then, the newest docid and withdrawn papers now. */
interface CatchUpState {
  cursor: number;
  withdrawn: number;
  newest: number;
  gone: number;
}

/** Whether papers were stored or withdrawn since the last catch-up. */
const behind = (s: CatchUpState): boolean => s.newest > s.cursor || s.gone !== s.withdrawn;

/** The named parameter of an argument. */
const named = (name: QuestionParam): string => `@${name}`;

/** The written questions of one SQLite archive. */
export class SqliteQuestions implements QuestionStore {
  private prepared: ReturnType<typeof statements> | null = null;
  /** Statements built per filter, by their SQL. */
  private readonly built = new Map<string, Database.Statement>();
  private readonly summaries;
  private readonly counted = new GroupCache<QuestionGroup[]>();

  constructor(private readonly db: Database.Database) {
    this.summaries = summaryReader(db);
  }

  private get stmt(): ReturnType<typeof statements> {
    this.prepared ??= statements(this.db);
    return this.prepared;
  }

  private prepare(sql: string): Database.Statement {
    let statement = this.built.get(sql);
    if (statement === undefined) {
      statement = this.db.prepare(sql);
      this.built.set(sql, statement);
    }
    return statement;
  }

  /** Catch up, then run `fn` (given the tables' version), turning engine errors into `StoreError`s. */
  private async run<T>(what: string, fn: (version: string) => T): Promise<T> {
    try {
      this.catchUp();
      return fn((this.stmt.version.get() as { version: string }).version);
    } catch (error) {
      throw toStoreError(error, what);
    }
  }

  /**
   * Bring the tables up to the newest paper. While another process writes for longer
   * than the busy timeout, the answer is made of what was caught up before.
   */
  private catchUp(): void {
    try {
      while (this.catchUpBatch()) {}
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      if (!(typeof code === 'string' && code.startsWith('SQLITE_BUSY'))) throw error;
    }
  }

  /** One transaction of catching up; true while there is more to do. */
  private catchUpBatch(): boolean {
    if (!behind(this.stmt.state.get() as CatchUpState)) return false;
    return this.db
      .transaction(() => {
        const state = this.stmt.state.get() as CatchUpState;
        if (!behind(state)) return false;
        const { cursor, newest } = state;
        const rows = this.stmt.candidates.all(cursor, newest) as {
          doc: number;
          docid: number;
          withdrawn: number;
          json: string;
        }[];
        const touched = new Set<string>();
        for (const row of rows) {
          for (const { zaak } of this.stmt.zakenOf.all(row.doc) as { zaak: string }[]) touched.add(zaak);
          this.stmt.clearPaper.run(row.doc);
          for (const paper of questionPaperRows(JSON.parse(row.json) as Document, row.doc, row.withdrawn === 1)) {
            const { doc, zaak, role, date, official, ministry, sender, askers, withdrawn } = paper;
            this.stmt.addPaper.run(doc, zaak, role, date, official, ministry, sender, askers, withdrawn);
            touched.add(zaak);
          }
        }
        const through = rows.length === CATCH_UP_BATCH ? rows.at(-1)!.docid : newest;
        // Withdrawing a paper does not give it a new docid: look for the ones withdrawn since.
        if (through === newest) {
          for (const { doc, zaak } of this.stmt.newlyWithdrawn.all() as { doc: number; zaak: string }[]) {
            this.stmt.markWithdrawn.run(doc);
            touched.add(zaak);
          }
        }
        for (const zaak of touched) this.rewrite(zaak);
        this.stmt.saveState.run(through, through === newest ? state.gone : state.withdrawn);
        return through < newest;
      })
      .immediate();
  }

  /** Write the row of a Zaak anew from its papers (or drop it when none counts). */
  private rewrite(zaak: string): void {
    this.stmt.clearQuestion.run(zaak);
    this.stmt.clearAskers.run(zaak);
    const row = questionRowOf(zaak, this.stmt.papersOf.all(zaak) as QuestionPaperRow[]);
    if (row === null) return;
    this.stmt.addQuestion.run(row);
    JSON.parse(row.askers).forEach((asker: { name: string; party: string | null }, position: number) => {
      this.stmt.addAsker.run(zaak, position, asker.name, asker.party);
    });
  }

  /** The records of rows read, with their answers, notices and papers' summaries. */
  private records(rows: QuestionItemRow[], today: string): QuestionRecord[] {
    if (rows.length === 0) return [];
    const links = this.stmt.links.all(JSON.stringify(rows.map((r) => r.zaak))) as QuestionLinkRow[];
    return toQuestionRecords(rows, links, this.summaries(summaryDocs(rows, links)), today);
  }

  /** The rows of a list: `where` on the questions, newest asked first. */
  private rows(args: QuestionArgs, where: string[], page: { limit: number; offset: number }): QuestionItemRow[] {
    const status = questionStatusSql('@cutoff').status;
    const sql = `SELECT ${ROW_COLUMNS}, ${status} AS status FROM questions q ${whereOf(where)} ${ORDER} LIMIT @limit OFFSET @offset`;
    return this.prepare(sql).all({ ...args, ...page }) as QuestionItemRow[];
  }

  list(filter?: QuestionFilter, page?: PageRequest): Promise<QuestionPage> {
    return this.run('listing written questions', (version) => {
      const args = questionArgs(filter);
      const status = questionStatusSql('@cutoff').status;
      const matching = questionConditions(args, named, { ministry: false, status: false });
      const sql = `SELECT q.ministry, ${status} AS status, q.days, count(*) AS n FROM questions q ${whereOf(matching)}
         GROUP BY q.ministry, status, q.days`;
      const key = JSON.stringify([sql, args.cutoff, args.member, args.party, args.from, args.to]);
      const groups = this.counted.get(version, key, () => this.prepare(sql).all(args) as QuestionGroup[]);
      const counts = questionCounts(groups, args);
      if (counts.total === 0) return { ...counts, items: [] };
      const where = questionConditions(args, named, { ministry: true, status: true });
      return { ...counts, items: this.records(this.rows(args, where, questionPage(page)), args.today) };
    });
  }

  get(zaak: string, today?: string): Promise<QuestionRecord | null> {
    return this.run('reading written questions', () => {
      if (!ZAAK_NUMBER.test(zaak)) return null;
      const args = questionArgs(today === undefined ? {} : { today });
      const rows = this.rows({ ...args, zaak } as QuestionArgs, ['q.zaak = @zaak'], { limit: 1, offset: 0 });
      return this.records(rows, args.today)[0] ?? null;
    });
  }

  answered(filter?: Pick<QuestionFilter, 'ministry'>, limit?: number): Promise<QuestionNews[]> {
    return this.run('listing answered questions', () => {
      const args = questionArgs(filter);
      const where = ['q.answered IS NOT NULL', ...(args.ministry === null ? [] : ['q.ministry = @ministry'])];
      const sql = `SELECT ${ROW_COLUMNS}, 'answered' AS status FROM questions q ${whereOf(where)}
        ORDER BY q.answered DESC, q.zaak DESC LIMIT @limit`;
      const rows = this.prepare(sql).all({ ...args, limit: newsLimit(limit) }) as QuestionItemRow[];
      return this.records(rows, args.today).map((record) => ({ date: newsDate(record, 'answered')!, record }));
    });
  }

  overdue(filter?: Pick<QuestionFilter, 'ministry' | 'today'>, limit?: number): Promise<QuestionNews[]> {
    return this.run('listing overdue questions', () => {
      const args = questionArgs({ ...filter, status: 'overdue' });
      const where = questionConditions(args, named, { ministry: true, status: true });
      const rows = this.rows(args, where, { limit: newsLimit(limit), offset: 0 });
      return this.records(rows, args.today).map((record) => ({ date: newsDate(record, 'overdue')!, record }));
    });
  }

  askers(): Promise<{ parties: string[]; members: string[] }> {
    return this.run('listing who asks written questions', () => ({
      parties: (this.stmt.parties.all() as { v: string }[]).map((r) => r.v),
      members: (this.stmt.members.all() as { v: string }[]).map((r) => r.v),
    }));
  }
}
