/**
 * Compiles a query plan (`planQuery`) to SQLite: FTS5 MATCH expressions for the text
 * parts and SQL for field filters. Text parts that combine with AND/OR/NOT among
 * themselves become one MATCH; where text and filters mix under OR or NOT, each text
 * part becomes `d.doc IN (SELECT rowid FROM fts WHERE fts MATCH ?)`.
 *
 * Every value is a bound parameter; MATCH terms are always quoted, so no query text is
 * ever read as FTS5 syntax.
 *
 * @module
 */
import type { FieldFilter, PlanNode, TermMatch } from '../../search/index.ts';

/** SQL over `documents d` with its parameters. */
export interface SqlPart {
  sql: string;
  params: unknown[];
}

/** A compiled plan: an optional ranking MATCH joined to `fts`, and SQL for the rest. */
export interface CompiledPlan {
  /** When set, the query reads `fts JOIN documents d` with `fts MATCH rank`: every hit matches it. */
  match: string | null;
  /** When `match` is null: a MATCH over the plan's positive text, for ranking only (LEFT JOIN). */
  rankOnly: string | null;
  where: SqlPart;
}

const STEM_COLUMNS = '{title_s dossiers_s body_s}';

/** Whether unicode61 (tokenchars `-()`) finds a token in the term at all. */
function indexable(term: string): boolean {
  return /[\p{L}\p{N}]/u.test(term);
}

/** A term as an FTS5 string: quoted, quotes doubled. */
export function quoteTerm(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

function matchExpr(match: TermMatch): string | undefined {
  const parts: string[] = [];
  for (const term of match.terms) {
    if (indexable(term)) parts.push(quoteTerm(term) + (match.prefix ? '*' : ''));
  }
  for (const group of match.groups) {
    const terms = group.filter(indexable).map(quoteTerm);
    if (terms.length === 1) parts.push(terms[0]!);
    else if (terms.length > 1) parts.push(`(${terms.join(' AND ')})`);
  }
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0] : `(${parts.join(' OR ')})`;
}

/**
 * The plan as one FTS5 MATCH expression, or undefined when it cannot be one (filters,
 * a NOT without a positive text part beside it, `all`, or no indexable term).
 */
export function ftsExpr(node: PlanNode): string | undefined {
  switch (node.kind) {
    case 'match':
      return matchExpr(node.match);
    case 'phrase': {
      const stems = node.stems.filter(indexable).map(quoteTerm);
      if (stems.length === 0) return undefined;
      return `${STEM_COLUMNS} : (${stems.join(' + ')})`;
    }
    case 'and': {
      const positive: string[] = [];
      const negative: string[] = [];
      for (const child of node.children) {
        if (child.kind === 'all') continue;
        const expr = ftsExpr(child.kind === 'not' ? child.child : child);
        if (expr === undefined) return undefined;
        (child.kind === 'not' ? negative : positive).push(expr);
      }
      if (positive.length === 0) return undefined;
      const base = positive.length === 1 ? positive[0]! : `(${positive.join(' AND ')})`;
      return negative.length === 0 ? base : `(${[base, ...negative].join(' NOT ')})`;
    }
    case 'or': {
      const parts: string[] = [];
      for (const child of node.children) {
        const expr = ftsExpr(child);
        if (expr === undefined) return undefined;
        parts.push(expr);
      }
      if (parts.length === 0) return undefined;
      return parts.length === 1 ? parts[0] : `(${parts.join(' OR ')})`;
    }
    default:
      return undefined;
  }
}

function inFts(expr: string): SqlPart {
  return { sql: 'd.doc IN (SELECT rowid FROM fts WHERE fts MATCH ?)', params: [expr] };
}

function join(parts: SqlPart[], op: 'AND' | 'OR', empty: string): SqlPart {
  if (parts.length === 0) return { sql: empty, params: [] };
  if (parts.length === 1) return parts[0]!;
  return { sql: `(${parts.map((p) => p.sql).join(` ${op} `)})`, params: parts.flatMap((p) => p.params) };
}

