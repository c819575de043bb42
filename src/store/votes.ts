/**
 * The Tweede Kamer's decisions and votes (`VoteStore`), one implementation for both
 * engines over a `SqlRunner`: the tables of `schema-tk.ts`.
 *
 * Records arrive in any order, category by category (a Stemming before its Besluit, a
 * Besluit before its Zaak or paper), so nothing is assumed present. A write stores the
 * records and their relations, then recomputes, in the same transaction, the decision of
 * every Besluit it touches (`decisionOf` over the Besluit and all its stored Stemmingen)
 * and the outcome of every Zaak those decide. A paper meets its Zaken at read time (the
 * paths of `PAPER_ZAAK_PATHS`), so a paper stored after its votes has them at once.
 *
 * @module
 */
import { decisionOf, type TkBesluitFacts, type TkStemmingFacts, type TkVoteSide } from '../model/index.ts';
import { inList, type SqlRunner } from './sql-runner.ts';
import type { Page, PageRequest } from './types.ts';
import {
  activityDay,
  agreementOf,
  byDecisionOrder,
  finalOf,
  isOlder,
  LINKS_FROM,
  linksOf,
  partyRows,
  VOTED_OUTCOMES,
  volgordeOf,
  zaakSummaryOf,
} from './vote-rows.ts';
import {
  type DecidedPaper,
  type PaperVotes,
  type PartySummary,
  type PartyVoteRow,
  type StoredDecision,
  TK_RECORD_KINDS,
  type TkPutOutcome,
  type TkRecordInput,
  type TkRecordKind,
  type VoteAgreement,
  type VotePeriod,
  type VoteStore,
} from './vote-types.ts';

/**
 * How a paper meets a Zaak, each path a union branch (`z`: the Zaken, `p`: the paper's
 * Zaken, `d`: the paper): the paper names the Zaak's GUID or number (`paper_zaken`), the
 * Zaak's record names the paper (`zaak-paper`), or the paper is a Tweede Kamer Document's
 * publication (its DocumentVersie's ExterneIdentifier: `versie-paper`) and that Document
 * names the Zaak.
 */
const PAPER_ZAAK_PATHS = 4;

/** The papers (`doc`, the Zaak's GUID `zaak`) of the Zaken a subquery gives (`zaken`: one column `zaak`; its parameters repeat `PAPER_ZAAK_PATHS` times). */
function papersOfZaken(zaken: string): string {
  return `SELECT p.doc AS doc, z.zaak AS zaak FROM (${zaken}) z JOIN paper_zaken p ON p.zaak = z.zaak
    UNION SELECT p.doc, z.zaak FROM (${zaken}) z JOIN tk_links n ON n.kind = 'zaak-nummer' AND n.from_id = z.zaak
      JOIN paper_zaken p ON p.zaak = n.to_id
    UNION SELECT d.doc, z.zaak FROM (${zaken}) z JOIN tk_links l ON l.kind = 'zaak-paper' AND l.from_id = z.zaak
      JOIN documents d ON d.id = l.to_id
    UNION SELECT d.doc, z.zaak FROM (${zaken}) z JOIN paper_zaken p ON p.zaak = z.zaak
      JOIN documents t ON t.doc = p.doc
      JOIN tk_links vd ON vd.kind = 'versie-document' AND vd.to_id = t.tk_id
      JOIN tk_links vp ON vp.kind = 'versie-paper' AND vp.from_id = vd.from_id
      JOIN documents d ON d.id = vp.to_id`;
}

