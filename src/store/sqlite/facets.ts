/**
 * Facet codes: a paper's type, year, sender role and portfolio packed into one integer
 * (`document_facets.code`), its date as one integer (`day`, yyyymmdd) and its first two
 * dossiers packed into a third (`dossiers`), with each text value numbered in
 * `facet_values`. A search reads this one narrow row per match (`collect.ts`); the
 * distinct codes it counted are unpacked and named here.
 *
 * @module
 */
import type Database from 'better-sqlite3';
import { type Document, dossierKey } from '../../model/index.ts';
import type { FacetCount, Facets } from '../types.ts';

/** The facet kinds numbered in `facet_values`. */
type CodedKind = 'type' | 'sender' | 'portfolio' | 'dossier';
/** The kinds unpacked from `code` (few values each, so they are read whole). */
type SmallKind = Exclude<CodedKind, 'dossier'>;

const TYPE_BASE = 1024;
const YEAR_BASE = 2048;
const ROLE_BASE = 1024;
/** Years are stored as year − 1700 (1 … 2047); 0 means none. */
const YEAR_ZERO = 1700;

/** Pack codes into one integer (below 2^53, so exact in JavaScript and SQLite). */
export function packFacets(type: number, year: number | null, role: number, portfolio: number): number {
  const y = year !== null && year > YEAR_ZERO && year - YEAR_ZERO < YEAR_BASE ? year - YEAR_ZERO : 0;
  return type + TYPE_BASE * (y + YEAR_BASE * (role + ROLE_BASE * portfolio));
}

/** Unpack `packFacets`. */
export function unpackFacets(code: number): { type: number; year: number | null; role: number; portfolio: number } {
  const type = code % TYPE_BASE;
  let rest = Math.floor(code / TYPE_BASE);
  const y = rest % YEAR_BASE;
  rest = Math.floor(rest / YEAR_BASE);
  return {
    type,
    year: y === 0 ? null : y + YEAR_ZERO,
    role: rest % ROLE_BASE,
    portfolio: Math.floor(rest / ROLE_BASE),
  };
}

/** Dossier codes are below 2^25; `more` marks a paper with more than two dossiers. */
const DOSSIER_BASE = 2 ** 25;
const MORE = 2 ** 50;

/** Pack a paper's first two dossier codes (0: none) and whether it has more. */
export function packDossiers(first: number, second: number, more: boolean): number {
  return first + DOSSIER_BASE * second + (more ? MORE : 0);
}

/** Unpack `packDossiers`. */
export function unpackDossiers(packed: number): { first: number; second: number; more: boolean } {
  const more = packed >= MORE;
  const rest = more ? packed - MORE : packed;
  return { first: rest % DOSSIER_BASE, second: Math.floor(rest / DOSSIER_BASE), more };
}

/** A date as yyyymmdd (`2015-05-28` → 20150528; `2015` → 20150000); 0 when there is none. */
export function dayOf(date: string | null | undefined): number {
  const m = date ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date) : null;
  if (m === null) return 0;
  return Number(m[1]) * 10000 + Number(m[2] ?? 0) * 100 + Number(m[3] ?? 0);
}

/** Writes the facet codes of each stored paper, numbering new values as they come. */
export class FacetWriter {
  private readonly find: Database.Statement;
  private readonly add: Database.Statement;
  private readonly write: Database.Statement;

  constructor(db: Database.Database) {
    this.find = db.prepare('SELECT code FROM facet_values WHERE kind = ? AND value = ?');
    this.add = db.prepare(
      'INSERT INTO facet_values (kind, value, code) SELECT ?, ?, coalesce(max(code), 0) + 1 FROM facet_values WHERE kind = ? RETURNING code',
    );
    this.write = db.prepare('INSERT OR REPLACE INTO document_facets (doc, code, day, dossiers) VALUES (?, ?, ?, ?)');
  }

  private code(kind: CodedKind, value: string | null | undefined): number {
    if (value === null || value === undefined || value === '') return 0;
    const found = this.find.get(kind, value) as { code: number } | undefined;
    if (found) return found.code;
    return (this.add.get(kind, value, kind) as { code: number }).code;
  }

  /** Store the facet codes of document `doc` (inside the caller's transaction). */
  put(doc: number, document: Document): void {
    const day = dayOf(document.date);
    const code = packFacets(
      this.code('type', document.type),
      day > 0 ? Math.floor(day / 10000) : null,
      this.code('sender', document.sender?.role),
      this.code('portfolio', document.sender?.portfolio),
    );
    const [first, second] = document.dossiers.map((d) => this.code('dossier', dossierKey(d)));
    const dossiers = packDossiers(first ?? 0, second ?? 0, document.dossiers.length > 2);
    this.write.run(doc, code, day, dossiers);
  }
}

/** The statement `facetValues` reads (prepare it once per connection). */
export const FACET_VALUES_SQL =
  "SELECT kind, code, value FROM facet_values WHERE kind IN ('type', 'sender', 'portfolio')";

/** The values behind the codes of the small kinds: kind → code → value. */
export function facetValues(statement: Database.Statement): Map<SmallKind, Map<number, string>> {
  const out = new Map<SmallKind, Map<number, string>>();
  const rows = statement.all() as Array<{
    kind: SmallKind;
    code: number;
    value: string;
  }>;
  for (const row of rows) {
    let codes = out.get(row.kind);
    if (!codes) {
      codes = new Map();
      out.set(row.kind, codes);
    }
    codes.set(row.code, row.value);
  }
  return out;
}

function top(counts: Map<string, number>, limit: number, numeric = false): FacetCount[] {
  return [...counts.entries()]
    .map(([value, count]) => ({ value, count }))
    .sort(
      (a, b) =>
        b.count - a.count ||
        (numeric ? Number(a.value) - Number(b.value) : a.value < b.value ? -1 : a.value > b.value ? 1 : 0),
    )
    .slice(0, limit);
}

function add(counts: Map<string, number>, value: string | undefined, n: number): void {
  if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + n);
}

/**
 * Facets (all but dossier) and the total from `(code, n)` rows: how many matching papers
 * have each packed code.
 */
export function facetsFromCodes(
  rows: Array<{ code: number; n: number }>,
  values: Map<SmallKind, Map<number, string>>,
  limit: number,
): { total: number; facets: Omit<Facets, 'dossier'> } {
  const type = new Map<string, number>();
  const year = new Map<string, number>();
  const sender = new Map<string, number>();
  const portfolio = new Map<string, number>();
  let total = 0;
  for (const { code, n } of rows) {
    total += n;
    const c = unpackFacets(code);
    add(type, values.get('type')?.get(c.type), n);
    if (c.year !== null) add(year, String(c.year), n);
    add(sender, values.get('sender')?.get(c.role), n);
    add(portfolio, values.get('portfolio')?.get(c.portfolio), n);
  }
  return {
    total,
    facets: {
      type: top(type, limit),
      year: top(year, limit, true),
      sender: top(sender, limit),
      portfolio: top(portfolio, limit),
    },
  };
}