/** SQL for one field filter over `documents d`. */
export function filterSql(filter: FieldFilter): SqlPart {
  const value = filter.value;
  switch (filter.field) {
    case 'dossier':
      return {
        // The key itself, or a key below it: `21501` finds `21501-32`, `36200` finds `36200-VII`
        // (keys starting with `value-` sort from `value-` up to `value.`).
        sql: 'd.doc IN (SELECT doc FROM document_dossiers WHERE dossier = ? OR (dossier >= ? AND dossier < ?))',
        params: [value, `${value}-`, `${value}.`],
      };
    case 'type':
      return { sql: 'd.type = ?', params: [value] };
    case 'from':
      return { sql: 'd.date >= ?', params: [value] };
    case 'to':
      // A partial date (`2015`, `2015-06`) includes the whole year or month.
      return { sql: 'd.date <= ?', params: [value.length < 10 ? `${value}\uffff` : value] };
    case 'year':
      return /^\d{4}-\d{4}$/.test(value)
        ? { sql: 'd.parliamentary_year = ?', params: [value] }
        : { sql: 'd.year = ?', params: [Number.parseInt(value, 10)] };
    case 'sender':
      return {
        sql: '(lower(d.sender_role) = lower(?) OR instr(lower(d.sender_name), lower(?)) > 0)',
        params: [value, value],
      };
    case 'portfolio':
      return { sql: 'instr(lower(d.sender_portfolio), lower(?)) > 0', params: [value] };
    case 'chamber':
      return { sql: 'd.chamber = ?', params: [value] };
    case 'id':
      return { sql: '(d.id = ? OR d.key = ?)', params: [value, value] };
  }
}

/** The plan as a SQL condition over `documents d`. */
export function planSql(node: PlanNode): SqlPart {
  const expr = ftsExpr(node);
  if (expr !== undefined) return inFts(expr);
  switch (node.kind) {
    case 'match':
    case 'phrase':
      return { sql: '0', params: [] }; // nothing indexable: matches nothing
    case 'filter':
      return filterSql(node.filter);
    case 'all':
      return { sql: '1', params: [] };
    case 'not': {
      const inner = planSql(node.child);
      // A filter on a missing value (no date, no sender) is false, so its negation is true.
      return { sql: `NOT coalesce(${inner.sql}, 0)`, params: inner.params };
    }
    case 'and': {
      const text = node.children.filter((c) => c.kind !== 'not' && c.kind !== 'all' && ftsExpr(c) !== undefined);
      const negText = node.children.filter((c) => c.kind === 'not' && ftsExpr(c.child) !== undefined);
      const rest = node.children.filter((c) => c.kind !== 'all' && !text.includes(c) && !negText.includes(c));
      const parts: SqlPart[] = [];
      if (text.length > 0) parts.push(inFts(ftsExpr({ kind: 'and', children: [...text, ...negText] })!));
      else parts.push(...negText.map(planSql));
      parts.push(...rest.map(planSql));
      return join(parts, 'AND', '1');
    }
    case 'or': {
      if (node.children.some((c) => c.kind === 'all')) return { sql: '1', params: [] };
      const text = node.children.filter((c) => ftsExpr(c) !== undefined);
      const parts: SqlPart[] = [];
      if (text.length > 0) parts.push(inFts(ftsExpr({ kind: 'or', children: text })!));
      parts.push(...node.children.filter((c) => !text.includes(c)).map(planSql));
      return join(parts, 'OR', '0');
    }
  }
}

/** The positive text of a plan (outside any NOT), OR-ed: what ranks the hits. */
function positiveText(node: PlanNode): string[] {
  const expr = ftsExpr(node);
  if (expr !== undefined) return [expr];
  if (node.kind === 'and' || node.kind === 'or') return node.children.flatMap(positiveText);
  return [];
}

/**
 * Compile a plan. A conjunction with text (the common case: words and filters) reads
 * the FTS5 index first and ranks with bm25; other shapes select from `documents` and
 * rank through a LEFT JOIN on their positive text.
 */
export function compilePlan(plan: PlanNode): CompiledPlan {
  const whole = ftsExpr(plan);
  if (whole !== undefined) return { match: whole, rankOnly: null, where: { sql: '1', params: [] } };
  if (plan.kind === 'and') {
    const text = plan.children.filter((c) => c.kind !== 'not' && c.kind !== 'all' && ftsExpr(c) !== undefined);
    if (text.length > 0) {
      const negText = plan.children.filter((c) => c.kind === 'not' && ftsExpr(c.child) !== undefined);
      const rest = plan.children.filter((c) => c.kind !== 'all' && !text.includes(c) && !negText.includes(c));
      return {
        match: ftsExpr({ kind: 'and', children: [...text, ...negText] })!,
        rankOnly: null,
        where: join(rest.map(planSql), 'AND', '1'),
      };
    }
  }
  const positive = positiveText(plan);
  const rankOnly = positive.length === 0 ? null : positive.length === 1 ? positive[0]! : `(${positive.join(' OR ')})`;
  return { match: null, rankOnly, where: planSql(plan) };
}