/** The Zaken (`doc`, the Zaak's GUID or number `zaak`) of the papers a subquery gives (`docs`: one column; its parameters repeat `PAPER_ZAAK_PATHS` times). */
function zakenOfPapers(docs: string): string {
  return `SELECT p.doc AS doc, p.zaak AS zaak FROM paper_zaken p WHERE p.doc IN (${docs})
    UNION SELECT p.doc, n.from_id FROM paper_zaken p JOIN tk_links n ON n.kind = 'zaak-nummer' AND n.to_id = p.zaak
      WHERE p.doc IN (${docs})
    UNION SELECT d.doc, l.from_id FROM documents d JOIN tk_links l ON l.kind = 'zaak-paper' AND l.to_id = d.id
      WHERE d.doc IN (${docs})
    UNION SELECT d.doc, p.zaak FROM documents d
      JOIN tk_links vp ON vp.kind = 'versie-paper' AND vp.to_id = d.id
      JOIN tk_links vd ON vd.kind = 'versie-document' AND vd.from_id = vp.from_id
      JOIN documents t ON t.tk_id = vd.to_id
      JOIN paper_zaken p ON p.doc = t.doc
      WHERE d.doc IN (${docs})`;
}

/** A parameter once per path of `papersOfZaken` / `zakenOfPapers`. */
const perPath = <T>(value: T): T[] => Array.from({ length: PAPER_ZAAK_PATHS }, () => value);

/**
 * The docids of the papers an `outcome:` or `party-voted-for:` filter matches: those whose
 * Zaak's last decision had that outcome, or a vote for of that party (lower case).
 */
export function voteFilterSql(filter: { field: 'outcome' | 'votedFor'; value: string }): {
  sql: string;
  params: string[];
} {
  const zaken =
    filter.field === 'outcome'
      ? 'SELECT zaak FROM tk_zaak_outcomes WHERE outcome = ?'
      : `SELECT o.zaak FROM tk_zaak_outcomes o JOIN tk_votes v ON v.besluit = o.besluit
         WHERE v.party_key = ? AND v.side = 'voor'`;
  return {
    sql: `SELECT DISTINCT d.docid FROM (${papersOfZaken(zaken)}) pz JOIN documents d ON d.doc = pz.doc
      WHERE d.docid IS NOT NULL`,
    params: perPath(filter.value),
  };
}

/** The columns of a decided paper: documents `d`, outcomes `o`, the Zaak's record `zr`. */
const DECIDED_COLUMNS = `coalesce(d.id, d.key) AS id, d.title, d.type, d.date, o.zaak, zr.json AS zaak_json,
  o.besluit, o.outcome, o.date AS decided_on`;

interface DecidedRow {
  id: string;
  title: string;
  type: string;
  date: string | null;
  zaak: string;
  zaak_json: string | null;
  besluit: string;
  outcome: string;
  decided_on: string | null;
}

function decidedOf(row: DecidedRow): DecidedPaper {
  return {
    id: row.id,
    title: row.title,
    type: row.type,
    date: row.date,
    zaak: row.zaak_json === null ? zaakSummaryOf(row.zaak, '{}') : zaakSummaryOf(row.zaak, row.zaak_json),
    besluit: row.besluit,
    outcome: row.outcome as DecidedPaper['outcome'],
    decidedOn: row.decided_on,
  };
}

function pageOf(page: PageRequest | undefined): { limit: number; offset: number } {
  const limit = Math.min(Math.max(Math.trunc(page?.limit ?? 20), 1), 100);
  const offset = Math.min(Math.max(Math.trunc(page?.offset ?? 0), 0), 10_000);
  return { limit, offset };
}

/** `AND` conditions on a date column for a period, with their parameters. */
function periodWhere(column: string, period: VotePeriod | undefined): { sql: string; params: string[] } {
  const parts: string[] = [];
  const params: string[] = [];
  if (period?.from) {
    parts.push(`${column} >= ?`);
    params.push(period.from);
  }
  if (period?.to) {
    parts.push(`${column} <= ?`);
    params.push(period.to);
  }
  return { sql: parts.map((p) => ` AND ${p}`).join(''), params };
}

/** The decisions and votes of one archive: writes through `sql`, reads through `reads`. */
export class Votes implements VoteStore {
  constructor(
    private readonly sql: SqlRunner,
    private readonly reads: SqlRunner = sql,
  ) {}

