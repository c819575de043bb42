/**
 * A query of the benchmark's mix in FTS5 syntax, so that the baseline runs the same
 * query as Griffie: each word quoted, `"phrases"` as FTS5 phrases, `OR` as OR, `-word`
 * and `NOT word` as FTS5's binary NOT (`a NOT b`), `prefix*` as a prefix query.
 *
 * Field filters (`type:`, `year:`, `dossier:` …) are dropped: the baseline's raw FTS5
 * table holds only title and body text, with no fields to filter on. A negation with
 * nothing to subtract it from (`-marokko` alone) cannot be written in FTS5 and is
 * dropped too.
 *
 * @module
 */
import { parseQuery, type QueryNode } from '../../src/search/index.ts';

/**
 * The FTS5 MATCH expression for a query in Griffie's syntax, or null when nothing of it
 * can be expressed (an empty query, only filters or negations).
 *
 * @example
 * baselineQuery('strogeel -wordt type:motie'); // '("strogeel" NOT "wordt")'
 * baselineQuery('kanon* OR "sociale zekerheid"'); // '("kanon"* OR "sociale zekerheid")'
 */
export function baselineQuery(query: string): string | null {
  const tree = parseQuery(query);
  return tree === null ? null : expression(tree);
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function expression(node: QueryNode): string | null {
  switch (node.kind) {
    case 'word':
      return node.prefix ? `${quote(node.text)}*` : quote(node.text);
    case 'phrase':
      return quote(node.text);
    case 'field':
    case 'not':
      return null;
    case 'or':
      return group(node.children.map(expression), ' OR ');
    case 'and': {
      const included = group(node.children.filter((c) => c.kind !== 'not').map(expression), ' AND ');
      if (included === null) return null;
      const excluded = node.children.flatMap((c) => (c.kind === 'not' ? [expression(c.child)] : []));
      return excluded.reduce<string>((left, right) => (right === null ? left : `(${left} NOT ${right})`), included);
    }
  }
}

/** Parts joined by an operator, in parentheses when more than one; the dropped ones left out. */
function group(parts: (string | null)[], operator: string): string | null {
  const kept = parts.filter((p): p is string => p !== null);
  if (kept.length === 0) return null;
  return kept.length === 1 ? kept[0]! : `(${kept.join(operator)})`;
}
