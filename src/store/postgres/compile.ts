/**
 * Compiles a query plan (`planQuery`) to PostgreSQL: `tsquery`s for the text parts and
 * SQL for field filters, over `documents d`. Text parts that combine with AND/OR/NOT
 * among themselves become one `d.fts @@ $n::tsquery` (the GIN index answers it without
 * reading the row); phrases and filters become SQL beside them.
 *
 * Every value is a bound parameter. Lexemes are quoted for `tsquery` input
 * (`quoteLexeme`), so no query text is ever read as `tsquery` syntax, and no text is
 * analyzed by PostgreSQL: the terms are those of our analyzer. The semantics follow
 * `matchesPlan` (`src/search/types.ts`), as the SQLite engine does: a term without a
 * letter or digit is dropped, a filter on a missing value is false (so its negation is
 * true).
 *
 * @module
 */
import type { FieldFilter, PlanNode, TermMatch } from '../../search/index.ts';
import { ftsTokens, quoteLexeme } from './tsvector.ts';

/** Collects bound parameters and hands out their `$n` placeholders. */
export class Params {
  readonly values: unknown[] = [];
  /** The placeholder of a new parameter holding `value`. */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * A compiled node: a `tsquery` text, SQL (never NULL; emitted only when kept, so that
 * every parameter is used), or a constant.
 */
type Compiled = { k: 'tsq'; q: string } | { k: 'sql'; emit: (params: Params) => string } | { k: 'const'; v: boolean };

const TRUE: Compiled = { k: 'const', v: true };
const FALSE: Compiled = { k: 'const', v: false };

/** Whether a term yields any token at all (as the SQLite engine's `indexable`). */
function indexable(term: string): boolean {
  return /[\p{L}\p{N}]/u.test(term) && ftsTokens(term).length > 0;
}

function termQuery(term: string, prefix: boolean): string {
  const tokens = ftsTokens(term);
  const last = tokens.length - 1;
  const parts = tokens.map((t, i) => quoteLexeme(t) + (prefix && i === last ? ':*' : ''));
  return parts.length === 1 ? parts[0]! : `(${parts.join(' <-> ')})`;
}

/** The `tsquery` of one analyzed word, or undefined when nothing in it is indexable. */
export function matchQuery(match: TermMatch): string | undefined {
  const parts: string[] = [];
  for (const term of match.terms) if (indexable(term)) parts.push(termQuery(term, match.prefix));
  for (const group of match.groups) {
    const terms = group.filter(indexable).map((t) => termQuery(t, false));
    if (terms.length === 1) parts.push(terms[0]!);
    else if (terms.length > 1) parts.push(`(${terms.join(' & ')})`);
  }
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0] : `(${parts.join(' | ')})`;
}

/** The tokens of a phrase, in order. */
function phraseTokens(stems: string[]): string[] {
  return stems.filter(indexable).flatMap(ftsTokens);
}

/** SQL that a phrase's tokens stand adjacent in one stems stream. */
function phraseSql(tokens: string[], params: Params): string {
  const all = params.add(tokens.map((t) => quoteLexeme(t)).join(' & '));
  const adjacent = params.add(tokens.map((t) => `${quoteLexeme(t)}:ABC`).join(' <-> '));
  const pattern = params.add(` ${tokens.join(' ')} `);
  return `(d.fts @@ ${all}::tsquery AND CASE WHEN d.exact_positions THEN d.fts @@ ${adjacent}::tsquery ELSE EXISTS (SELECT 1 FROM document_stems s WHERE s.doc = d.doc AND (strpos(s.title_s, ${pattern}) > 0 OR strpos(s.dossiers_s, ${pattern}) > 0 OR strpos(s.body_s, ${pattern}) > 0)) END)`;
}

/**
 * SQL for one field filter over `documents d`, with the semantics of `matchesPlan`
 * (`src/search/types.ts`); false (never NULL) on a missing value, so that a `not` of a
 * filter matches every document the filter does not match.
 */
export function filterSql(filter: FieldFilter, params: Params): string {
  const value = filter.value;
  const v = () => params.add(value);
  switch (filter.field) {
    case 'dossier': {
      const p = v();
      return `EXISTS (SELECT 1 FROM document_dossiers dd WHERE dd.doc = d.doc AND (dd.dossier = ${p} OR starts_with(dd.dossier, ${p} || '-')))`;
    }
    case 'type':
      return `d.type = ${v()}`;
    case 'from':
      return `coalesce(d.date >= ${v()}::text, false)`;
    case 'to':
      // A partial date (`2015`, `2015-06`) includes the whole year or month.
      return `coalesce(d.date <= ${params.add(value.length < 10 ? `${value}\uffff` : value)}::text, false)`;
    case 'year':
      return value.length === 4
        ? `coalesce(d.year = ${params.add(Number.parseInt(value, 10))}::integer, false)`
        : `coalesce(d.parliamentary_year = ${v()}, false)`;
    case 'sender': {
      const p = `lower(${v()}::text)`;
      return `coalesce(lower(d.sender_role) = ${p} OR strpos(lower(d.sender_name), ${p}) > 0, false)`;
    }
    case 'portfolio':
      return `coalesce(strpos(lower(d.sender_portfolio), lower(${v()}::text)) > 0, false)`;
    case 'chamber':
      return `coalesce(d.chamber = ${v()}, false)`;
    case 'id': {
      const p = v();
      return `coalesce(d.id = ${p} OR d.key = ${p}, false)`;
    }
  }
}