  putRecords(records: TkRecordInput[]): Promise<TkPutOutcome[]> {
    if (records.length === 0) return Promise.resolve([]);
    return this.sql.transaction(async (tx) => {
      const outcomes: TkPutOutcome[] = [];
      const besluiten = new Set<string>();
      const zaken = new Set<string>();
      for (const input of records) outcomes.push(await this.putOne(tx, input, besluiten, zaken));
      for (const besluit of [...besluiten].sort()) await this.decide(tx, besluit, zaken);
      for (const zaak of [...zaken].sort()) await this.settle(tx, zaak);
      if (outcomes.some((o) => o !== 'unchanged')) await tx.run('UPDATE tk_state SET changes = changes + 1');
      return outcomes;
    });
  }

  private async putOne(
    tx: SqlRunner,
    input: TkRecordInput,
    besluiten: Set<string>,
    zaken: Set<string>,
  ): Promise<TkPutOutcome> {
    const json = JSON.stringify(input.papers ? { ...input.record, papers: input.papers } : input.record);
    const [stored] = await tx.all<{ bijgewerkt: string | null; json: string }>(
      'SELECT bijgewerkt, json FROM tk_records WHERE kind = ? AND id = ?',
      [input.kind, input.id],
    );
    if (stored && (stored.json === json || isOlder(input.bijgewerkt, stored.bijgewerkt))) return 'unchanged';
    const kinds = LINKS_FROM[input.kind];
    const before =
      kinds.length === 0
        ? []
        : await tx.all<{ kind: string; to_id: string }>(
            `SELECT kind, to_id FROM tk_links WHERE from_id = ? AND kind IN ${inList(tx, kinds).sql}`,
            [input.id, inList(tx, kinds).param],
          );
    await tx.run(
      `INSERT INTO tk_records (kind, id, bijgewerkt, verwijderd, json) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (kind, id) DO UPDATE SET bijgewerkt = excluded.bijgewerkt, verwijderd = excluded.verwijderd, json = excluded.json`,
      [input.kind, input.id, input.bijgewerkt, input.verwijderd ? 1 : 0, json],
    );
    if (before.length > 0) {
      await tx.run(`DELETE FROM tk_links WHERE from_id = ? AND kind IN ${inList(tx, kinds).sql}`, [
        input.id,
        inList(tx, kinds).param,
      ]);
    }
    const after = linksOf(input);
    for (const [kind, to] of after) {
      await tx.run('INSERT INTO tk_links (kind, from_id, to_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING', [
        kind,
        input.id,
        to,
      ]);
    }
    await this.touched(tx, input, [...before.map((l) => [l.kind, l.to_id] as const), ...after], besluiten, zaken);
    return stored ? 'updated' : 'added';
  }

  /** The Besluiten and Zaken whose decisions or outcome a changed record can change. */
  private async touched(
    tx: SqlRunner,
    input: TkRecordInput,
    links: ReadonlyArray<readonly [string, string]>,
    besluiten: Set<string>,
    zaken: Set<string>,
  ): Promise<void> {
    switch (input.kind) {
      case 'besluit':
        besluiten.add(input.id);
        for (const [kind, to] of links) if (kind === 'besluit-zaak') zaken.add(to);
        return;
      case 'stemming':
        for (const [kind, to] of links) if (kind === 'stemming-besluit') besluiten.add(to);
        return;
      case 'agendapunt': {
        const rows = await tx.all<{ from_id: string }>(
          "SELECT from_id FROM tk_links WHERE kind = 'besluit-agendapunt' AND to_id = ?",
          [input.id],
        );
        for (const row of rows) besluiten.add(row.from_id);
        return;
      }
      case 'activiteit': {
        const rows = await tx.all<{ from_id: string }>(
          `SELECT b.from_id FROM tk_links a JOIN tk_links b ON b.kind = 'besluit-agendapunt' AND b.to_id = a.from_id
           WHERE a.kind = 'agendapunt-activiteit' AND a.to_id = ?`,
          [input.id],
        );
        for (const row of rows) besluiten.add(row.from_id);
        return;
      }
      default:
        return;
    }
  }

