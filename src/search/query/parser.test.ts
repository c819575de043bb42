import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { SearchQueryError } from '../errors.ts';
import type { QueryNode } from '../types.ts';
import { parseQuery } from './parser.ts';

/** A compact form of a node: words as text, fields as field:value. */
function show(node: QueryNode | null): string {
  if (node === null) return 'null';
  switch (node.kind) {
    case 'word':
      return node.text + (node.prefix ? '*' : '');
    case 'phrase':
      return `"${node.text}"`;
    case 'field':
      return `${node.field}:${node.value}`;
    case 'not':
      return `NOT(${show(node.child)})`;
    case 'and':
    case 'or':
      return `${node.kind.toUpperCase()}(${node.children.map(show).join(' ')})`;
  }
}

describe('parseQuery', () => {
  const cases: Array<[string, string]> = [
    ['', 'null'],
    ['   ', 'null'],
    ['imam', 'imam'],
    ['imam opleiding', 'AND(imam opleiding)'],
    ['"sociale zekerheid"', '"sociale zekerheid"'],
    ['“sociale zekerheid”', '"sociale zekerheid"'],
    ['a OR b c', 'OR(a AND(b c))'],
    ['a AND b', 'AND(a b)'],
    ['motie -brief', 'AND(motie NOT(brief))'],
    ['motie NOT brief', 'AND(motie NOT(brief))'],
    ['-(a OR b) c', 'AND(NOT(OR(a b)) c)'],
    ['radical*', 'radical*'],
    ['(a OR b) (c OR d)', 'AND(OR(a b) OR(c d))'],
    ['dossier:32824', 'dossier:32824'],
    ['dossier:"21 501-32"', 'dossier:21 501-32'],
    ['dossier:36200-VII', 'dossier:36200-VII'],
    ['type:motie type:brief', 'AND(type:motie type:brief)'],
    ['from:2015-01-01 to:2015-12-31', 'AND(from:2015-01-01 to:2015-12-31)'],
    ['from:2015 to:2015-06', 'AND(from:2015 to:2015-06)'],
    ['year:2015', 'year:2015'],
    ['sender:minister', 'sender:minister'],
    ['portfolio:"Sociale Zaken"', 'portfolio:Sociale Zaken'],
    ['chamber:ek', 'chamber:ek'],
    ['Kamer:TK', 'chamber:TK'],
    ['id:kst-32824-93', 'id:kst-32824-93'],
    ['(type:motie OR type:amendement)', 'OR(type:motie type:amendement)'],
    ['21 501-32 brief', 'AND(21 501-32 brief)'],
    ['COM(2015) 240', 'COM(2015) 240'],
    ['(de)radicalisering', '(de)radicalisering'],
    ['medewerker(s) (ggz)', 'AND(medewerker(s) ggz)'],
    ['ECLI:NL:HR:2015:1234', 'ECLI:NL:HR:2015:1234'],
    ['sociaal-culturele', 'sociaal-culturele'],
    ['or and not', 'AND(or and not)'],
    ['outcome:aangenomen', 'outcome:aangenomen'],
    ['uitkomst:Verworpen motie', 'AND(outcome:Verworpen motie)'],
    ['party-voted-for:VVD -outcome:verworpen', 'AND(votedFor:VVD NOT(outcome:verworpen))'],
    ['fractie-voor:GL-PvdA', 'votedFor:GL-PvdA'],
    ['sociaal-culturele:zorg', 'sociaal-culturele:zorg'],
  ];
  for (const [query, expected] of cases) {
    it(`should parse ${JSON.stringify(query)} as ${expected}`, () => assert.equal(show(parseQuery(query)), expected));
  }

  it('should give offsets into the query', () => {
    const node = parseQuery('motie  "vrije tekst"');
    assert.ok(node?.kind === 'and');
    assert.deepEqual(
      node.children.map((c) => [(c as { start: number }).start, (c as { end: number }).end]),
      [
        [0, 5],
        [7, 20],
      ],
    );
  });

  const errors: Array<[string, RegExp, number]> = [
    ['(a OR b', /unbalanced "\("/, 0],
    ['a b)', /unbalanced "\)"/, 3],
    ['()', /empty parentheses/, 0],
    ['"sociale zekerheid', /unclosed quote/, 0],
    ['a ""', /empty phrase/, 2],
    ['foo:bar', /unknown field "foo:"/, 0],
    ['from:2015-13-01', /bad date.*month 13/, 5],
    ['to:2015-02-30', /bad date.*day 30/, 3],
    ['from:gisteren', /bad date/, 5],
    ['year:15', /bad year/, 5],
    ['a OR', /OR needs a term after it/, 2],
    ['OR a', /OR needs a term before it/, 0],
    ['a OR OR b', /OR needs a term after it/, 2],
    ['(OR a)', /OR needs a term before it/, 1],
    ['dossier: 32824', /empty value for dossier/, 8],
    ['dossier:', /empty value for dossier/, 8],
    ['dossier:abc', /bad dossier number/, 8],
    ['type:gedicht', /unknown paper type/, 5],
    ['chamber:senaat', /unknown chamber/, 8],
    ['outcome:gewonnen', /unknown outcome "gewonnen": use aangenomen, verworpen/, 8],
    ['party-voted-for:', /empty value for party-voted-for:/, 16],
    ['a NOT', /NOT needs a term/, 2],
    ['- a', /must be followed by a word/, 0],
    ['*', /must be followed by a word/, 0],
    ['a*b', /only at the end/, 1],
    ['x'.repeat(1001), /query too long: 1001 characters, at most 1000/, 1000],
  ];
  for (const [query, message, position] of errors) {
    it(`should reject ${JSON.stringify(query.slice(0, 30))} at ${position}`, () => {
      assert.throws(
        () => parseQuery(query),
        (e: unknown) => e instanceof SearchQueryError && message.test(e.message) && e.position === position,
      );
    });
  }

  it('should never fail otherwise than with a SearchQueryError, on any string', () => {
    const alphabet = fc.constantFrom(
      ...'ab -*"()“”:'.split(''),
      'OR',
      'NOT',
      'AND',
      'type:',
      'dossier:',
      'from:',
      '21 501',
      'COM(2015) 1',
      '(de)x',
      'ECLI:NL:',
    );
    const check = (q: string) => {
      try {
        parseQuery(q);
      } catch (e) {
        if (!(e instanceof SearchQueryError)) throw e;
        assert.ok(e.position >= 0 && e.position <= q.length, `position ${e.position} outside ${q.length}`);
        assert.ok(e.message.length > 0);
      }
    };
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 20 }).map((a) => a.join('')),
        check,
      ),
      { numRuns: 2000 },
    );
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), check), { numRuns: 1000 });
  });
});