function toSql(c: Compiled, params: Params): string {
  if (c.k === 'const') return c.v ? 'true' : 'false';
  if (c.k === 'sql') return c.emit(params);
  return `d.fts @@ ${params.add(c.q)}::tsquery`;
}

function combine(children: Compiled[], op: 'and' | 'or'): Compiled {
  const absorbing = op === 'or';
  if (children.some((c) => c.k === 'const' && c.v === absorbing)) return absorbing ? TRUE : FALSE;
  const rest = children.filter((c) => c.k !== 'const');
  const queries = rest.flatMap((c) => (c.k === 'tsq' ? [c.q] : []));
  const sqls = rest.filter((c) => c.k === 'sql');
  const merged: Compiled[] = [];
  if (queries.length > 0) {
    merged.push({
      k: 'tsq',
      q: queries.length === 1 ? queries[0]! : queries.map((q) => `(${q})`).join(op === 'and' ? ' & ' : ' | '),
    });
  }
  merged.push(...sqls);
  if (merged.length === 0) return absorbing ? FALSE : TRUE;
  if (merged.length === 1) return merged[0]!;
  return { k: 'sql', emit: (p) => `(${merged.map((c) => toSql(c, p)).join(op === 'and' ? ' AND ' : ' OR ')})` };
}

function compile(node: PlanNode): Compiled {
  switch (node.kind) {
    case 'all':
      return TRUE;
    case 'match': {
      const q = matchQuery(node.match);
      return q === undefined ? FALSE : { k: 'tsq', q };
    }
    case 'phrase': {
      const tokens = phraseTokens(node.stems);
      return tokens.length === 0 ? FALSE : { k: 'sql', emit: (p) => phraseSql(tokens, p) };
    }
    case 'filter':
      return { k: 'sql', emit: (p) => filterSql(node.filter, p) };
    case 'not': {
      const inner = compile(node.child);
      if (inner.k === 'const') return inner.v ? FALSE : TRUE;
      if (inner.k === 'tsq') return { k: 'tsq', q: `!(${inner.q})` };
      return { k: 'sql', emit: (p) => `NOT ${inner.emit(p)}` };
    }
    case 'and':
    case 'or':
      return combine(node.children.map(compile), node.kind);
  }
}

/**
 * A `tsquery` every match of the plan satisfies (for the GIN index), or undefined when
 * the plan's matches are not bounded by text (filters, negation, `all`).
 */
function necessary(node: PlanNode): string | undefined {
  switch (node.kind) {
    case 'match':
      return matchQuery(node.match);
    case 'phrase': {
      const tokens = phraseTokens(node.stems);
      return tokens.length === 0 ? undefined : tokens.map((t) => quoteLexeme(t)).join(' & ');
    }
    case 'and': {
      const parts = node.children.map(necessary).filter((q): q is string => q !== undefined);
      return parts.length === 0 ? undefined : parts.map((q) => `(${q})`).join(' & ');
    }
    case 'or': {
      const parts = node.children.map(necessary);
      if (parts.length === 0 || parts.some((q) => q === undefined)) return undefined;
      return parts.map((q) => `(${q})`).join(' | ');
    }
    default:
      return undefined;
  }
}

/** The positive text of a plan (outside any NOT): what ranks the hits. */
function positive(node: PlanNode): string[] {
  switch (node.kind) {
    case 'match': {
      const q = matchQuery(node.match);
      return q === undefined ? [] : [q];
    }
    case 'phrase': {
      const tokens = phraseTokens(node.stems);
      return tokens.length === 0 ? [] : [tokens.map((t) => quoteLexeme(t)).join(' <-> ')];
    }
    case 'and':
    case 'or':
      return node.children.flatMap(positive);
    default:
      return [];
  }
}

/** A compiled plan: the WHERE condition over `documents d` and the ranking `tsquery`. */
export interface CompiledPlan {
  /** SQL condition over `documents d` (placeholders into `params`). */
  where: string;
  /** The `tsquery` text that ranks hits (`ts_rank_cd`), or null when the plan has no positive text. */
  rank: string | null;
}

/** Compile a plan; its parameters are added to `params`. */
export function compilePlan(plan: PlanNode, params: Params): CompiledPlan {
  const compiled = compile(plan);
  let where = toSql(compiled, params);
  if (compiled.k === 'sql') {
    const bound = necessary(plan);
    if (bound !== undefined) where = `d.fts @@ ${params.add(bound)}::tsquery AND ${where}`;
  }
  const parts = positive(plan);
  const rank = parts.length === 0 ? null : parts.map((q) => `(${q})`).join(' | ');
  return { where, rank };
}