  /** Recompute one Besluit's decision and votes from its stored records. */
  private async decide(tx: SqlRunner, besluit: string, zaken: Set<string>): Promise<void> {
    await tx.run('DELETE FROM tk_votes WHERE besluit = ?', [besluit]);
    await tx.run('DELETE FROM tk_decisions WHERE besluit = ?', [besluit]);
    for (const row of await tx.all<{ zaak: string }>('SELECT zaak FROM tk_zaak_outcomes WHERE besluit = ?', [besluit]))
      zaken.add(row.zaak);
    const [record] = await tx.all<{ json: string; verwijderd: number; bijgewerkt: string | null }>(
      "SELECT json, verwijderd, bijgewerkt FROM tk_records WHERE kind = 'besluit' AND id = ?",
      [besluit],
    );
    if (!record || Number(record.verwijderd) === 1) return;
    const facts = JSON.parse(record.json) as TkBesluitFacts & Record<string, unknown>;
    const stemmingen = await tx.all<{ json: string }>(
      `SELECT r.json FROM tk_links l JOIN tk_records r ON r.kind = 'stemming' AND r.id = l.from_id
       WHERE l.kind = 'stemming-besluit' AND l.to_id = ? AND r.verwijderd = 0`,
      [besluit],
    );
    const decision = decisionOf(
      { ...facts, stemmingen: [] },
      stemmingen.map((s) => JSON.parse(s.json) as TkStemmingFacts),
    );
    const [activity] = await tx.all<{ json: string }>(
      `SELECT r.json FROM tk_links b JOIN tk_links a ON a.kind = 'agendapunt-activiteit' AND a.from_id = b.to_id
       JOIN tk_records r ON r.kind = 'activiteit' AND r.id = a.to_id AND r.verwijderd = 0
       WHERE b.kind = 'besluit-agendapunt' AND b.from_id = ?`,
      [besluit],
    );
    const date = activityDay(activity?.json ?? null);
    await tx.run(
      'INSERT INTO tk_decisions (besluit, date, outcome, vote_kind, volgorde, bijgewerkt, json) VALUES (?, ?, ?, ?, ?, ?, ?)',
      [besluit, date, decision.outcome, decision.kind, volgordeOf(facts), record.bijgewerkt, JSON.stringify(decision)],
    );
    for (const vote of partyRows(decision)) {
      await tx.run(
        'INSERT INTO tk_votes (besluit, party_key, party, side, seats) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
        [besluit, vote.party.toLowerCase(), vote.party, vote.side, vote.seats],
      );
    }
    for (const zaak of decision.zaakIds) zaken.add(zaak);
  }

  /** Recompute a Zaak's outcome: its last decision with one. */
  private async settle(tx: SqlRunner, zaak: string): Promise<void> {
    const rows = await tx.all<{
      besluit: string;
      outcome: string;
      date: string | null;
      volgorde: number | null;
      bijgewerkt: string | null;
    }>(
      `SELECT d.besluit, d.outcome, d.date, d.volgorde, d.bijgewerkt FROM tk_links l JOIN tk_decisions d ON d.besluit = l.from_id
       WHERE l.kind = 'besluit-zaak' AND l.to_id = ?`,
      [zaak],
    );
    const final = finalOf(rows);
    await tx.run('DELETE FROM tk_zaak_outcomes WHERE zaak = ?', [zaak]);
    if (final) {
      await tx.run('INSERT INTO tk_zaak_outcomes (zaak, besluit, outcome, date) VALUES (?, ?, ?, ?)', [
        zaak,
        final.besluit,
        final.outcome,
        final.date,
      ]);
    }
  }

