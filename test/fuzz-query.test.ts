/**
 * Fuzzing the query parser and planner: for any query (the tokens of the language in any
 * order, any characters, about the longest length accepted), `parseQuery` returns a
 * well-formed tree or throws a `SearchQueryError` with a message and a position in the
 * query, and `planQuery` turns the tree into a well-formed plan (or a
 * `SearchQueryError`) that `matchesPlan` evaluates over documents without throwing.
 * Nothing else may escape. `GRIFFIE_FC_RUNS` cases (CI: 10,000).
 *
 * @module
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { emptyDocument, PAPER_TYPES } from '../src/model/index.ts';
import {
  analyzeDocument,
  filterableOf,
  isTerm,
  matchesPlan,
  type PlanNode,
  parseQuery,
  planQuery,
  type QueryNode,
  SearchQueryError,
} from '../src/search/index.ts';
import { anyQuery } from './support/arbitraries-query.ts';
import { FUZZ_RUNS, fuzzParameters, Tally } from './support/fuzz.ts';

/** Assert a parse tree is well-formed for `query`: known kinds, offsets inside it, no one-child groups. */
function assertTree(node: QueryNode, query: string, path = 'query'): void {
  switch (node.kind) {
    case 'word':
    case 'phrase':
    case 'field':
      assert.ok(Number.isInteger(node.start) && Number.isInteger(node.end), `${path}: offsets`);
      assert.ok(
        0 <= node.start && node.start < node.end && node.end <= query.length,
        `${path}: ${node.start}–${node.end}`,
      );
      if (node.kind === 'field') assert.ok(node.value.trim() !== '', `${path}: an empty field value`);
      else assert.ok(node.text.trim() !== '', `${path}: an empty ${node.kind}`);
      return;
    case 'not':
      assertTree(node.child, query, `${path}.not`);
      return;
    case 'and':
    case 'or':
      assert.ok(node.children.length >= 2, `${path}: ${node.kind} of ${node.children.length}`);
      node.children.forEach((child, i) => {
        assertTree(child, query, `${path}.${node.kind}[${i}]`);
      });
      return;
    default:
      assert.fail(`${path}: unknown node ${JSON.stringify(node)}`);
  }
}

const CHAMBERS = ['tweede-kamer', 'eerste-kamer', 'verenigde-vergadering'];

/** Whether `value` is a calendar date `yyyy-mm-dd` (any year from 0000, which `Date.UTC` would read as 1900). */
function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const date = new Date(0);
  date.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]);
}

/** Assert a plan is well-formed: index terms only, normalised filters, groups flattened, `all` only on top. */
function assertPlan(plan: PlanNode, top = true, path = 'plan'): void {
  switch (plan.kind) {
    case 'all':
      assert.ok(top, `${path}: "all" below the top`);
      return;
    case 'match': {
      const { terms, groups, prefix } = plan.match;
      assert.ok(terms.length > 0 || groups.length > 0, `${path}: a match of nothing`);
      for (const term of [...terms, ...groups.flat()])
        assert.ok(isTerm(term), `${path}: ${JSON.stringify(term)} is no term`);
      for (const group of groups) assert.ok(group.length > 0, `${path}: an empty group`);
      if (prefix) assert.ok(terms.length === 1 && groups.length === 0, `${path}: a prefix of ${terms.length} terms`);
      return;
    }
    case 'phrase':
      assert.ok(plan.stems.length > 0, `${path}: an empty phrase`);
      for (const stem of plan.stems) assert.ok(isTerm(stem), `${path}: ${JSON.stringify(stem)} is no term`);
      return;
    case 'filter': {
      const { field, value } = plan.filter;
      if (field === 'dossier') assert.match(value, /^\d+(?:-\d+)?(?:-[A-Z][A-Z0-9]*)?$/, path);
      else if (field === 'type')
        assert.ok((PAPER_TYPES as readonly string[]).includes(value), `${path}: type ${value}`);
      else if (field === 'from' || field === 'to') assert.ok(isCalendarDate(value), `${path}: date ${value}`);
      else if (field === 'year') assert.match(value, /^\d{4}(?:-\d{4})?$/, path);
      else if (field === 'chamber') assert.ok(CHAMBERS.includes(value), `${path}: chamber ${value}`);
      else if (field === 'sender' || field === 'portfolio') assert.equal(value, value.toLowerCase(), path);
      else assert.equal(field, 'id', path);
      assert.ok(value !== '', `${path}: an empty ${field}`);
      return;
    }
    case 'not':
      assertPlan(plan.child, false, `${path}.not`);
      return;
    case 'and':
    case 'or':
      assert.ok(plan.children.length >= 2, `${path}: ${plan.kind} of ${plan.children.length}`);
      plan.children.forEach((child, i) => {
        assert.notEqual(child.kind, plan.kind, `${path}: ${plan.kind} not flattened`);
        assertPlan(child, false, `${path}.${plan.kind}[${i}]`);
      });
      return;
    default:
      assert.fail(`${path}: unknown plan node ${JSON.stringify(plan)}`);
  }
}

