/**
 * The record contract's expectations (`record-contract.ts`), by brute force over the
 * papers a test stored, in plain JavaScript: every promise against every request of
 * every other paper, every motion against every paper, never asking a store. Each
 * function restates one rule of the `Store` interface's doc comments (and of
 * `linking.ts`, whose word overlap it uses: `linking.test.ts` checks that by hand).
 *
 * @module
 */
import { type Document, dossierKey } from '../model/index.ts';
import { Brute, newestFirst, oldestFirst } from './browse-brute.ts';
import { keyOf } from './fixtures.ts';
import { contentWords, overlaps, shared } from './linking.ts';
import type {
  CommitmentFilter,
  CommitmentPage,
  CommitmentRecord,
  DocumentSummary,
  EntityKind,
  EntitySummary,
  FacetCount,
  RequestFilter,
  RequestRecord,
} from './types.ts';

/** Byte-wise order of UTF-8 texts. */
export function bytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/** Newest paper first (undated last), then by key; then by position. */
function byPaper(a: { doc: Document; position: number }, b: { doc: Document; position: number }): number {
  const [x, y] = [a.doc.date, b.doc.date];
  const date = x === y ? 0 : x === null ? 1 : y === null ? -1 : bytes(y, x);
  return date || bytes(keyOf(a.doc), keyOf(b.doc)) || a.position - b.position;
}

/** Counts, most first then by value. */
function facet(values: (string | null)[]): FacetCount[] {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || bytes(a[0], b[0])).map(([value, count]) => ({ value, count }));
}

/** Folded as a user types it: no accents, lower case. */
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Record answers over `papers` (the last stored version of each key). */
export class RecordBrute {
  readonly brute: Brute;
  private readonly papers: Document[];

  constructor(papers: Document[]) {
    const last = new Map(papers.map((d) => [keyOf(d), d]));
    this.papers = [...last.values()];
    this.brute = new Brute(papers);
  }

  private summary(doc: Document): DocumentSummary {
    return this.brute.summary(doc);
  }

  private inTime(p: Document, q: Document): boolean {
    return p.date === null || q.date === null || q.date >= p.date;
  }

  /** The papers that fulfil commitment `position` of `p`, oldest first. */
  private fulfillers(p: Document, position: number): Document[] {
    const text = p.commitments[position]!.text;
    const by = this.papers.filter((q) => {
      if (q === p || !this.inTime(p, q)) return false;
      return q.requests.some((r) => {
        if (r.kind !== 'commitment') return false;
        const asks = contentWords(r.asks);
        if (r.reference) {
          if (r.reference !== p.id) return false;
          const scores = p.commitments.map((c) => shared(asks, contentWords(c.text)));
          return scores.indexOf(Math.max(...scores)) === position;
        }
        const dossiers = new Set(p.dossiers.map(dossierKey));
        return q.dossiers.some((d) => dossiers.has(dossierKey(d))) && overlaps(asks, contentWords(text));
      });
    });
    return by.sort(oldestFirst);
  }

  /** Every commitment with its record, in list order. */
  private allCommitments(today: string): (CommitmentRecord & { portfolio: string | null; doc: Document })[] {
    const items = this.papers.flatMap((doc) => doc.commitments.map((c, position) => ({ doc, c, position })));
    return items.sort(byPaper).map(({ doc, c, position }) => {
      const fulfilledBy = this.fulfillers(doc, position);
      const status =
        fulfilledBy.length > 0 ? 'fulfilled' : c.deadline !== undefined && c.deadline < today ? 'overdue' : 'open';
      return {
        id: `${keyOf(doc)}#${position}`,
        text: c.text,
        by: c.by,
        due: c.due,
        deadline: c.deadline ?? null,
        status,
        paper: this.summary(doc),
        fulfilledBy: fulfilledBy.map((q) => this.summary(q)),
        portfolio: doc.sender?.portfolio ?? null,
        doc,
      };
    });
  }

  /** `Store.commitments` (`today` given). */
  commitments(filter: CommitmentFilter & { today: string }, limit = 20, offset = 0): CommitmentPage {
    const inDates = this.allCommitments(filter.today).filter(
      ({ doc }) =>
        (filter.from === undefined || (doc.date !== null && doc.date >= filter.from)) &&
        (filter.to === undefined || (doc.date !== null && doc.date <= filter.to)) &&
        (filter.dossier === undefined || doc.dossiers.some((d) => dossierKey(d) === filter.dossier)),
    );
    const byStatus = inDates.filter((c) => filter.status === undefined || c.status === filter.status);
    const byPortfolio = inDates.filter((c) => filter.portfolio === undefined || c.portfolio === filter.portfolio);
    const all = byStatus.filter((c) => filter.portfolio === undefined || c.portfolio === filter.portfolio);
    return {
      total: all.length,
      items: all.slice(offset, offset + limit).map(({ portfolio: _, doc: __, ...record }) => record),
      portfolios: facet(byStatus.map((c) => c.portfolio)),
      statuses: facet(byPortfolio.map((c) => c.status)),
    };
  }