  async ofPaper(id: string): Promise<PaperVotes | null> {
    const db = this.reads;
    const [paper] = await db.all<{ doc: number }>(
      'SELECT doc FROM documents WHERE id = ? UNION ALL SELECT doc FROM documents WHERE key = ? LIMIT 1',
      [id, id],
    );
    if (!paper) return null;
    const rows = await db.all<{ zaak: string }>(
      `SELECT DISTINCT zaak FROM (${zakenOfPapers('SELECT CAST(? AS BIGINT)')}) z`,
      perPath(paper.doc),
    );
    const keys = rows.map((r) => r.zaak);
    const list = inList(db, keys);
    const records = await db.all<{ id: string; json: string }>(
      `SELECT id, json FROM tk_records WHERE kind = 'zaak' AND verwijderd = 0 AND id IN ${list.sql} ORDER BY id`,
      [list.param],
    );
    const decisions = await db.all<{
      besluit: string;
      json: string;
      date: string | null;
      volgorde: number | null;
      bijgewerkt: string | null;
      outcome: string;
    }>(
      `SELECT DISTINCT d.besluit, d.json, d.date, d.volgorde, d.bijgewerkt, d.outcome FROM tk_links l
       JOIN tk_decisions d ON d.besluit = l.from_id WHERE l.kind = 'besluit-zaak' AND l.to_id IN ${list.sql}`,
      [list.param],
    );
    const sorted = [...decisions].sort(byDecisionOrder);
    const final = finalOf(sorted);
    return {
      zaken: records.map((r) => zaakSummaryOf(r.id, r.json)),
      decisions: sorted.map(
        (d): StoredDecision => ({
          ...(JSON.parse(d.json) as StoredDecision),
          date: d.date,
          volgorde: d.volgorde === null ? null : Number(d.volgorde),
          bijgewerkt: d.bijgewerkt,
        }),
      ),
      outcome: (final?.outcome as PaperVotes['outcome']) ?? null,
      final: final?.besluit ?? null,
    };
  }

  async ofDossier(key: string, page?: PageRequest): Promise<Page<DecidedPaper>> {
    const { limit, offset } = pageOf(page);
    const from = `FROM (${zakenOfPapers('SELECT doc FROM document_dossiers WHERE dossier = ?')}) pz
      JOIN documents d ON d.doc = pz.doc
      JOIN tk_zaak_outcomes o ON o.zaak = pz.zaak
      LEFT JOIN tk_records zr ON zr.kind = 'zaak' AND zr.id = o.zaak`;
    const params = perPath(key);
    const [count] = await this.reads.all<{ n: number }>(`SELECT CAST(count(*) AS INTEGER) AS n ${from}`, params);
    const rows = await this.reads.all<DecidedRow>(
      `SELECT ${DECIDED_COLUMNS} ${from} ORDER BY (o.date IS NULL), o.date DESC, (d.date IS NULL), d.date DESC, id LIMIT ? OFFSET ?`,
      [...params, limit, offset],
    );
    return { total: Number(count?.n ?? 0), items: rows.map(decidedOf) };
  }

  async ofParty(party: string, period?: VotePeriod, page?: PageRequest): Promise<Page<PartyVoteRow>> {
    const { limit, offset } = pageOf(page);
    const when = periodWhere('o.date', period);
    const zaken =
      'SELECT o2.zaak FROM tk_zaak_outcomes o2 JOIN tk_votes v2 ON v2.besluit = o2.besluit WHERE v2.party_key = ?';
    const from = `FROM (${papersOfZaken(zaken)}) pz
      JOIN documents d ON d.doc = pz.doc
      JOIN tk_zaak_outcomes o ON o.zaak = pz.zaak
      JOIN tk_votes v ON v.besluit = o.besluit AND v.party_key = ?
      LEFT JOIN tk_records zr ON zr.kind = 'zaak' AND zr.id = o.zaak
      WHERE 1 = 1${when.sql}`;
    const lower = party.toLowerCase();
    const params = [...perPath(lower), lower, ...when.params];
    const [count] = await this.reads.all<{ n: number }>(`SELECT CAST(count(*) AS INTEGER) AS n ${from}`, params);
    const rows = await this.reads.all<DecidedRow & { side: TkVoteSide; seats: number | null }>(
      `SELECT ${DECIDED_COLUMNS}, v.side, v.seats ${from} ORDER BY (o.date IS NULL), o.date DESC, (d.date IS NULL), d.date DESC, id LIMIT ? OFFSET ?`,
      [...params, limit, offset],
    );
    return {
      total: Number(count?.n ?? 0),
      items: rows.map((row) => ({
        ...decidedOf(row),
        side: row.side,
        seats: row.seats === null ? null : Number(row.seats),
      })),
    };
  }

