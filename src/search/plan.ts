/**
 * The query plan: `planQuery(parseQuery(q))` analyzes each word with the index analyzer
 * into a `TermMatch`, each phrase into its stems and each field into a normalised
 * `FieldFilter` (semantics in `types.ts`).
 *
 * Stop words: a stop word is dropped from the words of a query ("de motie" = "motie");
 * a node left without words is dropped. When the whole query is stop words (or
 * negations of them: "de", "van het"), they are kept as words instead (they are in the
 * stems stream), so the query is answered by the documents that contain them. An empty
 * query is `{ kind: 'all' }`.
 *
 * @module
 */
import { foldToken } from './analyzer/fold.ts';
import { wordAlternatives, wordGroups, wordTerms } from './analyzer/index-terms.ts';
import { forEachToken } from './analyzer/tokenize.ts';
import { SearchQueryError } from './errors.ts';
import { fieldFilter } from './query/fields.ts';
import type { PlanNode, QueryNode, TermMatch } from './types.ts';

/**
 * Analyze a parsed query into the plan engines compile.
 *
 * @example
 * planQuery(parseQuery('imamopleidingen type:motie'));
 * // { kind: 'and', children: [
 * //   { kind: 'match', match: { terms: ['imamopleid'], groups: [], prefix: false } },
 * //   { kind: 'filter', filter: { field: 'type', value: 'motie' } } ] }
 */
export function planQuery(node: QueryNode | null): PlanNode {
  if (node === null) return { kind: 'all' };
  return plan(node, false) ?? plan(node, true) ?? { kind: 'all' };
}

function plan(node: QueryNode, keepStopWords: boolean): PlanNode | null {
  switch (node.kind) {
    case 'word':
      return node.prefix ? planPrefix(node.text, node.start) : planWord(node.text, keepStopWords);
    case 'phrase': {
      const stems: string[] = [];
      forEachToken(node.text, (token) => {
        const terms = wordTerms(token);
        if (terms !== null) stems.push(terms.stem);
      });
      return stems.length === 0 ? null : { kind: 'phrase', stems };
    }
    case 'field':
      return { kind: 'filter', filter: fieldFilter(node.field, node.value, node.start) };
    case 'not': {
      const child = plan(node.child, keepStopWords);
      return child === null ? null : { kind: 'not', child };
    }
    case 'and':
    case 'or': {
      const children: PlanNode[] = [];
      for (const c of node.children) {
        const p = plan(c, keepStopWords);
        if (p === null) continue;
        // (a b) c → a b c: nested nodes of the same kind are flattened
        if (p.kind === node.kind) children.push(...p.children);
        else children.push(p);
      }
      if (children.length === 0) return null;
      return children.length === 1 ? children[0]! : { kind: node.kind, children };
    }
  }
}

/** One query word: usually one token; several tokens ("a/b") must all match. */
function planWord(text: string, keepStopWords: boolean): PlanNode | null {
  const parts: PlanNode[] = [];
  forEachToken(text, (token) => {
    const terms = wordTerms(token);
    if (terms === null || (terms.stop && !keepStopWords)) return;
    const match: TermMatch = { terms: [terms.stem], groups: [], prefix: false };
    // the join of a hyphenated word (ict-projecten → ictproject), the short form of
    // (de)radicalisering: other whole words the index holds for the same thing
    for (const alt of wordAlternatives(terms)) if (!match.terms.includes(alt)) match.terms.push(alt);
    match.groups = wordGroups(terms).filter((g) => g.length > 1 || !match.terms.includes(g[0]!));
    parts.push({ kind: 'match', match });
  });
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0]! : { kind: 'and', children: parts };
}

function planPrefix(text: string, position: number): PlanNode {
  const prefix = foldToken(text.replace(/\s+/g, ''));
  if (prefix.replace(/[-()]/g, '').length < 2) {
    throw new SearchQueryError('prefix too short: give at least 2 letters before "*"', position);
  }
  return { kind: 'match', match: { terms: [prefix], groups: [], prefix: true } };
}