/** A refusal: a SearchQueryError with a message and a position in the query; anything else is rethrown. */
function assertQueryError(error: unknown, query: string): void {
  if (!(error instanceof SearchQueryError)) throw error;
  assert.ok(error.message.trim() !== '', 'a SearchQueryError without a message');
  assert.ok(
    Number.isInteger(error.position) && error.position >= 0 && error.position <= query.length,
    `position ${error.position} outside the query of ${query.length} characters`,
  );
}

/** Two papers to evaluate plans against: one with text and fields, one with nothing. */
const PAPERS = (() => {
  const letter = emptyDocument({ format: 'text', sha256: 'a'.repeat(64) });
  letter.id = 'kst-32824-93';
  letter.type = 'brief';
  letter.date = '2015-05-28';
  letter.chamber = 'tweede-kamer';
  letter.dossiers = [{ number: '32824', title: 'Integratiebeleid' }];
  letter.sender = { role: 'minister', portfolio: 'Sociale Zaken en Werkgelegenheid', name: 'L.F. Asscher' };
  letter.title = 'Brief over imamopleidingen en (de)radicalisering';
  letter.blocks = [
    { kind: 'paragraph', text: 'Het socialezekerheidsverdrag met Marokko, ict-projecten en D66 in ’s-Gravenhage.' },
  ];
  const empty = emptyDocument({ format: 'text', sha256: 'b'.repeat(64) });
  return [letter, empty].map((doc) => {
    const { title, dossiers, body } = analyzeDocument(doc);
    return { fields: { title, dossiers, body }, filterable: filterableOf(doc) };
  });
})();

describe('query parser (fuzz)', () => {
  it('should parse any query into a well-formed tree and plan, or refuse it with a SearchQueryError at a position', () => {
    const tally = new Tally();
    fc.assert(
      fc.property(anyQuery, (query) => {
        let tree: QueryNode | null;
        try {
          tree = parseQuery(query);
        } catch (error) {
          assertQueryError(error, query);
          tally.add('refused by the parser');
          return;
        }
        if (tree !== null) assertTree(tree, query);
        else assert.equal(query.trim(), '', 'a non-blank query parsed to nothing');
        let plan: PlanNode;
        try {
          plan = planQuery(tree);
        } catch (error) {
          assertQueryError(error, query);
          tally.add('refused by the planner');
          return;
        }
        assertPlan(plan);
        for (const paper of PAPERS) assert.equal(typeof matchesPlan(plan, paper.fields, paper.filterable), 'boolean');
        tally.add('planned');
      }),
      fuzzParameters(FUZZ_RUNS),
    );
    tally.assertSeen(['planned', 'refused by the parser']);
  });
});