  async parties(period?: VotePeriod): Promise<PartySummary[]> {
    const when = periodWhere('d.date', period);
    const rows = await this.reads.all<{ party: string; votes: number }>(
      `SELECT min(v.party) AS party, CAST(count(*) AS INTEGER) AS votes
       FROM tk_votes v JOIN tk_decisions d ON d.besluit = v.besluit
       WHERE v.side <> 'niet-deelgenomen'${when.sql} GROUP BY v.party_key ORDER BY votes DESC, party`,
      when.params,
    );
    const names = await this.fractionNames();
    return rows.map((r) => ({
      party: r.party,
      name: names.get(r.party.toLowerCase()) ?? null,
      votes: Number(r.votes),
    }));
  }

  /** The parties' full names by their label (lower case), from the Fractie records. */
  private async fractionNames(): Promise<Map<string, string>> {
    const rows = await this.reads.all<{ json: string }>(
      "SELECT json FROM tk_records WHERE kind = 'fractie' AND verwijderd = 0",
    );
    const names = new Map<string, string>();
    for (const row of rows) {
      const r = JSON.parse(row.json) as { afkorting?: unknown; naamNl?: unknown };
      if (typeof r.afkorting === 'string' && typeof r.naamNl === 'string')
        names.set(r.afkorting.toLowerCase(), r.naamNl);
    }
    return names;
  }

  async agreement(period?: VotePeriod, coalition?: readonly string[]): Promise<VoteAgreement> {
    const when = periodWhere('d.date', period);
    const outcomes = inList(this.reads, VOTED_OUTCOMES);
    const rows = await this.reads.all<{
      besluit: string;
      party_key: string;
      party: string;
      side: TkVoteSide;
      seats: number | null;
    }>(
      `SELECT v.besluit, v.party_key, v.party, v.side, v.seats FROM tk_votes v JOIN tk_decisions d ON d.besluit = v.besluit
       WHERE d.outcome IN ${outcomes.sql}${when.sql}`,
      [outcomes.param, ...when.params],
    );
    const votes = new Map<string, Map<string, { side: TkVoteSide; seats: number | null }>>();
    // One label per party, whatever case a vote gives it in.
    const labels = new Map<string, string>();
    for (const row of rows)
      if (!labels.has(row.party_key) || row.party < labels.get(row.party_key)!) labels.set(row.party_key, row.party);
    for (const row of rows) {
      let byParty = votes.get(row.besluit);
      if (!byParty) {
        byParty = new Map();
        votes.set(row.besluit, byParty);
      }
      byParty.set(labels.get(row.party_key) as string, {
        side: row.side,
        seats: row.seats === null ? null : Number(row.seats),
      });
    }
    return agreementOf(votes, coalition);
  }

  async counts(): Promise<Record<TkRecordKind | 'decisions', number>> {
    const rows = await this.reads.all<{ kind: TkRecordKind; n: number }>(
      'SELECT kind, CAST(count(*) AS INTEGER) AS n FROM tk_records WHERE verwijderd = 0 GROUP BY kind',
    );
    const [decisions] = await this.reads.all<{ n: number }>('SELECT CAST(count(*) AS INTEGER) AS n FROM tk_decisions');
    const out = Object.fromEntries(TK_RECORD_KINDS.map((k) => [k, 0])) as Record<TkRecordKind | 'decisions', number>;
    for (const row of rows) out[row.kind] = Number(row.n);
    out.decisions = Number(decisions?.n ?? 0);
    return out;
  }
}
