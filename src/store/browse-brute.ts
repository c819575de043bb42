/**
 * The browse contract's expectations (`browse-contract.ts`), computed by brute force over
 * the papers a test stored, in plain JavaScript: never by asking a store. Each function
 * restates one rule of the `Store` interface's doc comments.
 *
 * @module
 */
import { type Document, dossierKey } from '../model/index.ts';
import { keyOf } from './fixtures.ts';
import type { DocumentSummary, DossierInfo, DossierSummary, SharedDossier } from './types.ts';

const DAY = 86_400_000;

/** Byte-wise order of ASCII texts. */
function bytewise(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The paper's number as a number where it is digits, else null. */
function numeric(doc: Document): number | null {
  return doc.number !== null && /^[0-9]{1,15}$/.test(doc.number) ? Number(doc.number) : null;
}

/** Null after every value; else `cmp`. */
function nullsLast<T>(a: T | null, b: T | null, cmp: (x: T, y: T) => number): number {
  if (a === null || b === null) return a === null ? (b === null ? 0 : 1) : -1;
  return cmp(a, b);
}

/** Oldest first, then by number (digits numerically, others after), then key; undated last. */
export function oldestFirst(a: Document, b: Document): number {
  return (
    nullsLast(a.date, b.date, bytewise) ||
    nullsLast(numeric(a), numeric(b), (x, y) => x - y) ||
    bytewise(keyOf(a), keyOf(b))
  );
}

/** Newest first, then by number backwards (others after), then key; undated last. */
export function newestFirst(a: Document, b: Document): number {
  return (
    nullsLast(a.date, b.date, (x, y) => bytewise(y, x)) ||
    nullsLast(numeric(a), numeric(b), (x, y) => y - x) ||
    bytewise(keyOf(a), keyOf(b))
  );
}

/** Brute-force answers over `papers`, as stored in this order (the last title given for a dossier wins). */
export class Brute {
  private readonly titles = new Map<string, string | null>();
  private readonly parts = new Map<string, { number: string; suffix: string | null }>();

  constructor(readonly papers: Document[]) {
    for (const doc of papers) {
      for (const d of doc.dossiers) {
        const key = dossierKey(d);
        this.parts.set(key, { number: d.number, suffix: d.suffix ?? null });
        if (d.title !== null || !this.titles.has(key)) this.titles.set(key, d.title ?? this.titles.get(key) ?? null);
      }
    }
  }

  /** The paper's summary: its dossiers in its own order, with the dossiers' stored titles. */
  summary(doc: Document): DocumentSummary {
    const dossiers = doc.dossiers.map((d) => {
      const title = this.titles.get(dossierKey(d)) ?? null;
      return d.suffix ? { number: d.number, suffix: d.suffix, title } : { number: d.number, title };
    });
    const sender = doc.sender
      ? { role: doc.sender.role, portfolio: doc.sender.portfolio, name: doc.sender.name }
      : null;
    const { title, type, date, number, citation } = doc;
    return { id: keyOf(doc), title, type, date, number, dossiers, citation, sender, withdrawn: doc.withdrawn === true };
  }

  /** Every paper, newest first. */
  recent(): Document[] {
    return [...this.papers].sort(newestFirst);
  }

  /** The papers listing dossier `key`, oldest first. */
  inDossier(key: string): Document[] {
    return this.papers.filter((d) => d.dossiers.some((x) => dossierKey(x) === key)).sort(oldestFirst);
  }

  /** The papers citing the one stored under `key` (by its id), not itself, newest first. */
  citedBy(key: string): Document[] {
    const self = this.papers.find((d) => keyOf(d) === key);
    if (self === undefined || self.id === null) return [];
    return this.papers.filter((d) => d !== self && d.references.some((r) => r.target === self.id)).sort(newestFirst);
  }

  /** Which of `targets` name a stored id or a dossier some paper lists, in order, once. */
  present(targets: string[]): string[] {
    const ids = new Set(this.papers.flatMap((d) => (d.id === null ? [] : [d.id])));
    const keys = new Set(this.papers.flatMap((d) => d.dossiers.map((x) => `dossier-${dossierKey(x)}`)));
    return [...new Set(targets)].filter((t) => ids.has(t) || keys.has(t));
  }

  /** The summary of dossier `key` over `papers` (its listing papers' count and newest date). */
  private dossierSummary(key: string): DossierSummary {
    const docs = this.inDossier(key);
    const dates = docs.flatMap((d) => (d.date === null ? [] : [d.date])).sort(bytewise);
    const { number, suffix } = this.parts.get(key)!;
    return {
      key,
      number,
      suffix,
      title: this.titles.get(key) ?? null,
      documents: docs.length,
      latest: dates.at(-1) ?? null,
    };
  }

  /** What the dossier page shows, or null when no paper lists `key`. */
  dossier(key: string): DossierInfo | null {
    const docs = this.inDossier(key);
    if (docs.length === 0) return null;
    const dates = docs.flatMap((d) => (d.date === null ? [] : [d.date])).sort(bytewise);
    const months = new Map<string, number>();
    for (const date of dates)
      if (/^\d{4}-\d{2}/.test(date)) months.set(date.slice(0, 7), (months.get(date.slice(0, 7)) ?? 0) + 1);
    const shared = new Map<string, number>();
    for (const doc of docs) {
      for (const other of new Set(doc.dossiers.map(dossierKey)))
        if (other !== key) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
    const related: SharedDossier[] = [...shared]
      .sort((a, b) => b[1] - a[1] || bytewise(a[0], b[0]))
      .slice(0, 10)
      .map(([k, n]) => {
        const { documents: _, latest: __, ...head } = this.dossierSummary(k);
        return { ...head, shared: n };
      });
    return {
      ...this.dossierSummary(key),
      first: dates[0] ?? null,
      months: [...months].sort((a, b) => bytewise(a[0], b[0])).map(([month, count]) => ({ month, count })),
      related,
    };
  }

  /** The dossiers with most papers less than `days` days older than the newest paper. */
  activeDossiers(limit: number, days: number): DossierSummary[] {
    const dated = this.papers.filter((d) => d.date !== null);
    const newest = Math.max(...dated.map((d) => Date.parse(d.date!)));
    const counts = new Map<string, { n: number; latest: string }>();
    for (const doc of dated) {
      if ((newest - Date.parse(doc.date!)) / DAY >= days) continue;
      for (const key of new Set(doc.dossiers.map(dossierKey))) {
        const c = counts.get(key) ?? { n: 0, latest: '' };
        counts.set(key, { n: c.n + 1, latest: bytewise(doc.date!, c.latest) > 0 ? doc.date! : c.latest });
      }
    }
    return [...counts]
      .sort((a, b) => b[1].n - a[1].n || bytewise(b[1].latest, a[1].latest) || bytewise(a[0], b[0]))
      .slice(0, limit)
      .map(([key]) => this.dossierSummary(key));
  }
}
