/**
 * The plan compiler on SQLite, checked against a brute-force evaluation of hand-built
 * plans over the fixtures (independent of the query parser).
 *
 * @module
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import type { Document } from '../../model/index.ts';
import { analyzeText, documentFields, type FieldFilter, type PlanNode } from '../../search/index.ts';
import { fixturePapers, keyOf } from '../fixtures.ts';
import { ftsExpr } from './compile.ts';
import { migrate } from './migrate.ts';
import { Writer } from './put.ts';
import { MIGRATIONS } from './schema.ts';
import { Searcher } from './search.ts';

const F = fixturePapers();
const m = (term: string, prefix = false): PlanNode => ({ kind: 'match', match: { terms: [term], groups: [], prefix } });
const f = (filter: FieldFilter): PlanNode => ({ kind: 'filter', filter });
const and = (...children: PlanNode[]): PlanNode => ({ kind: 'and', children });
const or = (...children: PlanNode[]): PlanNode => ({ kind: 'or', children });
const not = (child: PlanNode): PlanNode => ({ kind: 'not', child });

function streams(doc: Document): { stems: string[][]; all: string[] } {
  const fields = Object.values(documentFields(doc)).map(analyzeText);
  const stems = fields.map((t) => t.stems.split(/\s+/).filter(Boolean));
  return { stems, all: fields.flatMap((t) => `${t.stems} ${t.expansions}`.split(/\s+/).filter(Boolean)) };
}

/** Brute force: what the plan means, evaluated in JS on one document. */
function matches(plan: PlanNode, doc: Document): boolean {
  const { stems, all } = streams(doc);
  const has = (t: string, prefix: boolean) => all.some((x) => (prefix ? x.startsWith(t) : x === t));
  switch (plan.kind) {
    case 'all':
      return true;
    case 'match':
      return (
        plan.match.terms.some((t) => has(t, plan.match.prefix)) ||
        plan.match.groups.some((g) => g.every((t) => has(t, false)))
      );
    case 'phrase':
      return stems.some((s) => s.some((_, i) => plan.stems.every((t, j) => s[i + j] === t)));
    case 'and':
      return plan.children.every((c) => matches(c, doc));
    case 'or':
      return plan.children.some((c) => matches(c, doc));
    case 'not':
      return !matches(plan.child, doc);
    case 'filter': {
      const { field, value } = plan.filter;
      if (field === 'type') return doc.type === value;
      if (field === 'sender') return doc.sender?.role === value;
      if (field === 'from') return doc.date !== null && doc.date >= value;
      if (field === 'dossier') return doc.dossiers.some((d) => d.number === value);
      throw new Error(`filter ${field} not in this test`);
    }
  }
}

describe('compilePlan', () => {
  let db: Database.Database;
  let searcher: Searcher;
  before(() => {
    db = new Database(':memory:');
    migrate(db, MIGRATIONS);
    new Writer(db).put(F);
    searcher = new Searcher(db);
  });
  after(() => db.close());

  const plans: [string, PlanNode][] = [
    ['a word', m('marokko')],
    ['OR of words', or(m('marokko'), m('stikstofuitstoot'))],
    ['a word without another', and(m('nieuwkomers'), not(m('taalonderwijs')))],
    ['NOT alone', not(m('nieuwkomers'))],
    ['only negations', and(not(m('nieuwkomers')), not(f({ field: 'type', value: 'brief' })))],
    ['a prefix', m('marok', true)],
    ['a group', { kind: 'match', match: { terms: ['geenwoord'], groups: [['sociale', 'zekerheid']], prefix: false } }],
    ['a phrase', { kind: 'phrase', stems: ['sociale', 'zekerheid'] }],
    ['a phrase in reverse', { kind: 'phrase', stems: ['zekerheid', 'sociale'] }],
    ['text and a filter', and(or(m('marokko'), m('stikstofuitstoot')), f({ field: 'sender', value: 'minister' }))],
    ['text OR a filter', or(m('marokko'), f({ field: 'type', value: 'motie' }))],
    ['text without a filter', and(m('kinderopvang'), not(f({ field: 'sender', value: 'minister' })))],
    ['NOT of a filter on a missing value', not(f({ field: 'from', value: '2016-01-01' }))],
    ['NOT of (text OR filter)', not(or(m('kinderopvang'), f({ field: 'dossier', value: '99001' })))],
    ['nested', or(and(m('nieuwkomers'), not(or(m('taalonderwijs'), m('amendement')))), and(m('de'), m('marokko')))],
    ['all and a filter', and({ kind: 'all' }, f({ field: 'type', value: 'brief' }))],
    ['an unindexable term', m('...')],
  ];
  for (const [what, plan] of plans) {
    it(`should select what brute force selects for ${what}`, () => {
      const response = searcher.searchPlan(plan, { limit: 100 });
      const expected = F.filter((d) => matches(plan, d))
        .map(keyOf)
        .sort();
      assert.deepEqual(response.hits.map((h) => h.id).sort(), expected);
      assert.equal(response.total, expected.length);
    });
  }

  it('should quote every term so that query text is never FTS5 syntax', () => {
    assert.equal(ftsExpr(m('a"b OR c')), '"a""b OR c"');
    assert.equal(ftsExpr(m('near', true)), '"near"*');
  });
});