  /** The papers that carry out the motion request of `m`, oldest first. */
  private carriedOut(m: Document): Document[] {
    return this.papers
      .filter(
        (q) => q !== m && this.inTime(m, q) && q.requests.some((r) => r.kind === 'motion' && r.reference === m.id),
      )
      .sort(oldestFirst);
  }

  /** `Store.requests`. */
  requests(filter: RequestFilter = {}, limit = 20, offset = 0): { total: number; items: RequestRecord[] } {
    const items = this.papers
      .flatMap((doc) => doc.requests.map((r, position) => ({ doc, r, position })))
      .sort(byPaper)
      .map(({ doc, r, position }): RequestRecord & { doc: Document } => {
        const kind = r.kind ?? 'other';
        const motion = kind === 'motion' && doc.type === 'motie';
        const answeredBy = motion ? this.carriedOut(doc) : [doc];
        const status = answeredBy.length > 0 ? 'answered' : 'open';
        const { date, by, asks } = r;
        const reference = r.reference ?? null;
        const summaries = answeredBy.map((d) => this.summary(d));
        const paper = this.summary(doc);
        return {
          id: `${keyOf(doc)}#${position}`,
          kind,
          date,
          by,
          asks,
          reference,
          status,
          paper,
          answeredBy: summaries,
          doc,
        };
      })
      .filter(
        ({ doc, kind, status }) =>
          (filter.kind === undefined || kind === filter.kind) &&
          (filter.status === undefined || status === filter.status) &&
          (filter.from === undefined || (doc.date !== null && doc.date >= filter.from)) &&
          (filter.to === undefined || (doc.date !== null && doc.date <= filter.to)) &&
          (filter.dossier === undefined || doc.dossiers.some((d) => dossierKey(d) === filter.dossier)),
      );
    return { total: items.length, items: items.slice(offset, offset + limit).map(({ doc: _, ...r }) => r) };
  }

  /** Every entity of a kind with its papers (each once) and roles, most papers first, then by name. */
  entities(kind: EntityKind, prefix?: string): (EntitySummary & { papers: Document[] })[] {
    const named = new Map<string, { papers: Set<Document>; roles: Map<string, Set<Document>> }>();
    for (const doc of this.papers) {
      const list =
        kind === 'person'
          ? doc.entities.persons
          : (kind === 'place' ? doc.entities.places : doc.entities.organisations).map((name) => ({ name, role: null }));
      for (const { name, role } of list) {
        const entry = named.get(name) ?? { papers: new Set(), roles: new Map() };
        entry.papers.add(doc);
        if (role) entry.roles.set(role, (entry.roles.get(role) ?? new Set()).add(doc));
        named.set(name, entry);
      }
    }
    const wanted = prefix === undefined ? '' : fold(prefix).trim();
    return [...named]
      .filter(([name]) => fold(name).startsWith(wanted))
      .map(([name, { papers, roles }]) => {
        const ranked = [...roles].sort((a, b) => b[1].size - a[1].size || bytes(a[0], b[0]));
        const role = kind === 'person' ? (ranked[0]?.[0] ?? null) : null;
        return { kind, name, role, documents: papers.size, papers: [...papers].sort(newestFirst) };
      })
      .sort((a, b) => b.documents - a.documents || bytes(a.name, b.name));
  }

  /** `Store.unresolved`, all of it. */
  unresolved(): { target: string; kind: string; citations: number }[] {
    const ids = new Set(this.papers.map((d) => d.id));
    const targets = new Map<string, { kinds: string[]; papers: Set<Document> }>();
    for (const doc of this.papers) {
      for (const r of doc.references) {
        if (r.target.startsWith('dossier-') || ids.has(r.target)) continue;
        const entry = targets.get(r.target) ?? { kinds: [], papers: new Set() };
        entry.kinds.push(r.kind);
        entry.papers.add(doc);
        targets.set(r.target, entry);
      }
    }
    return [...targets]
      .map(([target, { kinds, papers }]) => ({ target, kind: kinds.sort(bytes)[0]!, citations: papers.size }))
      .sort((a, b) => b.citations - a.citations || bytes(a.target, b.target));
  }

  /** `Store.dossierCitedBy`, all of it. */
  dossierCitedBy(key: string): DocumentSummary[] {
    const inDossier = (d: Document) => d.dossiers.some((x) => dossierKey(x) === key);
    const targets = new Set([`dossier-${key}`, ...this.papers.filter(inDossier).flatMap((d) => (d.id ? [d.id] : []))]);
    return this.papers
      .filter((d) => !inDossier(d) && d.references.some((r) => targets.has(r.target)))
      .sort(newestFirst)
      .map((d) => this.summary(d));
  }
}
